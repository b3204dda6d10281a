package dev.lamina.dsl;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Initializes a {@link Dense} layer's kernel as Keras's {@code VarianceScaling(scale, mode,
 * distribution)}: samples of variance {@code scale / n}, where {@code n} is the fan {@code mode}
 * names, at least 1. It replaces {@link Dense#init()}, so the two are not written together. The
 * chapter's He initialization with the average fan:
 *
 * <pre>{@code
 * @Dense(units = 10, act = SIGMOID)
 * @VarianceScaling(scale = 2.0, mode = FAN_AVG, distribution = UNIFORM)
 * Layer heAvg();
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface VarianceScaling {
    /** The variance times {@code n}: 2 for He, 1 for Glorot and LeCun. Default {@value Defaults#VARIANCE_SCALING_SCALE}. Positive. */
    double scale() default Defaults.VARIANCE_SCALING_SCALE;

    /** Which fan {@code n} is. Default {@link FanMode#FAN_IN}, as in Keras. */
    FanMode mode() default FanMode.FAN_IN;

    /** What to sample from. Default {@link Distribution#TRUNCATED_NORMAL}, as in Keras. */
    Distribution distribution() default Distribution.TRUNCATED_NORMAL;
}
