package dev.lamina.benchmarks;

import dev.lamina.dsl.Init;
import dev.lamina.runtime.engine.Engine;
import dev.lamina.runtime.init.Initializer;
import dev.lamina.runtime.layer.BuildContext;
import dev.lamina.runtime.layer.Weight;
import dev.lamina.runtime.optim.Adam;
import dev.lamina.runtime.optim.Nadam;
import dev.lamina.runtime.optim.Optimizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tensorflow.Graph;
import org.tensorflow.Operand;
import org.tensorflow.Session;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Op;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.op.core.Variable;
import org.tensorflow.types.TFloat32;

/**
 * The optimizer's update alone, without the forward and backward passes: the model's 12 trainable
 * variables (268,978 floats) with fixed "gradients" held in variables, updated by
 *
 * <ul>
 *   <li>{@code runtime-adam}, {@code runtime-nadam}: the runtime's own {@link Adam} and {@link Nadam}
 *       ({@link Optimizer#applyGradients}), exactly as a generated model builds them;
 *   <li>{@code flat-nadam}: Keras's Nadam rule composed from the same element-wise ops, but on one
 *       flat variable holding all 268,978 parameters (one set of ops instead of one per variable):
 *       what keeping the parameters (and slots) in one buffer would cost;
 *   <li>{@code flat-adam}: one {@code ApplyAdam} over the same flat variable.
 * </ul>
 *
 * Separates what an update costs per element (memory traffic) from what it costs per op
 * (dispatch): the per-variable versions and the flat ones do the same arithmetic.
 */
final class OptimizerCost {
    /** The model's trainable variables: BN γ, β; Dense kernels and biases. */
    static final long[][] SHAPES = {
            {784}, {784}, {784, 300}, {300}, {300}, {300}, {300, 100}, {100}, {100}, {100}, {100, 10}, {10}};

    private OptimizerCost() {}

    static void run() throws Exception {
        Map<String, Runnable> steps = new LinkedHashMap<>();
        List<AutoCloseable> resources = new ArrayList<>();
        try {
            steps.put("runtime-adam", runtime(new Adam(1e-3, 0.9, 0.999, 1e-7, false), resources));
            steps.put("runtime-nadam", runtime(new Nadam(1e-3, 0.9, 0.999, 1e-7), resources));
            steps.put("flat-adam", flat(false, resources));
            steps.put("flat-nadam", flat(true, resources));
            Map<String, List<Double>> perStep = new LinkedHashMap<>();
            steps.keySet().forEach(name -> perStep.put(name, new ArrayList<>()));
            for (int round = -2; round < 20; round++) {
                for (var entry : steps.entrySet()) {
                    long start = System.nanoTime();
                    for (int i = 0; i < 100; i++) {
                        entry.getValue().run();
                    }
                    if (round >= 0) {
                        perStep.get(entry.getKey()).add((System.nanoTime() - start) / 1e3 / 100);
                    }
                }
            }
            perStep.forEach((name, values) -> System.out.printf(Locale.ROOT,
                    "OPTIMIZER %-13s update_only_us=%.1f params=%d%n", name, Benchmark.median(values), parameters()));
        } finally {
            for (int i = resources.size() - 1; i >= 0; i--) {
                resources.get(i).close();
            }
        }
    }

    static long parameters() {
        long n = 0;
        for (long[] shape : SHAPES) {
            n += Shape.of(shape).size();
        }
        return n;
    }

