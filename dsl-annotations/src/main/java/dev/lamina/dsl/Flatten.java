package dev.lamina.dsl;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Flattens each example to a vector, as Keras's {@code Flatten}: an input of shape
 * {@code (batch, 28, 28)} becomes {@code (batch, 784)}. It has no weights. A {@link Dense} layer
 * needs a vector input, so an image model starts with this layer.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Flatten {}
