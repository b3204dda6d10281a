package dev.lamina.runtime.train;

import org.tensorflow.Graph;
import org.tensorflow.Operand;
import org.tensorflow.Session;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;

/**
 * How a model's batches are spread over devices: the hook through which {@code
 * dev.lamina.runtime.distribute.Distribution} replicates the training step and the inference
 * pass ({@link Fit#distribution}). The model hands over one replica's pass; the replication
 * splits the batch, builds the pass once per device, and combines what the replicas computed
 * into the batch's loss, correct count, outputs and state updates. The model then takes the
 * gradients of that loss and applies one update, as it does on one device.
 */
public interface Replication {
    /** The number of replicas a batch is split across. */
    int replicas();

    /** The session the model's graph runs in under this replication (its devices must exist there). */
    Session openSession(Graph graph);

    /**
     * Builds {@code pass} once per replica on its share of the batch and combines the results.
     *
     * @param input the whole batch's features
     * @param labels the whole batch's labels
     */
    PassOutputs replicate(Ops tf, Operand<TFloat32> input, Operand<TFloat32> labels, ReplicaPass pass);

    /**
     * As {@link #replicate(Ops, Operand, Operand, ReplicaPass)} for training data held in the
     * graph: the step's example indices are split as a batch is, and each replica gathers its
     * share from its own copy of the data, on its device, so that only indices cross devices.
     *
     * @param indices the whole batch's example indices into the data
     */
    PassOutputs replicate(Ops tf, Operand<TInt32> indices, ReplicaData data, ReplicaPass pass);

    /** A training run's failure, restated with what this replication knows (the task and address that failed). */
    default RuntimeException describeFailure(RuntimeException failure) {
        return failure;
    }
}
