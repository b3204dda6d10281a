package dev.lamina.dsl;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Batch Normalization (Ioffe and Szegedy, 2015), as Keras's {@code BatchNormalization} over the
 * last axis: {@code gamma * (x - mean) / sqrt(var + epsilon) + beta}. While training it
 * normalizes with the batch's mean and (biased) variance and updates moving averages of them;
 * at inference, in Monte Carlo sampling and when frozen it uses the moving averages. The output
 * has the input's shape. To put it between a layer and its activation, give the
 * {@link Dense} {@code useBias = false} and no activation, and follow with an {@link ActivationLayer}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface BatchNorm {
    /**
     * The fraction of the moving statistics kept at each training step:
     * {@code moving = moving * momentum + batch * (1 - momentum)}. Default
     * {@value Defaults#BATCH_NORM_MOMENTUM}. In {@code [0, 1)}.
     */
    double momentum() default Defaults.BATCH_NORM_MOMENTUM;

    /** Added to the variance before its square root. Default {@value Defaults#BATCH_NORM_EPSILON}. Positive. */
    double epsilon() default Defaults.BATCH_NORM_EPSILON;

    /** Whether to learn an offset {@code beta} (initialized to 0). Default {@code true}. */
    boolean center() default true;

    /** Whether to learn a scale {@code gamma} (initialized to 1). Default {@code true}. */
    boolean scale() default true;
}
