package dev.lamina.benchmarks;

import dev.lamina.runtime.engine.Engine;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.tensorflow.Graph;
import org.tensorflow.Operand;
import org.tensorflow.Output;
import org.tensorflow.Result;
import org.tensorflow.Session;
import org.tensorflow.op.Op;
import org.tensorflow.op.Ops;
import org.tensorflow.op.linalg.MatMul;
import org.tensorflow.proto.ConfigProto;
import org.tensorflow.proto.DeviceStepStats;
import org.tensorflow.proto.NodeExecStats;
import org.tensorflow.proto.RunMetadata;
import org.tensorflow.proto.RunOptions;
import org.tensorflow.types.TBfloat16;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.family.TNumber;

/**
 * Does bfloat16 compute pay on this CPU? (The question behind Keras's {@code mixed_bfloat16} policy.)
 * Times, float32 against bfloat16, at the chapter's sizes (784 → 300 → 100 → 10, batch 32 and 256):
 *
 * <ul>
 *   <li>{@code MATMUL square}: a 1024×1024 product, the kernels' peak rates;
 *   <li>{@code MATMUL}: each matrix product of a training step alone (forward {@code x·W}, the input
 *       gradient {@code dy·Wᵀ}, the weight gradient {@code xᵀ·dy}), operands held in variables of the
 *       product's dtype, so only the kernel differs;
 *   <li>{@code DENSE}: the dense network's forward and backward pass (MatMul + BiasAdd + ELU per
 *       hidden layer, softmax cross-entropy, the gradients of every kernel, bias and of the input),
 *       float32 against Keras's mixed policy: float32 variables cast to bfloat16 where they are used,
 *       the logits cast back to float32 for the softmax and the loss.
 * </ul>
 *
 * Each figure is the median {@code Session.run} time of {@code runs} calls, the two dtypes
 * interleaved: each round times both (the starting one alternates), and the ratio is the median of
 * the rounds' ratios. Sessions use the runtime's thread settings. One traced run per graph prints the
 * kernels that ran ({@code KERNELS}); run with {@code ONEDNN_VERBOSE=1} to see oneDNN's primitive
 * and ISA (e.g. {@code brg_matmul:avx512_core_bf16}) for each product.
 *
 * <p>Kept as a mode so the decision against a mixed-precision option can be re-checked on another
 * CPU: it pays only where the bfloat16 products (with the casts) beat float32's.
 */
final class Bfloat16Cost {
    private static final int[][] LAYERS = Roofline.DENSE_LAYERS;
    private static final int CLASSES = 10;

    private Bfloat16Cost() {}

    static void run(int rounds, int[] batchSizes) {
        ConfigProto config = Engine.options().toConfigProto();
        // The kernels' peak: a large square product, where bfloat16's doubled arithmetic rate (two
        // multiply-adds per 32-bit lane in AVX-512 BF16's dot-product instruction) can show.
        int n = 1024;
        compare("MATMUL", "square " + n + "x" + n, matmul(TFloat32.class, Product.FORWARD, n, n, n, config),
                matmul(TBfloat16.class, Product.FORWARD, n, n, n, config), rounds, 20);
        for (int batch : batchSizes) {
            for (int[] layer : LAYERS) {
                for (Product product : Product.values()) {
                    Timed f32 = matmul(TFloat32.class, product, batch, layer[0], layer[1], config);
                    Timed bf16 = matmul(TBfloat16.class, product, batch, layer[0], layer[1], config);
                    if (layer == LAYERS[0] && product == Product.FORWARD) {
                        f32.printKernels("matmul float32 batch=" + batch);
                        bf16.printKernels("matmul bfloat16 batch=" + batch);
                    }
                    compare("MATMUL", product.label(layer) + " batch=" + batch, f32, bf16, rounds, 200);
                }
            }
            Timed f32 = dense(false, batch, config);
            Timed mixed = dense(true, batch, config);
            f32.printKernels("float32 batch=" + batch);
            mixed.printKernels("mixed_bfloat16 batch=" + batch);
            compare("DENSE", "forward+backward batch=" + batch, f32, mixed, rounds, 100);
        }
    }