    /** The runtime optimizer over the model's variables; returns one update step. */
    private static Runnable runtime(Optimizer optimizer, List<AutoCloseable> resources) {
        Graph graph = new Graph();
        resources.add(graph);
        Ops tf = Ops.create(graph);
        BuildContext context = new BuildContext(tf, 42);
        List<Weight> weights = new ArrayList<>();
        List<Operand<TFloat32>> gradients = new ArrayList<>();
        for (int i = 0; i < SHAPES.length; i++) {
            Shape shape = Shape.of(SHAPES[i]);
            weights.add(context.create("layer" + i, "w", shape, Initializer.of(Init.GLOROT_UNIFORM)));
            Weight g = context.createState("layer" + i, "g", shape, Initializer.of(Init.GLOROT_UNIFORM));
            gradients.add(tf.identity(g.variable()));
        }
        Placeholder<TFloat32> rate = tf.placeholder(TFloat32.class, Placeholder.shape(Shape.scalar()));
        Op update = optimizer.applyGradients(context, weights, gradients, rate, context.iterations());
        Session session = new Session(graph, Engine.options().toConfigProto());
        resources.add(session);
        session.initialize();
        TFloat32 lr = TFloat32.scalarOf(1e-3f);
        resources.add(lr);
        return () -> session.runner().feed(rate, lr).addTarget(update).run().close();
    }

    /** One flat variable for all parameters; Adam as one ApplyAdam, or Nadam composed as the runtime composes it. */
    private static Runnable flat(boolean nadam, List<AutoCloseable> resources) {
        Graph graph = new Graph();
        resources.add(graph);
        Ops tf = Ops.create(graph);
        Ops init = tf.withInitScope();
        int n = Math.toIntExact(parameters());
        Operand<TFloat32> random = init.random.statelessRandomUniform(init.constant(new int[] {n}), init.constant(new long[] {1, 2}));
        Variable<TFloat32> w = tf.variable(random);
        Variable<TFloat32> g = tf.variable(init.math.mul(random, init.constant(0.01f)));
        Variable<TFloat32> m = tf.variable(init.fill(init.constant(new int[] {n}), init.constant(0f)));
        Variable<TFloat32> v = tf.variable(init.fill(init.constant(new int[] {n}), init.constant(0f)));
        Placeholder<TFloat32> a = tf.placeholder(TFloat32.class, Placeholder.shape(Shape.scalar()));
        Placeholder<TFloat32> b = tf.placeholder(TFloat32.class, Placeholder.shape(Shape.scalar()));
        Placeholder<TFloat32> c = tf.placeholder(TFloat32.class, Placeholder.shape(Shape.scalar()));
        Operand<TFloat32> gradient = tf.identity(g);
        Op update;
        if (nadam) {
            Operand<TFloat32> newM = tf.identity(tf.assignAdd(m, tf.math.mul(tf.math.sub(gradient, tf.identity(m)), tf.constant(0.1f))));
            Operand<TFloat32> newV = tf.identity(tf.assignAdd(v,
                    tf.math.mul(tf.math.sub(tf.math.square(gradient), tf.identity(v)), tf.constant(0.001f))));
            Operand<TFloat32> numerator = tf.math.add(tf.math.mul(a, newM), tf.math.mul(b, gradient));
            Operand<TFloat32> denominator = tf.math.add(tf.math.mul(tf.math.sqrt(newV), c), tf.constant(1e-7f));
            update = tf.assignSub(w, tf.math.div(numerator, denominator));
        } else {
            Operand<TFloat32> zero = tf.constant(0f);
            update = tf.train.applyAdam(w, m, v, zero, zero, a, tf.constant(0.9f), tf.constant(0.999f), tf.constant(1e-7f),
                    gradient);
        }
        Session session = new Session(graph, Engine.options().toConfigProto());
        resources.add(session);
        session.initialize();
        TFloat32 ta = TFloat32.scalarOf(1e-3f);
        TFloat32 tb = TFloat32.scalarOf(1e-4f);
        TFloat32 tc = TFloat32.scalarOf(1f);
        resources.add(ta);
        resources.add(tb);
        resources.add(tc);
        return nadam
                ? () -> session.runner().feed(a, ta).feed(b, tb).feed(c, tc).addTarget(update).run().close()
                : () -> session.runner().feed(a, ta).addTarget(update).run().close();
    }
}
