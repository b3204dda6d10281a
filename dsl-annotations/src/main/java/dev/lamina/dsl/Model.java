package dev.lamina.dsl;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

/**
 * Declares a sequential neural network. Put it on an interface (or an abstract class extending
 * the runtime's {@code SequentialModel}) whose abstract methods are the layers, in order; the
 * processor checks the configuration at compile time and generates {@code <Name>Model}.
 *
 * <pre>{@code
 * @Model(input = {28, 28}, loss = Loss.SPARSE_CATEGORICAL_CROSSENTROPY, metrics = Metric.ACCURACY)
 * public interface FashionClassifier {
 *     @Flatten                                  Layer flatten();
 *     @Dense(units = 300, init = HE, act = ELU) Layer hidden1();
 *     @Dense(units = 10, act = SOFTMAX)         Layer output();
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@java.lang.annotation.Target(ElementType.TYPE)
public @interface Model {
    /**
     * The shape of one input example, without the batch dimension: {@code {28, 28}} for a
     * grayscale image, {@code {8}} for eight features. Required; every dimension must be
     * positive.
     */
    int[] input();

    /** The training loss. Required, as in Keras's {@code compile(loss=...)}. */
    Loss loss();

    /** Metrics reported next to the loss each epoch. Default: none. */
    Metric[] metrics() default {};

    /**
     * The seed of every random choice the model makes (initial weights, shuffling, dropout
     * masks): the same seed gives the same run. Default {@value Defaults#SEED}.
     */
    long seed() default Defaults.SEED;

    /**
     * What the model learns to output. Default {@link Target#LABELS}; {@link Target#INPUT} makes
     * the model an autoencoder: each example is its own target, so it trains on unlabelled data.
     * Its output layer then has one unit per input value (784 for {@code input = {28, 28}}), and
     * its loss is {@link Loss#BINARY_CROSSENTROPY} (a sigmoid output, inputs in [0, 1]) or
     * {@link Loss#MEAN_SQUARED_ERROR}.
     */
    Target target() default Target.LABELS;

    /**
     * A configuration from the chapter's guidelines: {@link Preset#SELF_NORMALIZING} (SELU + LeCun
     * normal, and what breaks self-normalization is an error) or {@link Preset#DEFAULT_DNN} (ELU +
     * He normal, with warnings about what the default configuration adds). A preset fills in only
     * the {@code act} and {@code init} the hidden Dense layers leave out. Default {@link Preset#NONE}.
     */
    Preset preset() default Preset.NONE;
}
