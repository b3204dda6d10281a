package dev.lamina.runtime.layer;

import dev.lamina.dsl.Activation;
import dev.lamina.dsl.Init;
import dev.lamina.runtime.init.Initializer;
import dev.lamina.runtime.regularize.Constraint;
import dev.lamina.runtime.regularize.Regularizer;
import java.util.List;
import java.util.Optional;
import org.tensorflow.Operand;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Op;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * A fully connected layer: {@code act(x · kernel + bias)}, with a kernel of shape
 * {@code (inputs, units)} and a bias of shape {@code (units)} initialized to zeros.
 *
 * <p>Keras's other {@code Dense} arguments are fluent methods, which the generated code calls
 * right after the constructor and before the model is built (afterwards they throw {@link
 * IllegalStateException}): {@link #withKernelInitializer} (overrides the {@link Init}, e.g. with a
 * {@code VarianceScaling}), {@link #withBiasInitializer}, {@link #withKernelRegularizer}, {@link
 * #withBiasRegularizer} (penalties added to the loss, see {@link #penalty}), {@link
 * #withKernelConstraint} and {@link #withBiasConstraint} (projections applied after every
 * optimizer update, see {@link #constraints}). As in Keras, the bias settings have no effect on a
 * layer declared without a bias.
 */
public final class Dense extends Layer {
    private final int inputs;
    private final int units;
    private final Activation activation;
    private final Init init;
    private final boolean useBias;
    private Initializer kernelInitializer;
    private Initializer biasInitializer;
    private Regularizer kernelRegularizer;
    private Regularizer biasRegularizer;
    private Constraint kernelConstraint;
    private Constraint biasConstraint;
    private Weight kernel;
    private Weight bias;

    /**
     * @param name the layer's name
     * @param inputs the size of each input vector (known at compile time)
     * @param units the number of output units
     * @param activation the activation applied to {@code x · kernel + bias}
     * @param init the kernel initializer
     * @param useBias whether a bias vector is added
     */
    public Dense(String name, int inputs, int units, Activation activation, Init init, boolean useBias) {
        super(name);
        if (inputs < 1 || units < 1) {
            throw new IllegalArgumentException("Dense '" + name + "': expected positive sizes. Received: inputs="
                    + inputs + ", units=" + units);
        }
        this.inputs = inputs;
        this.units = units;
        this.activation = activation;
        this.init = init;
        this.useBias = useBias;
    }

    /** Initializes the kernel with {@code initializer} instead of the constructor's {@link Init}. */
    public Dense withKernelInitializer(Initializer initializer) {
        requireNotBuilt("withKernelInitializer");
        kernelInitializer = WeightHooks.required(this, "withKernelInitializer", initializer);
        return this;
    }

    /** Initializes the bias with {@code initializer} instead of zeros. */
    public Dense withBiasInitializer(Initializer initializer) {
        requireNotBuilt("withBiasInitializer");
        biasInitializer = WeightHooks.required(this, "withBiasInitializer", initializer);
        return this;
    }

    /** Adds {@code regularizer(kernel)} to the loss (Keras {@code kernel_regularizer}). */
    public Dense withKernelRegularizer(Regularizer regularizer) {
        requireNotBuilt("withKernelRegularizer");
        kernelRegularizer = WeightHooks.required(this, "withKernelRegularizer", regularizer);
        return this;
    }

    /** Adds {@code regularizer(bias)} to the loss (Keras {@code bias_regularizer}). */
    public Dense withBiasRegularizer(Regularizer regularizer) {
        requireNotBuilt("withBiasRegularizer");
        biasRegularizer = WeightHooks.required(this, "withBiasRegularizer", regularizer);
        return this;
    }

    /** Projects the kernel with {@code constraint} after every update (Keras {@code kernel_constraint}). */
    public Dense withKernelConstraint(Constraint constraint) {
        requireNotBuilt("withKernelConstraint");
        kernelConstraint = WeightHooks.required(this, "withKernelConstraint", constraint);
        return this;
    }

    /** Projects the bias with {@code constraint} after every update (Keras {@code bias_constraint}). */
    public Dense withBiasConstraint(Constraint constraint) {
        requireNotBuilt("withBiasConstraint");
        biasConstraint = WeightHooks.required(this, "withBiasConstraint", constraint);
        return this;
    }

    public int inputs() {
        return inputs;
    }

    /** One vector of {@link #units()} values per example. */
    @Override
    public long[] outputShape(long[] inputShape) {
        return new long[] {units};
    }

    public int units() {
        return units;
    }

    public Activation activation() {
        return activation;
    }

    public Init init() {
        return init;
    }

    public boolean useBias() {
        return useBias;
    }

    /** The kernel's initializer: the constructor's {@link Init}, or the one {@link #withKernelInitializer} set. */
    public Initializer kernelInitializer() {
        return kernelInitializer != null ? kernelInitializer : Initializer.of(init);
    }

    /** The kernel's regularizer, if one was set. */
    public Optional<Regularizer> kernelRegularizer() {
        return Optional.ofNullable(kernelRegularizer);
    }

    /** The kernel's constraint, if one was set. */
    public Optional<Constraint> kernelConstraint() {
        return Optional.ofNullable(kernelConstraint);
    }

    /** The kernel variable, {@code <name>/kernel}; available once the model is built. */
    public Weight kernel() {
        return requireBuilt(kernel);
    }

    /** The bias variable, {@code <name>/bias}; available once the model is built with {@code useBias}. */
    public Weight bias() {
        if (!useBias) {
            throw new IllegalStateException("Dense '" + name() + "' has no bias: it was declared with useBias = false");
        }
        return requireBuilt(bias);
    }

    @Override
    protected void createWeights(BuildContext context) {
        kernel = addWeight(context.create(name(), "kernel", Shape.of(inputs, units), kernelInitializer()));
        if (useBias) {
            Initializer zerosUnlessSet = biasInitializer != null ? biasInitializer : Initializer.of(Init.ZEROS);
            bias = addWeight(context.create(name(), "bias", Shape.of(units), zerosUnlessSet));
        }
    }

    @Override
    public Operand<TFloat32> apply(Ops tf, Operand<TFloat32> x, Mode mode) {
        return Activations.apply(tf, activation, preActivation(tf, x));
    }

    /** {@code x · kernel + bias}: the logits when this is the output layer. */
    public Operand<TFloat32> preActivation(Ops tf, Operand<TFloat32> x) {
        // Variables are read through identity: some kernels reject ref-typed inputs (see TFJAVA.md).
        Operand<TFloat32> z = tf.linalg.matMul(x, tf.identity(kernel().variable()));
        return useBias ? tf.nn.biasAdd(z, tf.identity(bias.variable())) : z;
    }

    /** The kernel regularizer's penalty plus the bias regularizer's; nothing when neither is set. */
    @Override
    public Optional<Operand<TFloat32>> penalty(Ops tf) {
        return WeightHooks.sum(tf, List.of(
                WeightHooks.penalty(tf, kernel, kernelRegularizer), WeightHooks.penalty(tf, bias, biasRegularizer)));
    }

    /** {@code kernel ← constraint(kernel)} and {@code bias ← constraint(bias)}, for those constrained. */
    @Override
    public List<Op> constraints(Ops tf) {
        return WeightHooks.present(List.of(
                WeightHooks.constraint(tf, kernel, kernelConstraint), WeightHooks.constraint(tf, bias, biasConstraint)));
    }

    private Weight requireBuilt(Weight weight) {
        if (weight == null) {
            throw new IllegalStateException("Dense '" + name() + "' is not built yet: create the model first");
        }
        return weight;
    }
}
