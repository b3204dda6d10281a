package dev.lamina.runtime.distribute;

import dev.lamina.runtime.layer.StateUpdate;
import dev.lamina.runtime.layer.Weight;
import dev.lamina.runtime.train.PassOutputs;
import dev.lamina.runtime.train.ReplicaData;
import dev.lamina.runtime.train.ReplicaPass;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tensorflow.DeviceSpec;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;

/**
 * In-graph replication: one graph holds a copy of the forward pass per device, each on its share
 * of the batch ({@link BatchSplit}: of the fed batch, or of the step's indices into data held in
 * the graph, which each replica then gathers from its own copy), and the ops that combine them.
 * The variables exist once (where they were created: the first local device, or the chief) and
 * every replica reads them.
 *
 * <ul>
 *   <li>loss: {@code Σ_i w_i · mean_i}, the single-device mean; the model differentiates it once,
 *       so the gradient is the weighted average of the replicas' gradients and one update is applied;
 *   <li>correct predictions: summed; outputs: concatenated in the batch's order;
 *   <li>state (Batch Normalization's moving statistics): each replica normalizes with its own
 *       batch statistics (Keras's {@code MirroredStrategy} default), and the moving averages take
 *       the weighted average of the replicas' new values, {@code Σ_i w_i · (m·moving + (1−m)·stat_i)
 *       = m·moving + (1−m)·Σ_i w_i·stat_i}: one consistent update instead of k racing ones. The
 *       moving mean is then exactly the single-device one; the moving variance is the mean of the
 *       replicas' variances, which leaves out the spread between the replicas' means.
 * </ul>
 */
final class InGraphReplication {
    private InGraphReplication() {}

    /** The replicated pass over a fed batch: the chief splits its features and labels, and sends each replica its share. */
    static PassOutputs replicate(Ops tf, List<DeviceSpec> devices, Operand<TFloat32> input, Operand<TFloat32> labels,
            ReplicaPass pass) {
        Ops combine = tf.withSubScope("replicas");
        BatchSplit split = new BatchSplit(combine, input, devices.size());
        List<Operand<TFloat32>> inputs = split.parts(combine, input);
        // Labels are split only where a loss asks for them: prediction feeds no labels.
        List<Operand<TFloat32>> labelParts = split.parts(combine, labels);
        List<PassOutputs> replicas = new ArrayList<>();
        for (int i = 0; i < devices.size(); i++) {
            Ops pinned = tf.withSubScope("replica_" + i).withDevice(devices.get(i));
            replicas.add(pass.apply(pinned, inputs.get(i), labelParts.get(i), i));
        }
        return combined(combine, split, replicas);
    }

    /**
     * The replicated pass over data held in the graph: the chief splits the step's example
     * indices exactly as it would split the batch (the same shares, in the same order, so the
     * step computes the same), and each replica gathers its examples from its own copy on its
     * device. A replica receives 4 bytes per example of its share instead of the examples.
     */
    static PassOutputs replicate(Ops tf, List<DeviceSpec> devices, Operand<TInt32> indices, ReplicaData data,
            ReplicaPass pass) {
        Ops combine = tf.withSubScope("replicas");
        BatchSplit split = new BatchSplit(combine, indices, devices.size());
        List<Operand<TInt32>> shares = split.parts(combine, indices);
        List<PassOutputs> replicas = new ArrayList<>();
        for (int i = 0; i < devices.size(); i++) {
            Ops pinned = tf.withSubScope("replica_" + i).withDevice(devices.get(i));
            ReplicaData.Examples examples = data.gather(pinned, i, shares.get(i));
            replicas.add(pass.apply(pinned, examples.features(), examples.labels(), i));
        }
        return combined(combine, split, replicas);
    }

    /** The batch's outputs from the replicas': the weighted loss, summed metrics, concatenated outputs, averaged state. */
    private static PassOutputs combined(Ops combine, BatchSplit split, List<PassOutputs> replicas) {
        return new PassOutputs(split.weightedSum(combine, replicas.stream().map(PassOutputs::meanLoss).toList()),
                summedMetrics(combine, replicas),
                combine.concat(replicas.stream().map(PassOutputs::output).toList(), combine.constant(0)),
                averagedState(combine, split, replicas));
    }

    /** Each metric's sum over the whole batch: the sum of the replicas' sums. */
    private static List<Operand<TFloat32>> summedMetrics(Ops tf, List<PassOutputs> replicas) {
        List<Operand<TFloat32>> sums = new ArrayList<>(replicas.get(0).metricSums());
        for (int i = 1; i < replicas.size(); i++) {
            for (int m = 0; m < sums.size(); m++) {
                sums.set(m, tf.math.add(sums.get(m), replicas.get(i).metricSums().get(m)));
            }
        }
        return sums;
    }

    /** One update per state variable: the weighted average of the replicas' new values. */
    private static List<StateUpdate> averagedState(Ops tf, BatchSplit split, List<PassOutputs> replicas) {
        Map<Weight, List<Operand<TFloat32>>> values = new LinkedHashMap<>();
        for (PassOutputs replica : replicas) {
            for (StateUpdate update : replica.stateUpdates()) {
                values.computeIfAbsent(update.weight(), weight -> new ArrayList<>()).add(update.value());
            }
        }
        List<StateUpdate> averaged = new ArrayList<>();
        values.forEach((weight, perReplica) -> averaged.add(new StateUpdate(weight, split.weightedSum(tf, perReplica))));
        return averaged;
    }
}