    /** The three products of a dense layer's training step. */
    enum Product {
        FORWARD, INPUT_GRADIENT, WEIGHT_GRADIENT;

        String label(int[] layer) {
            return String.format(Locale.ROOT, "%s %dx%d", name().toLowerCase(Locale.ROOT), layer[0], layer[1]);
        }
    }

    /** One product in one dtype: x·W ([b,in]·[in,out]), dy·Wᵀ ([b,out]·[in,out]ᵀ) or xᵀ·dy ([b,in]ᵀ·[b,out]). */
    private static <T extends TNumber> Timed matmul(Class<T> type, Product product, int batch, int in, int out,
            ConfigProto config) {
        Graph graph = new Graph();
        Ops tf = Ops.create(graph);
        Operand<T> a;
        Operand<T> b;
        MatMul.Options[] options;
        switch (product) {
            case FORWARD -> {
                a = stored(tf, type, batch, in, 1);
                b = stored(tf, type, in, out, 2);
                options = new MatMul.Options[0];
            }
            case INPUT_GRADIENT -> {
                a = stored(tf, type, batch, out, 1);
                b = stored(tf, type, in, out, 2);
                options = new MatMul.Options[] {MatMul.transposeB(true)};
            }
            default -> {
                a = stored(tf, type, batch, in, 1);
                b = stored(tf, type, batch, out, 2);
                options = new MatMul.Options[] {MatMul.transposeA(true)};
            }
        }
        return new Timed(graph, new Session(graph, config), List.of(tf.linalg.matMul(a, b, options)));
    }

    /** A [rows, cols] uniform random matrix in a variable of the given dtype, read through identity. */
    private static <T extends TNumber> Operand<T> stored(Ops tf, Class<T> type, int rows, int cols, long seed) {
        Ops init = tf.withInitScope();
        Operand<TFloat32> values = init.random.statelessRandomUniform(init.constant(new int[] {rows, cols}),
                init.constant(new long[] {seed, 7}));
        return tf.identity(tf.variable(init.dtypes.cast(values, type)));
    }

    /**
     * The dense network's forward and backward pass; {@code mixed}: Keras's {@code mixed_bfloat16}
     * (float32 variables and input, each cast to bfloat16 at its use; logits cast to float32 before
     * the softmax cross-entropy, so the loss and its first gradient are float32).
     */
    private static Timed dense(boolean mixed, int batch, ConfigProto config) {
        Graph graph = new Graph();
        Ops tf = Ops.create(graph);
        List<Operand<TFloat32>> differentiated = new ArrayList<>();
        Operand<TFloat32> x = stored(tf, TFloat32.class, batch, LAYERS[0][0], 1);
        differentiated.add(x);
        Operand<?> h = mixed ? tf.dtypes.cast(x, TBfloat16.class) : x;
        for (int i = 0; i < LAYERS.length; i++) {
            Operand<TFloat32> kernel = stored(tf, TFloat32.class, LAYERS[i][0], LAYERS[i][1], 10 + i);
            Operand<TFloat32> bias = stored(tf, TFloat32.class, 1, LAYERS[i][1], 20 + i);
            differentiated.add(kernel);
            differentiated.add(bias);
            h = mixed ? layer(tf, h, tf.dtypes.cast(kernel, TBfloat16.class), tf.dtypes.cast(bias, TBfloat16.class),
                    i < LAYERS.length - 1)
                    : layer(tf, h, kernel, bias, i < LAYERS.length - 1);
        }
        @SuppressWarnings("unchecked")
        Operand<TFloat32> logits = mixed ? tf.dtypes.cast(h, TFloat32.class) : (Operand<TFloat32>) h;
        int[] classes = new int[batch];
        for (int i = 0; i < batch; i++) {
            classes[i] = i % CLASSES;
        }
        Operand<TFloat32> labels = tf.oneHot(tf.constant(classes), tf.constant(CLASSES), tf.constant(1f), tf.constant(0f));
        Operand<TFloat32> loss = tf.math.mean(tf.nn.softmaxCrossEntropyWithLogits(logits, labels).loss(), tf.constant(0));
        Output<?>[] gradients = graph.addGradients(loss.asOutput(),
                differentiated.stream().map(Operand::asOutput).toArray(Output<?>[]::new));
        return new Timed(graph, new Session(graph, config), List.of(gradients));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Operand<?> layer(Ops tf, Operand<?> input, Operand<?> kernel, Operand<?> bias, boolean elu) {
        Operand z = tf.nn.biasAdd(tf.linalg.matMul((Operand) input, (Operand) kernel), tf.reshape((Operand) bias,
                tf.constant(new int[] {-1})));
        return elu ? tf.nn.elu(z) : z;
    }

    private static void compare(String tag, String what, Timed f32, Timed bf16, int rounds, int runs) {
        try (f32; bf16) {
            f32.warm();
            bf16.warm();
            List<Double> f32Micros = new ArrayList<>();
            List<Double> bf16Micros = new ArrayList<>();
            List<Double> ratios = new ArrayList<>();
            for (int r = 0; r < rounds; r++) {
                double a;
                double b;
                if (r % 2 == 0) {
                    a = f32.medianMicros(runs);
                    b = bf16.medianMicros(runs);
                } else {
                    b = bf16.medianMicros(runs);
                    a = f32.medianMicros(runs);
                }
                f32Micros.add(a);
                bf16Micros.add(b);
                ratios.add(a / b);
            }
            System.out.printf(Locale.ROOT, "%s %s float32_us=%.1f bfloat16_us=%.1f speedup=%.2f speedup_range=%.2f-%.2f%n",
                    tag, what, Benchmark.median(f32Micros), Benchmark.median(bf16Micros), Benchmark.median(ratios),
                    Benchmark.min(ratios), ratios.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN));
        }
    }

