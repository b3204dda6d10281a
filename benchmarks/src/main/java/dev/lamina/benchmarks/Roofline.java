package dev.lamina.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tensorflow.Graph;
import org.tensorflow.Operand;
import org.tensorflow.Session;
import org.tensorflow.op.Op;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * The machine's float32 matrix-multiply rate in TensorFlow (the "roofline" a dense model's
 * training can at best approach), and the model's arithmetic per training sample.
 */
final class Roofline {
    /** The model: 784 → 300 → 100 → 10. */
    static final int[][] DENSE_LAYERS = {{784, 300}, {300, 100}, {100, 10}};

    private Roofline() {}

    /**
     * FLOPs of one training sample: forward multiply-adds Σ in·out, 2 FLOPs each; backward twice
     * the forward (the gradient with respect to the weights and to the inputs; every layer's input
     * gradient is needed, since the first Batch Normalization layer is trained). Element-wise ops
     * (BN, ELU, softmax, the optimizer) are not counted: they are O(units), not O(in·out).
     */
    static double flopsPerSample() {
        double multiplyAdds = 0;
        for (int[] layer : DENSE_LAYERS) {
            multiplyAdds += (double) layer[0] * layer[1];
        }
        return 3 * 2 * multiplyAdds;
    }

    static void run() {
        double best = 0;
        int bestN = 0;
        for (int n : new int[] {512, 1024, 2048, 4096}) {
            double gflops = matmulRate(n);
            System.out.printf(Locale.ROOT, "ROOFLINE matmul n=%d gflop_per_s=%.1f%n", n, gflops);
            if (gflops > best) {
                best = gflops;
                bestN = n;
            }
        }
        double flops = flopsPerSample();
        System.out.printf(Locale.ROOT, "ROOFLINE best_gflop_per_s=%.1f at_n=%d model_flop_per_sample=%.0f"
                + " compute_bound_samples_per_s=%.0f%n", best, bestN, flops, best * 1e9 / flops);
    }

    /** GFLOP/s of an n×n by n×n float32 product (operands in variables, the product not fetched), median of runs. */
    static double matmulRate(int n) {
        try (Graph graph = new Graph()) {
            Ops tf = Ops.create(graph);
            Ops init = tf.withInitScope();
            Operand<TFloat32> a = tf.variable(init.random.statelessRandomUniform(init.constant(new int[] {n, n}),
                    init.constant(new long[] {1, 2})));
            Operand<TFloat32> b = tf.variable(init.random.statelessRandomUniform(init.constant(new int[] {n, n}),
                    init.constant(new long[] {3, 4})));
            Op product = tf.linalg.matMul(tf.identity(a), tf.identity(b));
            try (Session session = new Session(graph)) {
                session.initialize();
                double flops = 2.0 * n * n * n;
                int runs = Math.max(5, (int) Math.min(200, 4e10 / flops));
                for (int i = 0; i < 3; i++) {
                    session.runner().addTarget(product).run().close();
                }
                List<Double> rates = new ArrayList<>();
                for (int i = 0; i < runs; i++) {
                    long start = System.nanoTime();
                    session.runner().addTarget(product).run().close();
                    rates.add(flops / ((System.nanoTime() - start) / 1e9) / 1e9);
                }
                return Benchmark.median(rates);
            }
        }
    }
}
