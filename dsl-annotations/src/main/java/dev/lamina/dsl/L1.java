package dev.lamina.dsl;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * L1 regularization of a layer's weight, as Keras's {@code regularizers.L1}: adds
 * {@code value * sum(|w|)} to the training loss (and to the loss reported while training). One
 * regularizer per weight; for L1 and L2 together use {@link L1L2}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface L1 {
    /** The factor {@code l1}. Required. At least 0; 0 turns a {@link DenseDefaults} regularizer off. */
    double value();

    /**
     * The weight regularized: {@link WeightTarget#KERNEL} or {@link WeightTarget#BIAS} of a
     * {@link Dense}, {@link WeightTarget#ALPHA} of a {@link PReLU}. Default {@link WeightTarget#KERNEL}.
     */
    WeightTarget on() default WeightTarget.KERNEL;
}
