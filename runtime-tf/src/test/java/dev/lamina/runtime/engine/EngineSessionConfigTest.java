package dev.lamina.runtime.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.tensorflow.Graph;
import org.tensorflow.Operand;
import org.tensorflow.Result;
import org.tensorflow.Session;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.op.Ops;
import org.tensorflow.proto.ConfigProto;
import org.tensorflow.proto.GraphDef;
import org.tensorflow.proto.GraphOptions;
import org.tensorflow.proto.NodeDef;
import org.tensorflow.proto.RewriterConfig;
import org.tensorflow.proto.RunOptions;
import org.tensorflow.types.TFloat32;

/**
 * The engine's session configuration reaches the sessions it makes: a Dense layer's
 * {@code elu(x · w + b)} runs as one fused matmul kernel by default (Grappler's remapper), and as
 * separate kernels when the configuration turns the remapper off; both give the same numbers.
 */
class EngineSessionConfigTest {
    private static final int ROWS = 32;
    private static final int INPUTS = 64;
    private static final int UNITS = 16;

    @Test
    void theRemapperFusesADenseLayerByDefaultAndTheConfigurationCanTurnItOff() {
        EngineOptions before = Engine.options();
        try {
            Engine.configure(before.withSessionConfig(ConfigProto.getDefaultInstance()));
            Run fused = run();
            Engine.configure(before.withSessionConfig(ConfigProto.newBuilder().setGraphOptions(GraphOptions.newBuilder()
                    .setRewriteOptions(RewriterConfig.newBuilder().setRemapping(RewriterConfig.Toggle.OFF))).build()));
            Run separate = run();

            assertTrue(fused.opTypes.stream().anyMatch(type -> type.contains("FusedMatMul")), fused.opTypes.toString());
            assertFalse(fused.opTypes.contains("Elu"), fused.opTypes.toString());
            assertFalse(separate.opTypes.stream().anyMatch(type -> type.contains("FusedMatMul")), separate.opTypes.toString());
            assertTrue(separate.opTypes.contains("Elu"), separate.opTypes.toString());
            for (int i = 0; i < fused.values.length; i++) {
                // The same sums in another kernel's order: float32 rounding, relative to the value.
                assertEquals(separate.values[i], fused.values[i], 1e-5 * Math.max(1, Math.abs(separate.values[i])), "at " + i);
            }
        } finally {
            Engine.configure(before);
        }
    }

    private record Run(List<String> opTypes, float[] values) {}

    /** {@code elu(x · w + b)} for fixed random values, with the op types of the graph that ran. */
    private static Run run() {
        SplittableRandom random = new SplittableRandom(7);
        try (Graph graph = new Graph()) {
            Ops tf = Ops.create(graph);
            var x = tf.placeholder(TFloat32.class);
            Operand<TFloat32> w = tf.constant(Shape.of(INPUTS, UNITS), DataBuffers.of(randoms(random, INPUTS * UNITS), true, false));
            Operand<TFloat32> b = tf.constant(Shape.of(UNITS), DataBuffers.of(randoms(random, UNITS), true, false));
            var y = tf.nn.elu(tf.nn.biasAdd(tf.linalg.matMul(x, w), b));
            RunOptions partitions = RunOptions.newBuilder().setOutputPartitionGraphs(true).build();
            try (Session session = Engine.newSession(graph);
                    TFloat32 input = TFloat32.tensorOf(Shape.of(ROWS, INPUTS),
                            DataBuffers.of(randoms(random, ROWS * INPUTS), true, false));
                    Result result = session.runner().feed(x, input).fetch(y).setOptions(partitions).runAndFetchMetadata()) {
                List<String> types = new ArrayList<>();
                for (GraphDef partition : result.getMetadata().orElseThrow().getPartitionGraphsList()) {
                    for (NodeDef node : partition.getNodeList()) {
                        types.add(node.getOp());
                    }
                }
                TFloat32 out = (TFloat32) result.get(0);
                float[] values = new float[ROWS * UNITS];
                out.asRawTensor().data().asFloats().read(values);
                return new Run(types, values);
            }
        }
    }

    private static float[] randoms(SplittableRandom random, int n) {
        float[] values = new float[n];
        for (int i = 0; i < n; i++) {
            values[i] = (float) (random.nextDouble() * 2 - 1);
        }
        return values;
    }
}
