package dev.lamina.dsl;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An activation as a layer of its own, as Keras's {@code Activation(...)}: so that Batch
 * Normalization can sit between a {@link Dense} and its activation.
 *
 * <pre>{@code
 * @Dense(units = 300, init = HE, useBias = false) Layer hidden1();
 * @BatchNorm                                      Layer bn1();
 * @ActivationLayer(ELU)                           Layer elu1();
 * }</pre>
 *
 * Named {@code ActivationLayer}, not {@code Activation}, because {@link Activation} is the enum of
 * activations every annotation uses. The output has the input's shape.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface ActivationLayer {
    /** The activation. Required. {@link Activation#LEAKY_RELU} uses slope {@value Defaults#LEAKY_RELU_SLOPE}; for another, use {@link LeakyReLU}. */
    Activation value();
}
