package dev.lamina.dsl;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * L2 regularization of a layer's weight, as Keras's {@code regularizers.L2}: adds
 * {@code value * sum(w²)} to the training loss (no factor 1/2, as in Keras), and to the loss
 * reported while training. The chapter's {@code kernel_regularizer=l2(0.01)} is
 * {@code @L2(0.01)}. One regularizer per weight; for L1 and L2 together use {@link L1L2}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface L2 {
    /** The factor {@code l2}. Required. At least 0; {@code @L2(0)} turns a {@link DenseDefaults} regularizer off. */
    double value();

    /**
     * The weight regularized: {@link WeightTarget#KERNEL} or {@link WeightTarget#BIAS} of a
     * {@link Dense}, {@link WeightTarget#ALPHA} of a {@link PReLU}. Default {@link WeightTarget#KERNEL}.
     */
    WeightTarget on() default WeightTarget.KERNEL;
}
