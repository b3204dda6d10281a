package dev.lamina.runtime.train;

import java.util.List;
import org.tensorflow.Operand;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Op;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.VarHandleOp;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TFloat64;
import org.tensorflow.types.TInt32;

/**
 * An epoch's training metrics, summed in the graph by every step so that the loop fetches them
 * once per epoch rather than once per step: {@code Σ n_b·loss_b} (the epoch's loss is that over
 * {@code Σ n_b}, Keras's batch-size-weighted mean) and {@code Σ correct_b}. Double precision, so
 * that a long epoch's sum loses nothing to rounding. Resource variables, which the checkpoint
 * saver leaves out: they are reset at the start of every epoch and are not part of a save.
 */
final class EpochMetrics {
    private final VarHandleOp lossSum;
    private final VarHandleOp correctSum;
    /** Sets both sums to 0: run at the start of every epoch. */
    final Op reset;
    /** {@code Σ n_b·loss_b}, read. */
    final Operand<TFloat64> lossSumValue;
    /** {@code Σ correct_b}, read. */
    final Operand<TFloat64> correctSumValue;

    EpochMetrics(Ops tf) {
        lossSum = sum(tf, "loss_sum");
        correctSum = sum(tf, "correct_sum");
        Operand<TFloat64> zero = tf.constant(0.0);
        reset = tf.withControlDependencies(List.of(tf.assignVariableOp(lossSum, zero), tf.assignVariableOp(correctSum, zero)))
                .withName("reset").noOp();
        lossSumValue = tf.readVariableOp(lossSum, TFloat64.class);
        correctSumValue = tf.readVariableOp(correctSum, TFloat64.class);
    }

    /**
     * A sum, set to 0 by the session's initialization. A resource variable needs its own shared
     * name: with none, every handle names the same resource.
     */
    private static VarHandleOp sum(Ops tf, String name) {
        Ops init = tf.withInitScope();
        VarHandleOp sum = init.withName(name).varHandleOp(TFloat64.class, Shape.scalar(),
                VarHandleOp.sharedName("epoch_metrics/" + name));
        init.withName(name + "_initialize").assignVariableOp(sum, init.constant(0.0));
        return sum;
    }

    /**
     * Adds one step's batch to the sums.
     *
     * @param loss the batch's mean loss
     * @param correct the batch's correct predictions
     * @param labels the batch's labels, whose count is the batch size
     */
    Accumulation accumulate(Ops step, Operand<TFloat32> loss, Operand<TFloat32> correct, Operand<TInt32> labels) {
        Operand<TFloat64> examples = step.dtypes.cast(step.size(labels), TFloat64.class);
        Op addLoss = step.assignAddVariableOp(lossSum, step.math.mul(step.dtypes.cast(loss, TFloat64.class), examples));
        Op addCorrect = step.assignAddVariableOp(correctSum, step.dtypes.cast(correct, TFloat64.class));
        Operand<TFloat64> runningLossSum = step.withControlDependencies(List.of(addLoss)).readVariableOp(lossSum, TFloat64.class);
        return new Accumulation(List.of(addLoss, addCorrect), runningLossSum);
    }

    /** The ops that add a step's batch, and {@code Σ n_b·loss_b} read after this step's addition. */
    record Accumulation(List<Op> updates, Operand<TFloat64> runningLossSum) {}
}
