package dev.lamina.dsl;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Alpha dropout (Klambauer et al., 2017), as Keras's {@code AlphaDropout(rate)}: the dropout of
 * self-normalizing (SELU) networks. Dropped inputs are set to SELU's negative saturation value and
 * the result is shifted and scaled so that a standardized input keeps mean 0 and variance 1.
 * Active while training and in Monte Carlo sampling; at inference it passes its input through.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface AlphaDropout {
    /** The rate: the fraction of inputs dropped. Required. In {@code [0, 1)}. */
    double value();
}
