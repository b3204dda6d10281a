package dev.lamina.dsl;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Dropout (Srivastava et al., 2014), as Keras's {@code Dropout(rate)}: while training (and in
 * Monte Carlo sampling) each input is zeroed with probability {@code rate} and the kept ones are
 * scaled by {@code 1 / (1 - rate)}; at inference it passes its input through. The output has the
 * input's shape. {@code @Dropout(0.2)} drops 20% of the units.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Dropout {
    /** The rate: the fraction of inputs dropped (not kept). Required. In {@code [0, 1)}. */
    double value();
}
