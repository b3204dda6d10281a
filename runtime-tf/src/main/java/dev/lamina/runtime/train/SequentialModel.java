package dev.lamina.runtime.train;

import dev.lamina.runtime.layer.Dense;
import dev.lamina.runtime.layer.Layer;
import dev.lamina.runtime.layer.Mode;
import dev.lamina.runtime.optim.Optimizer;
import java.util.List;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * The base class of every generated model: a stack of layers, its graph and session, and
 * {@code fit}, {@code evaluate} and {@code predict}.
 */
public abstract class SequentialModel implements AutoCloseable {

    protected SequentialModel() {}

    /** The configuration read from {@code @Model}. */
    protected abstract ModelConfig config();

    /** A new optimizer as declared by {@code @Optimizer}; called once, when the model is built. */
    protected abstract Optimizer optimizer();

    /** Every layer, in order, the output layer last. */
    protected abstract List<Layer> layers();

    /** The forward pass through every layer but the output layer. */
    protected abstract Operand<TFloat32> body(Ops tf, Operand<TFloat32> x, Mode mode);

    /** The output layer; the loss is computed from its pre-activation (logits) when it can be. */
    protected abstract Dense head();

    /** Builds the graph, creates the session and initializes the variables from the seed. */
    protected final void build() {
        throw new UnsupportedOperationException("in progress");
    }

    @Override
    public void close() {}
}
