package dev.lamina.dsl;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The leaky ReLU as a layer, as Keras's {@code LeakyReLU}: {@code x} if {@code x > 0}, else
 * {@code slope * x}. The output has the input's shape. The chapter's {@code LeakyReLU(alpha=0.2)}
 * is {@code @LeakyReLU(slope = 0.2)}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface LeakyReLU {
    /**
     * The slope for negative inputs. Default {@value Defaults#LEAKY_RELU_SLOPE}, the Keras layer's
     * (the {@code leaky_relu} function's is 0.2). At least 0.
     */
    double slope() default Defaults.LEAKY_RELU_SLOPE;
}
