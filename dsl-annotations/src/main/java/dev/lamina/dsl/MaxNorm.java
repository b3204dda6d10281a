package dev.lamina.dsl;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The max-norm constraint, as Keras's {@code constraints.MaxNorm(max_value, axis=0)}: after every
 * optimizer update, each unit's incoming weight vector (a kernel column) whose L2 norm exceeds
 * {@code value} is rescaled to that norm. One constraint per weight.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface MaxNorm {
    /** The largest norm {@code r}. Default {@value Defaults#MAX_NORM}, as in Keras. Positive. */
    double value() default Defaults.MAX_NORM;

    /**
     * The weight constrained: {@link WeightTarget#KERNEL} or {@link WeightTarget#BIAS} of a
     * {@link Dense}, {@link WeightTarget#ALPHA} of a {@link PReLU}. Default {@link WeightTarget#KERNEL}.
     */
    WeightTarget on() default WeightTarget.KERNEL;
}
