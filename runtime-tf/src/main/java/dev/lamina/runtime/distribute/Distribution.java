package dev.lamina.runtime.distribute;

import dev.lamina.runtime.train.PassOutputs;
import dev.lamina.runtime.train.ReplicaData;
import dev.lamina.runtime.train.ReplicaPass;
import dev.lamina.runtime.train.Replication;
import java.time.Duration;
import java.util.List;
import org.tensorflow.DeviceSpec;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;

/**
 * Data-parallel training over several devices, as Keras's {@code tf.distribute} strategies:
 * {@code model.fit(data, Fit.epochs(5).distribution(Distribution.mirrored(2)))}. Each step's
 * batch is split across the replicas, each replica's forward pass runs on its device, the
 * gradients are averaged and one update is applied, so training matches a single device at the
 * same global batch (see {@link InGraphReplication} for the arithmetic, Batch Normalization and
 * an uneven last batch). After a distributed {@code fit}, {@code evaluate} and {@code predict}
 * run replicated too.
 *
 * <ul>
 *   <li>{@link #mirrored(int)}: {@code n} virtual CPU devices of this process (tests, CPU machines);
 *   <li>{@link #mirrored()}: every local GPU;
 *   <li>{@link #multiWorker(Cluster, Duration)}: one replica per task of a cluster of TensorFlow
 *       servers ({@link Worker}), the variables on the chief (task 0, this process);
 *   <li>{@link #fromEnvironment()}: the cluster in {@code TF_CONFIG}.
 * </ul>
 */
public sealed interface Distribution extends Replication permits MirroredCpus, MirroredGpus, MultiWorker {
    /** The devices of the replicas, in replica order. */
    List<DeviceSpec> devices();

    /** The number of replicas. */
    default int replicas() {
        return devices().size();
    }

    @Override
    default PassOutputs replicate(Ops tf, Operand<TFloat32> input, Operand<TFloat32> labels, ReplicaPass pass) {
        return InGraphReplication.replicate(tf, devices(), input, labels, pass);
    }

    @Override
    default PassOutputs replicate(Ops tf, Operand<TInt32> indices, ReplicaData data, ReplicaPass pass) {
        return InGraphReplication.replicate(tf, devices(), indices, data, pass);
    }

    /** {@code replicas} virtual CPU devices of this process, {@code /device:CPU:0} to {@code CPU:<n−1>}. */
    static Distribution mirrored(int replicas) {
        return new MirroredCpus(replicas);
    }

    /** Every GPU TensorFlow sees in this process; fails, saying why, where there is none. */
    static Distribution mirrored() {
        return new MirroredGpus(LocalGpus.count());
    }

    /**
     * One replica on each task of {@code cluster}; this process is the chief (task 0) and starts
     * its server. A run that waits longer than {@code operationTimeout} for a task fails, naming it.
     */
    static Distribution multiWorker(Cluster cluster, Duration operationTimeout) {
        return new MultiWorker(cluster, operationTimeout, false);
    }

    /**
     * As {@link #multiWorker}, for a cluster of several machines: the chief's server is started
     * on a non-loopback address too. Its TensorFlow server runs any graph sent to it, without
     * authentication: use it on a trusted private network only (docs/distributed.md).
     */
    static Distribution multiWorkerAllowingUnauthenticatedRemoteExecution(Cluster cluster, Duration operationTimeout) {
        return new MultiWorker(cluster, operationTimeout, true);
    }

    /**
     * {@link #multiWorker} for the cluster in {@code TF_CONFIG}, with {@link MultiWorker#DEFAULT_TIMEOUT}; a
     * non-loopback chief only with {@code allowUnauthenticatedRemoteExecution}.
     */
    static Distribution fromEnvironment(boolean allowUnauthenticatedRemoteExecution) {
        TfConfig config = TfConfig.fromEnvironment();
        if (config.taskIndex() != 0) {
            throw new IllegalStateException("TF_CONFIG names task " + config.taskIndex() + ", but only the chief (worker 0)"
                    + " trains; other tasks run the worker (dev.lamina.runtime.distribute.Worker), which serves until stopped");
        }
        return new MultiWorker(config.cluster(), MultiWorker.DEFAULT_TIMEOUT, allowUnauthenticatedRemoteExecution);
    }
}
