package dev.lamina.dsl;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The non-negativity constraint, as Keras's {@code constraints.NonNeg}: after every optimizer
 * update, negative weights are set to 0. One constraint per weight.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface NonNeg {
    /**
     * The weight constrained: {@link WeightTarget#KERNEL} or {@link WeightTarget#BIAS} of a
     * {@link Dense}, {@link WeightTarget#ALPHA} of a {@link PReLU}. Default {@link WeightTarget#KERNEL}.
     */
    WeightTarget on() default WeightTarget.KERNEL;
}
