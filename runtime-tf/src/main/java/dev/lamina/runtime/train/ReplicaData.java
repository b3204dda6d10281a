package dev.lamina.runtime.train;

import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;

/**
 * Training data held in the graph ({@link Fit#dataInGraph}) as the replicas of a step read it:
 * each replica gathers its share of the batch from its own copy of the data, held on its device,
 * so that only the step's example indices cross devices (see {@link Replication}).
 */
public interface ReplicaData {
    /**
     * Replica {@code replica}'s examples at {@code indices}, gathered on {@code tf}'s device from
     * the copy of the data held there.
     *
     * @param tf ops pinned to the replica's device
     */
    Examples gather(Ops tf, int replica, Operand<TInt32> indices);

    /** A share of a batch: its features and their targets, {@code [n, width]}. */
    record Examples(Operand<TFloat32> features, Operand<TFloat32> labels) {}
}
