package dev.lamina.runtime.layer;

import java.util.ArrayList;
import java.util.List;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * A layer of a sequential model, and the typed handle users reach it through
 * ({@code model.hidden1()}). The lifecycle is Keras's: the constructor stores the configuration,
 * {@link #build} creates the variables once, {@link #apply} adds the layer's computation to the
 * graph (once per mode the model needs).
 */
public abstract class Layer {
    private final String name;
    private final List<Weight> weights = new ArrayList<>();

    protected Layer(String name) {
        this.name = name;
    }

    /** The layer's name: the method name in the model interface, and its variables' prefix. */
    public final String name() {
        return name;
    }

    /** The layer's variables in creation order; empty for a layer without weights. */
    public final List<Weight> weights() {
        return List.copyOf(weights);
    }

    /** Creates the layer's variables. Called once, before the first {@link #apply}. */
    public void build(WeightFactory factory) {}

    /** Adds the layer's computation on {@code x} to the graph, for the given mode. */
    public abstract Operand<TFloat32> apply(Ops tf, Operand<TFloat32> x, Mode mode);

    /** Records a variable created in {@link #build}. */
    protected final Weight addWeight(Weight weight) {
        weights.add(weight);
        return weight;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + " " + name;
    }
}
