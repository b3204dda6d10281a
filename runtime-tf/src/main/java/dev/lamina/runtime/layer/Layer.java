package dev.lamina.runtime.layer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tensorflow.Operand;
import org.tensorflow.op.Op;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * A layer of a sequential model, and the typed handle users reach it through
 * ({@code model.hidden1()}). The lifecycle is Keras's: the constructor stores the configuration,
 * {@link #build} creates the variables once, {@link #apply} adds the layer's computation to the
 * graph (once per mode the model needs).
 *
 * <p>Besides its forward pass a layer may contribute to a training step: a penalty added to the
 * loss ({@link #penalty}), state updates that run with the step ({@link #takeStateUpdates}), and
 * constraints applied to its weights after the optimizer's update ({@link #constraints}).
 */
public abstract class Layer {
    private final String name;
    private final List<Weight> weights = new ArrayList<>();
    private final List<StateUpdate> stateUpdates = new ArrayList<>();
    private BuildContext context;
    private boolean frozen;

    protected Layer(String name) {
        this.name = name;
    }

    /** The layer's name: the method name in the model interface, and its variables' prefix. */
    public final String name() {
        return name;
    }

    /** The layer's variables in creation order (trainable or not); empty for a layer without weights. */
    public final List<Weight> weights() {
        return List.copyOf(weights);
    }

    /**
     * Freezes the layer: from the next {@code fit} on, its variables are left out of the gradient
     * computation and the optimizer's updates, and a frozen Batch Normalization layer normalizes
     * with its moving statistics (and no longer updates them), as in Keras since TF 2.0. Nothing
     * needs rebuilding by the user.
     */
    public final void freeze() {
        frozen = true;
    }

    /** Makes the layer trainable again from the next {@code fit} on. */
    public final void unfreeze() {
        frozen = false;
    }

    /** Whether the layer is frozen. */
    public final boolean isFrozen() {
        return frozen;
    }

    /** Creates the layer's variables. Called once, before the first {@link #apply}. */
    public final void build(BuildContext context) {
        if (this.context != null) {
            throw new IllegalStateException(this + " is already built: a layer belongs to one model");
        }
        this.context = context;
        createWeights(context);
    }

    /** Adds the layer's computation on {@code x} to the graph, for the given mode. */
    public abstract Operand<TFloat32> apply(Ops tf, Operand<TFloat32> x, Mode mode);

    /**
     * The shape of one example of this layer's output for one of {@code inputShape} (both without
     * the batch dimension): what {@code summary()} shows. The default keeps the shape, as every
     * element-wise layer (activations, normalization, dropout) does.
     */
    public long[] outputShape(long[] inputShape) {
        return inputShape.clone();
    }

    /** The penalty this layer adds to the loss (L1/L2 regularization of its weights), if any. */
    public Optional<Operand<TFloat32>> penalty(Ops tf) {
        return Optional.empty();
    }

    /** Ops that project this layer's weights back onto their constraints; run after each update. */
    public List<Op> constraints(Ops tf) {
        return List.of();
    }

    /**
     * The state updates (moving statistics) made by {@code apply} in training mode since the last
     * call, handed over once: the training step that applied the layer takes them, so each step
     * assigns the updates of its own forward pass and no other's.
     */
    public final List<StateUpdate> takeStateUpdates() {
        List<StateUpdate> taken = List.copyOf(stateUpdates);
        stateUpdates.clear();
        return taken;
    }

    /** Creates the variables; the default creates none. */
    protected void createWeights(BuildContext context) {}

    /** Records a variable created in {@link #createWeights}. */
    protected final Weight addWeight(Weight weight) {
        weights.add(weight);
        return weight;
    }

    /** Records the value a state variable takes after every training step. */
    protected final void addStateUpdate(Weight state, Operand<TFloat32> value) {
        stateUpdates.add(new StateUpdate(state, value));
    }

    /**
     * Rejects a configuration call once the layer is built: its variables (and their initial
     * values) exist by then, and the training step has collected its penalties and constraints.
     *
     * @param method the configuration method, for the message ({@code withKernelRegularizer})
     */
    protected final void requireNotBuilt(String method) {
        if (context != null) {
            throw new IllegalStateException(this + ": " + method + " must be called before the model is built"
                    + " (the generated code calls it right after the constructor)");
        }
    }

    /** The context the layer was built with: its random seeds, for layers that draw at run time. */
    protected final BuildContext context() {
        if (context == null) {
            throw new IllegalStateException(this + " is not built yet: create the model first");
        }
        return context;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + " '" + name + "'";
    }
}
