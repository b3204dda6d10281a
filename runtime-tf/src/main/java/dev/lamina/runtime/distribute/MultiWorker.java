package dev.lamina.runtime.distribute;

import dev.lamina.runtime.engine.Engine;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.tensorflow.DeviceSpec;
import org.tensorflow.Graph;
import org.tensorflow.GrpcSessions;
import org.tensorflow.Session;
import org.tensorflow.exceptions.TensorFlowException;

/**
 * One replica on each task of a cluster, on TensorFlow's gRPC runtime. This process is the chief:
 * it starts task 0's server, builds the replicated graph and runs it through a session whose
 * master is task 0. The variables are created without a device, so TensorFlow's placer puts
 * them on the master's device, {@code /job:worker/task:0/device:CPU:0}: the chief holds the only
 * copy, each step sends every remote replica the weights and its share of the batch (with the
 * data held in the graph, only its share's indices: each task holds a copy of the data), and gets
 * back what the gradient needs.
 *
 * <p>Every run waits at most {@code operationTimeout} for any operation (TensorFlow's {@code
 * operation_timeout_in_ms}); a dead or stuck worker makes {@code fit} fail with an error that
 * names the task and its address ({@link #describeFailure}).
 */
/**
 * @param allowRemote whether the chief's server may listen for other machines ({@link TaskServer#ALLOW_REMOTE_OPTION})
 */
record MultiWorker(Cluster cluster, Duration operationTimeout, boolean allowRemote) implements Distribution {
    /** Long enough for a first step's graph partitioning on a busy machine, short enough not to look hung. */
    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

    private static final Pattern TASK = Pattern.compile("/job:" + Cluster.JOB + "/replica:\\d+/task:(\\d+)");

    MultiWorker {
        if (operationTimeout.isNegative() || operationTimeout.isZero()) {
            throw new IllegalArgumentException("Distribution.multiWorker: expected a positive operation timeout. Received: "
                    + operationTimeout);
        }
    }

    @Override
    public List<DeviceSpec> devices() {
        return IntStream.range(0, cluster.workers().size()).mapToObj(task -> DeviceSpec.newBuilder().job(Cluster.JOB)
                .replica(0).task(task).deviceType(DeviceSpec.DeviceType.CPU).deviceIndex(0).build()).toList();
    }

    @Override
    public Session openSession(Graph graph) {
        TaskServer.start(cluster, 0, allowRemote);
        return GrpcSessions.open(graph, "grpc://" + cluster.address(0), Engine.options().toConfigProto().toBuilder()
                .setOperationTimeoutInMs(operationTimeout.toMillis()).build());
    }

    /**
     * A TensorFlow failure restated with the task it names, and that task's address, in front of
     * TensorFlow's message; any other failure (a callback's) unchanged.
     */
    @Override
    public RuntimeException describeFailure(RuntimeException failure) {
        if (!(failure instanceof TensorFlowException)) {
            return failure;
        }
        String message = String.valueOf(failure.getMessage());
        Matcher task = TASK.matcher(message);
        String where = task.find() && Integer.parseInt(task.group(1)) < cluster.workers().size()
                ? "task " + task.group(1) + " (" + cluster.address(Integer.parseInt(task.group(1))) + ")"
                : "a task of " + cluster.workers();
        return new IllegalStateException("Distributed training failed: " + where + " did not answer within "
                + operationTimeout.toSeconds() + " s or is gone. TensorFlow said: " + message.lines().findFirst().orElse(""),
                failure);
    }

    @Override
    public String toString() {
        return "multi-worker over " + cluster.workers();
    }
}
