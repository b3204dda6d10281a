package dev.lamina.runtime.train;

import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/** One replica's forward pass, loss and metrics over its share of a batch (see {@link Replication}). */
@FunctionalInterface
public interface ReplicaPass {
    /**
     * @param tf ops pinned to the replica's device
     * @param input the replica's share of the batch
     * @param labels the labels of that share
     * @param replica the replica's index; replica 0 draws the random streams of an unreplicated pass
     */
    PassOutputs apply(Ops tf, Operand<TFloat32> input, Operand<TFloat32> labels, int replica);
}
