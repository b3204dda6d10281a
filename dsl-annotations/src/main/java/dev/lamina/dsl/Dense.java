package dev.lamina.dsl;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A fully connected layer, as Keras's {@code Dense}: {@code act(x · kernel + bias)}, with a kernel
 * of shape {@code (inputs, units)}. The defaults are Keras's, so {@code @Dense(units = 10)} means
 * {@code keras.layers.Dense(10)}. Its input must be a vector per example: put a {@link Flatten}
 * before it when the input has more dimensions.
 *
 * <p>A model's {@link DenseDefaults} fill in the attributes a {@code @Dense} leaves out. Its
 * weights take a regularizer ({@link L1}, {@link L2}, {@link L1L2}) and a constraint
 * ({@link MaxNorm}, {@link UnitNorm}, {@link NonNeg}) each, on the kernel or the bias.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Dense {
    /** The number of output units. Required; at least 1. */
    int units();

    /** The activation applied to {@code x · kernel + bias}. Default {@link Activation#LINEAR}. */
    Activation act() default Activation.LINEAR;

    /**
     * How the kernel is initialized. Default {@link Init#GLOROT_UNIFORM}, as in Keras. For a
     * scale, fan mode or distribution no constant names, use {@link VarianceScaling} instead.
     */
    Init init() default Init.GLOROT_UNIFORM;

    /**
     * Whether the layer adds a bias vector (initialized to zeros). Default {@code true}; set it to
     * {@code false} when Batch Normalization follows, whose offset makes the bias redundant.
     */
    boolean useBias() default true;

    /**
     * How the bias is initialized. Default {@link Init#ZEROS}, as in Keras. Not
     * {@link Init#ORTHOGONAL}, which needs a matrix; only with {@code useBias = true}.
     */
    Init biasInit() default Init.ZEROS;
}