    /** A graph, its session and the ops whose runs are timed (run as targets: nothing is fetched). */
    private record Timed(Graph graph, Session session, List<? extends Op> targets) implements AutoCloseable {
        Timed {
            session.initialize();
        }

        Session.Runner runner() {
            Session.Runner runner = session.runner();
            targets.forEach(runner::addTarget);
            return runner;
        }

        void warm() {
            for (int i = 0; i < 20; i++) {
                runner().run().close();
            }
        }

        double medianMicros(int runs) {
            List<Double> micros = new ArrayList<>(runs);
            for (int i = 0; i < runs; i++) {
                long start = System.nanoTime();
                runner().run().close();
                micros.add((System.nanoTime() - start) / 1e3);
            }
            return Benchmark.median(micros);
        }

        /** The kernels of one traced run (op types after TensorFlow's graph rewrites) and their time. */
        void printKernels(String what) {
            warm();
            RunOptions options = RunOptions.newBuilder().setTraceLevel(RunOptions.TraceLevel.FULL_TRACE).build();
            Map<String, Long> microsByKernel = new TreeMap<>();
            try (Result result = runner().setOptions(options).runAndFetchMetadata()) {
                RunMetadata metadata = result.getMetadata().orElseThrow();
                for (DeviceStepStats device : metadata.getStepStats().getDevStatsList()) {
                    for (NodeExecStats node : device.getNodeStatsList()) {
                        String label = node.getTimelineLabel();
                        int eq = label.indexOf(" = ");
                        int paren = label.indexOf('(', Math.max(eq, 0));
                        if (eq < 0 || paren < 0) {
                            continue;
                        }
                        String type = label.substring(eq + 3, paren);
                        microsByKernel.merge(type, node.getOpEndRelMicros() - node.getOpStartRelMicros(), Long::sum);
                    }
                }
            }
            Map<String, Long> sorted = new LinkedHashMap<>();
            microsByKernel.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                    .forEach(e -> sorted.put(e.getKey(), e.getValue()));
            System.out.printf(Locale.ROOT, "KERNELS %s us_by_type=%s%n", what, sorted);
        }

        @Override
        public void close() {
            session.close();
            graph.close();
        }
    }
}
