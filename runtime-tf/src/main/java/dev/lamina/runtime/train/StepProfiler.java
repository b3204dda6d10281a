package dev.lamina.runtime.train;

import java.util.Map;
import java.util.TreeMap;
import org.tensorflow.Graph;
import org.tensorflow.GraphOperation;
import org.tensorflow.Result;
import org.tensorflow.Session;
import org.tensorflow.proto.RunMetadata;
import org.tensorflow.proto.RunOptions;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;

/**
 * A model's training step, opened for profiling (benchmarks, performance work): the graph and
 * the step's op, and runners for one step on given tensors, optionally traced by TensorFlow. A
 * step run here trains the model exactly as {@code fit} would (the batch's features, labels and
 * rate are fed; the step counter advances). The graph is for reading: adding ops to it is
 * allowed, changing the model's ops is not. From {@link SequentialModel#profiler()}.
 */
public final class StepProfiler {
    private final ModelSession session;
    private final TrainingStep step;

    StepProfiler(ModelSession session, TrainingStep step) {
        this.session = session;
        this.step = step;
    }

    /** The model's graph. */
    public Graph graph() {
        return session.graph();
    }

    /** The op one training step runs (forward, backward, update, state updates, epoch sums). */
    public GraphOperation stepOp() {
        return (GraphOperation) step.update().op();
    }

    /**
     * A runner for one step on a batch ({@code x} of the model's input shape, {@code y} its
     * targets, {@code [batch, width]}: class indices as whole numbers) at {@code rate}.
     */
    public Session.Runner stepRunner(TFloat32 x, TFloat32 y, TFloat32 rate) {
        TrainingGraph ops = session.ops();
        return session.runner().feed(ops.trainingInput(), x).feed(ops.trainingLabels(), y)
                .feed(ops.learningRate(), rate).addTarget(step.update());
    }

    /** Runs one step with TensorFlow's full trace and returns its metadata (kernel timings per device). */
    public RunMetadata traceStep(TFloat32 x, TFloat32 y, TFloat32 rate) {
        return traced(stepRunner(x, y, rate));
    }

    /**
     * A runner for one step on the training data held in the graph ({@code Fit.dataInGraph(true)}:
     * a fit with it loaded the data), fed the batch's example {@code indices} as {@code fit} feeds
     * them: under a distribution, the step in which each replica gathers its share from its own
     * copy. Built, if need be, for the layers frozen when it is called.
     */
    public Session.Runner residentStepRunner(TInt32 indices, TFloat32 rate) {
        TrainingGraph ops = session.ops();
        return session.runner().feed(ops.residentData().indices, indices).feed(ops.learningRate(), rate)
                .addTarget(ops.trainingStep(true).update());
    }

    /** {@link #residentStepRunner} run once with TensorFlow's full trace: its metadata. */
    public RunMetadata traceResidentStep(TInt32 indices, TFloat32 rate) {
        return traced(residentStepRunner(indices, rate));
    }

    /**
     * The bytes each device received from other tasks in a traced step ({@link #traceStep},
     * {@link #traceResidentStep}), by the device's full name: the tensors of its {@code RecvTensor}
     * nodes, which is how a tensor fetched from another task appears on the receiving device.
     */
    public static Map<String, Long> bytesReceivedByDevice(RunMetadata trace) {
        Map<String, Long> bytes = new TreeMap<>();
        trace.getStepStats().getDevStatsList().forEach(device -> device.getNodeStatsList().forEach(node -> {
            if (node.getNodeName().equals("RecvTensor")) {
                bytes.merge(device.getDevice(), node.getOutputList().stream().mapToLong(output ->
                        output.getTensorDescription().getAllocationDescription().getRequestedBytes()).sum(), Long::sum);
            }
        }));
        return bytes;
    }

    /** Runs {@code runner} with the options {@code fit}'s steps run with, and TensorFlow's full trace. */
    private RunMetadata traced(Session.Runner runner) {
        RunOptions options = session.runOptions().toBuilder().setTraceLevel(RunOptions.TraceLevel.FULL_TRACE).build();
        try (Result result = runner.setOptions(options).runAndFetchMetadata()) {
            return result.getMetadata().orElseThrow();
        }
    }
}
