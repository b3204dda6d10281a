package dev.lamina.runtime.train;

import dev.lamina.dsl.Metric;
import dev.lamina.runtime.layer.Activations;
import dev.lamina.runtime.layer.BuildContext;
import dev.lamina.runtime.layer.Dense;
import dev.lamina.runtime.layer.Layer;
import dev.lamina.runtime.layer.Mode;
import java.util.List;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;

/**
 * The model's forward pass over a batch in one mode, with its mean data loss, metric sums,
 * output (logits when training, the output layer's activations otherwise) and state updates:
 * built once on one device, or once per replica by a {@link Replication}.
 */
final class ModelPass {
    private final BuildContext context;
    private final List<Layer> layers;
    private final ForwardPass body;
    private final Dense head;
    private final LossFunction lossFunction;
    private final List<Metric> metrics;

    ModelPass(BuildContext context, List<Layer> layers, ForwardPass body, Dense head, LossFunction lossFunction,
            List<Metric> metrics) {
        this.context = context;
        this.layers = layers;
        this.body = body;
        this.head = head;
        this.lossFunction = lossFunction;
        this.metrics = List.copyOf(metrics);
    }

    /**
     * The pass over features {@code x} and targets {@code y}.
     *
     * @param replication how the batch is spread over devices; null for one device
     */
    PassOutputs over(Ops tf, Operand<TFloat32> x, Operand<TFloat32> y, Mode mode, Replication replication) {
        ReplicaPass replicaPass = replicaPass(mode);
        return replication == null ? replicaPass.apply(tf, x, y, 0) : replication.replicate(tf, x, y, replicaPass);
    }

    /**
     * The pass replicated over the examples at {@code indices} of data held in the graph, each
     * replica reading its share from its own copy ({@link Replication#replicate(Ops, Operand, ReplicaData, ReplicaPass)}).
     */
    PassOutputs over(Ops tf, Operand<TInt32> indices, ReplicaData data, Mode mode, Replication replication) {
        return replication.replicate(tf, indices, data, replicaPass(mode));
    }

    /** One replica's pass in {@code mode}: the forward pass, its loss, metrics, output and state updates. */
    private ReplicaPass replicaPass(Mode mode) {
        return (scope, input, labels, replica) -> {
            context.buildingReplica(replica);
            try {
                Operand<TFloat32> logits = head.preActivation(scope, body.apply(scope, input, mode));
                return new PassOutputs(lossFunction.meanLoss(scope, logits, labels, input),
                        metrics.stream().map(metric -> lossFunction.metricSum(scope, metric, logits, labels, input))
                                .toList(),
                        mode == Mode.TRAINING ? logits : Activations.apply(scope, head.activation(), logits),
                        layers.stream().flatMap(layer -> layer.takeStateUpdates().stream()).toList());
            } finally {
                context.buildingReplica(0);
            }
        };
    }
}
