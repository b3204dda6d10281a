package dev.lamina.dsl;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The randomized leaky ReLU (Xu et al., 2015; not in Keras, semantics of Deeplearning4j): while
 * training, each negative input is multiplied by a slope drawn uniformly from
 * {@code [lower, upper]} for each value at each step; at inference by the fixed slope
 * {@code (lower + upper) / 2}. The output has the input's shape.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface RReLU {
    /** The lowest slope. Default {@code 1/8} ({@value Defaults#RRELU_LOWER}). In {@code [0, upper]}. */
    double lower() default Defaults.RRELU_LOWER;

    /** The highest slope. Default {@code 1/3} ({@value Defaults#RRELU_UPPER}). In {@code [lower, 1]}. */
    double upper() default Defaults.RRELU_UPPER;
}
