package dev.lamina.dsl;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * L1 and L2 regularization of a layer's weight together, as Keras's {@code regularizers.L1L2}:
 * adds {@code l1 * sum(|w|) + l2 * sum(w²)} to the training loss. One regularizer per weight.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface L1L2 {
    /** The L1 factor. Required. At least 0. */
    double l1();

    /** The L2 factor. Required. At least 0. */
    double l2();

    /**
     * The weight regularized: {@link WeightTarget#KERNEL} or {@link WeightTarget#BIAS} of a
     * {@link Dense}, {@link WeightTarget#ALPHA} of a {@link PReLU}. Default {@link WeightTarget#KERNEL}.
     */
    WeightTarget on() default WeightTarget.KERNEL;
}
