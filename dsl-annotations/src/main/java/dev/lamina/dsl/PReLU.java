package dev.lamina.dsl;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The parametric ReLU (He et al., 2015), as Keras's {@code PReLU}: {@code x} if {@code x > 0},
 * else {@code alpha * x}, where {@code alpha} is a trainable weight initialized to 0, one per input
 * value unless axes are shared. The slope takes a regularizer and a constraint with
 * {@code on = WeightTarget.ALPHA}. The output has the input's shape.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface PReLU {
    /**
     * The axes along which one slope is shared, numbered as in Keras: 1 is the first axis of an
     * example (the batch axis is 0 and cannot be shared). For an image input {@code (28, 28)},
     * {@code sharedAxes = {1, 2}} learns one slope in all. Default: none, one slope per value.
     * Each between 1 and the input's rank, at most once.
     */
    int[] sharedAxes() default {};
}
