package dev.lamina.dsl;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Standardizes the model's input, as Keras's {@code Normalization} after {@code adapt}: each input
 * value has the mean of the training data subtracted and is divided by its standard deviation,
 * both computed from the training data when training starts and saved with the model, so that
 * predictions are standardized the same way. The self-normalizing (SELU) recipe needs it. It must
 * be the model's first layer. The output has the input's shape.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Standardize {}
