package dev.lamina.runtime.train;

import dev.lamina.dsl.Metric;
import java.util.ArrayList;
import java.util.List;
import org.tensorflow.Operand;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Op;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.VarHandleOp;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TFloat64;
import org.tensorflow.types.family.TType;

/**
 * An epoch's training metrics, summed in the graph by every step so that the loop fetches them
 * once per epoch rather than once per step: {@code Σ n_b·loss_b} (the epoch's loss is that over
 * {@code Σ n_b}, Keras's batch-size-weighted mean) and, per measured metric, its batch sums
 * ({@code Σ correct_b}, {@code Σ |e|}, …; see {@link LossFunction#metricSum}). Double
 * precision, so that a long epoch's sum loses nothing to rounding. Resource variables, which the
 * checkpoint saver leaves out: they are reset at the start of every epoch and are not part of a save.
 */
final class EpochMetrics {
    private final VarHandleOp lossSum;
    private final List<VarHandleOp> metricSums = new ArrayList<>();
    /** Sets every sum to 0: run at the start of every epoch. */
    final Op reset;
    /** {@code Σ n_b·loss_b}, then each metric's sum, read. */
    final List<Operand<TFloat64>> values = new ArrayList<>();

    /** @param metrics the metrics measured, one sum each */
    EpochMetrics(Ops tf, List<Metric> metrics) {
        lossSum = sum(tf, "loss_sum");
        for (Metric metric : metrics) {
            // The accuracy's sum keeps its earlier name, so graphs read by name stay the same.
            metricSums.add(sum(tf, metric == Metric.ACCURACY ? "correct_sum" : metric.logName() + "_sum"));
        }
        Operand<TFloat64> zero = tf.constant(0.0);
        List<Op> resets = new ArrayList<>();
        resets.add(tf.assignVariableOp(lossSum, zero));
        metricSums.forEach(sum -> resets.add(tf.assignVariableOp(sum, zero)));
        reset = tf.withControlDependencies(resets).withName("reset").noOp();
        values.add(tf.readVariableOp(lossSum, TFloat64.class));
        metricSums.forEach(sum -> values.add(tf.readVariableOp(sum, TFloat64.class)));
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
     * @param metrics the batch's metric sums, in the order of the constructor's metrics
     * @param batch the batch's input or example indices, whose first dimension is the batch size
     */
    Accumulation accumulate(Ops step, Operand<TFloat32> loss, List<Operand<TFloat32>> metrics,
            Operand<? extends TType> batch) {
        Operand<TFloat64> examples = step.dtypes.cast(
                step.gather(step.shape(batch), step.constant(0), step.constant(0)), TFloat64.class);
        List<Op> updates = new ArrayList<>();
        Op addLoss = step.assignAddVariableOp(lossSum, step.math.mul(step.dtypes.cast(loss, TFloat64.class), examples));
        updates.add(addLoss);
        for (int i = 0; i < metrics.size(); i++) {
            updates.add(step.assignAddVariableOp(metricSums.get(i), step.dtypes.cast(metrics.get(i), TFloat64.class)));
        }
        Operand<TFloat64> runningLossSum = step.withControlDependencies(List.of(addLoss)).readVariableOp(lossSum, TFloat64.class);
        return new Accumulation(updates, runningLossSum);
    }

    /** The ops that add a step's batch, and {@code Σ n_b·loss_b} read after this step's addition. */
    record Accumulation(List<Op> updates, Operand<TFloat64> runningLossSum) {}
}
