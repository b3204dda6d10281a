package dev.lamina.dsl;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares {@code value} identical layers with one method, one after the other: a deep stack
 * without a hundred copied lines. It goes beside the layer annotation, and the method returns a
 * {@code List} of the layer's handle ({@code List<Layer>}, or of the layer's runtime class,
 * {@code List<dev.lamina.runtime.layer.Dense>}): the generated accessor returns the repetitions in
 * order, as an unmodifiable list.
 *
 * <pre>{@code
 * @Standardize                                                      Layer standardize();
 * @Flatten                                                          Layer flatten();
 * @Repeat(100) @Dense(units = 100, act = SELU, init = LECUN_NORMAL) List<Layer> hidden();
 * @Dense(units = 10, act = SOFTMAX)                                 Layer output();
 * }</pre>
 *
 * <p>Each repetition is a layer of its own, with its own weights, named after the method and its
 * number from 1: {@code hidden1}, {@code hidden2}, ..., {@code hidden100}, the names the layers
 * written out one by one would have. So replacing a written-out stack by a repeated declaration
 * keeps every variable path ({@code hidden7/kernel}), every initial value (each is seeded from the
 * model's seed and its path), every save and every result. When the method's name ends in a digit,
 * an underscore comes before the number, so that names stay unambiguous: {@code @Repeat(3)} on
 * {@code block1()} declares {@code block1_1}, {@code block1_2} and {@code block1_3}.
 *
 * <p>Everything else on the method applies to every repetition: the layer annotation's attributes,
 * {@link VarianceScaling}, regularizers and constraints, {@link Frozen}; and every compile-time
 * check sees each repetition as the layer it is. The output layer (the model's last layer method)
 * cannot be repeated: the loss reads one layer. A layer that differs from the rest (a first
 * hidden layer with another scale) stays a method of its own, with a name of its own.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Repeat {
    /**
     * The most repetitions one declaration may have: a deeper stack is almost certainly a typo,
     * and a generated class with several thousand layers would exceed the JVM's limit on a
     * method's code size.
     */
    int MAX = 1000;

    /** How many layers the method declares. Required; from 1 to {@value #MAX}. */
    int value();
}
