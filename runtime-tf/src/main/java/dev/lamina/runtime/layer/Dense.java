package dev.lamina.runtime.layer;

import dev.lamina.dsl.Activation;
import dev.lamina.dsl.Init;
import dev.lamina.runtime.init.Initializer;
import org.tensorflow.Operand;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * A fully connected layer: {@code act(x · kernel + bias)}, with a kernel of shape
 * {@code (inputs, units)} and a bias of shape {@code (units)} initialized to zeros.
 */
public final class Dense extends Layer {
    private final int inputs;
    private final int units;
    private final Activation activation;
    private final Init init;
    private final boolean useBias;
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

    public int inputs() {
        return inputs;
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
        kernel = addWeight(context.create(name(), "kernel", Shape.of(inputs, units), Initializer.of(init)));
        if (useBias) {
            bias = addWeight(context.create(name(), "bias", Shape.of(units), Initializer.of(Init.ZEROS)));
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

    private Weight requireBuilt(Weight weight) {
        if (weight == null) {
            throw new IllegalStateException("Dense '" + name() + "' is not built yet: create the model first");
        }
        return weight;
    }
}
