package dev.lamina.benchmarks;

import dev.lamina.runtime.data.Dataset;
import dev.lamina.runtime.engine.Engine;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.tensorflow.Graph;
import org.tensorflow.Operand;
import org.tensorflow.Result;
import org.tensorflow.Session;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.op.Op;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.op.core.Variable;
import org.tensorflow.proto.ConfigProto;
import org.tensorflow.proto.RunOptions;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;

/**
 * The model written by hand in TensorFlow Java, as someone who knows the engine would
 * write it for speed: the reference the generated trainer is compared with. Same network, same
 * initialization rule, same loss and the same per-step work as the generated trainer (the loss
 * and the number of correct predictions are fetched at every step, Batch Normalization's moving
 * statistics are updated, every update waits for all gradients), but nothing else:
 *
 * <ul>
 *   <li>Batch Normalization from {@code mean} and {@code squaredDifference} (the moments), fed
 *       the batch, as {@code ops.moments} does;
 *   <li>Adam: one fused {@code ApplyAdam} per variable, with the bias-corrected step size
 *       {@code lr·sqrt(1 − β2^t)/(1 − β1^t)} computed on the host and fed (beta powers 0), so the
 *       graph holds no step counter and no scalar arithmetic;
 *   <li>Nadam ({@link Rule#NADAM}, Keras's rule): the step's three scalars (momentum and
 *       gradient coefficients with Keras's {@code u_product}, and {@code 1/sqrt(1 − β2^t)})
 *       computed on the host in double precision and fed; per variable the fewest element-wise
 *       ops the rule allows;
 *   <li>the host loop: one Fisher–Yates permutation per epoch, the batch gathered into one reused
 *       array, one tensor per input (one copy), one {@code Session.run} per step;
 *   <li>each run on the calling thread when the engine's options say so
 *       ({@code EngineOptions.callingThread}), as the generated trainer's are.
 * </ul>
 */
final class HandWritten implements AutoCloseable {
    enum Rule { ADAM, NADAM }

    private static final int SIDE = 28;
    private static final int PIXELS = SIDE * SIDE;
    private static final double LEARNING_RATE = 1e-3;
    private static final double BETA1 = 0.9;
    private static final double BETA2 = 0.999;
    private static final double EPSILON = 1e-7;
    private static final double BN_MOMENTUM = 0.99;
    private static final double BN_EPSILON = 1e-3;

    private final Rule rule;
    private final Graph graph = new Graph();
    private final Session session;
    /** The calling thread's options when the engine runs steps there; null for TensorFlow's defaults. */
    private final RunOptions runOptions;
    private final Placeholder<TFloat32> input;
    private final Placeholder<TInt32> labels;
    /** Adam: the step size α. Nadam: the momentum coefficient. */
    private final Placeholder<TFloat32> scalar0;
    /** Nadam only: the gradient coefficient. */
    private final Placeholder<TFloat32> scalar1;
    /** Nadam only: 1/sqrt(1 − β2^t). */
    private final Placeholder<TFloat32> scalar2;
    private final Operand<TFloat32> loss;
    private final Operand<TFloat32> correct;
    private final Op step;
    private final List<Op> stateUpdates = new ArrayList<>();
    private final List<Variable<TFloat32>> trainable = new ArrayList<>();
    private final long seed;
    private long iterations;
    /** Keras's Nadam {@code u_product}, kept on the host. */
    private double uProduct = 1;

    HandWritten(Rule rule, long seed, ConfigProto config) {
        this.rule = rule;
        this.seed = seed;
        try {
            Ops tf = Ops.create(graph);
            input = tf.withName("input").placeholder(TFloat32.class, Placeholder.shape(Shape.of(-1, SIDE, SIDE)));
            labels = tf.withName("labels").placeholder(TInt32.class, Placeholder.shape(Shape.of(-1)));
            scalar0 = tf.placeholder(TFloat32.class, Placeholder.shape(Shape.scalar()));
            scalar1 = tf.placeholder(TFloat32.class, Placeholder.shape(Shape.scalar()));
            scalar2 = tf.placeholder(TFloat32.class, Placeholder.shape(Shape.scalar()));

            Operand<TFloat32> h = tf.reshape(input, tf.constant(new int[] {-1, PIXELS}));
            h = batchNorm(tf, h, PIXELS, 1);
            h = tf.nn.elu(dense(tf, h, PIXELS, 300, true, 2));
            h = batchNorm(tf, h, 300, 3);
            h = tf.nn.elu(dense(tf, h, 300, 100, true, 4));
            h = batchNorm(tf, h, 100, 5);
            Operand<TFloat32> logits = dense(tf, h, 100, 10, false, 6);

            loss = tf.math.mean(tf.nn.softmaxCrossEntropyWithLogits(logits,
                    tf.oneHot(labels, tf.constant(10), tf.constant(1f), tf.constant(0f))).loss(), tf.constant(0));
            correct = tf.sum(tf.dtypes.cast(tf.math.equal(tf.math.argMax(logits, tf.constant(1), TInt32.class), labels),
                    TFloat32.class), tf.constant(0));

            var gradients = tf.gradients(loss, trainable);
            List<Operand<?>> all = new ArrayList<>();
            for (int i = 0; i < trainable.size(); i++) {
                all.add(gradients.dy(i));
            }
            Ops after = tf.withControlDependencyOps(all.stream().map(Operand::op).toList());
            List<Op> updates = new ArrayList<>(stateUpdates);
            for (int i = 0; i < trainable.size(); i++) {
                updates.add(update(tf, after, trainable.get(i), gradients.<TFloat32>dy(i)));
            }
            step = tf.withControlDependencies(updates).withName("step").noOp();
            // Without a configuration of its own, the engine's: the pools it would size are the engine's.
            session = new Session(graph, config == null ? Engine.options().toConfigProto() : config);
            session.initialize();
            runOptions = Engine.options().callingThread() ? RunOptions.newBuilder().setInterOpThreadPool(-1).build() : null;
        } catch (RuntimeException e) {
            graph.close();
            throw e;
        }
    }

    Graph graph() {
        return graph;
    }

    /** A runner with this graph's run options (none to serialize per run when they are TensorFlow's defaults). */
    private Session.Runner runner() {
        Session.Runner runner = session.runner();
        return runOptions == null ? runner : runner.setOptions(runOptions);
    }

    Session session() {
        return session;
    }

    Op stepOp() {
        return step;
    }

    Operand<TFloat32> lossOp() {
        return loss;
    }

    Operand<TFloat32> correctOp() {
        return correct;
    }

    Placeholder<TFloat32> input() {
        return input;
    }

    Placeholder<TInt32> labels() {
        return labels;
    }

    private Op update(Ops tf, Ops after, Variable<TFloat32> w, Operand<TFloat32> g) {
        Shape shape = w.shape();
        Ops init = tf.withInitScope();
        Variable<TFloat32> m = tf.variable(init.fill(init.constant(shape.asArray()), init.constant(0f)));
        Variable<TFloat32> v = tf.variable(init.fill(init.constant(shape.asArray()), init.constant(0f)));
        if (rule == Rule.ADAM) {
            Operand<TFloat32> zero = after.constant(0f);
            return after.train.applyAdam(w, m, v, zero, zero, scalar0, after.constant((float) BETA1),
                    after.constant((float) BETA2), after.constant((float) EPSILON), g);
        }
        // m ← m + (1 − β1)(g − m); v ← v + (1 − β2)(g² − v);
        // w ← w − (a·m + b·g) / (c·sqrt(v) + ε), with a, b, c this step's scalars.
        Operand<TFloat32> newM = after.assignAdd(m, after.math.mul(after.math.sub(g, after.identity(m)),
                after.constant((float) (1 - BETA1))));
        Operand<TFloat32> newV = after.assignAdd(v, after.math.mul(after.math.sub(after.math.square(g), after.identity(v)),
                after.constant((float) (1 - BETA2))));
        Operand<TFloat32> numerator = after.math.add(after.math.mul(scalar0, newM), after.math.mul(scalar1, g));
        Operand<TFloat32> denominator = after.math.add(after.math.mul(after.math.sqrt(newV), scalar2),
                after.constant((float) EPSILON));
        return after.assignSub(w, after.math.div(numerator, denominator));
    }

    private Variable<TFloat32> variable(Ops tf, Operand<TFloat32> initialValue, boolean train) {
        Variable<TFloat32> variable = tf.variable(initialValue);
        if (train) {
            trainable.add(variable);
        }
        return variable;
    }

    /** {@code x·W + b}, W He-normal (ELU layers) or Glorot-uniform (the output), b zeros. */
    private Operand<TFloat32> dense(Ops tf, Operand<TFloat32> x, int in, int out, boolean he, int index) {
        Ops init = tf.withInitScope();
        Operand<TFloat32> kernelInit;
        if (he) {
            // Keras's HeNormal: a truncated normal with stddev sqrt(2/fan_in)/0.8796…
            kernelInit = init.math.mul(init.random.statelessTruncatedNormal(init.constant(new int[] {in, out}),
                    init.constant(new long[] {seed, index})), init.constant((float) (Math.sqrt(2.0 / in) / 0.87962566103423978)));
        } else {
            float limit = (float) Math.sqrt(6.0 / (in + out));
            kernelInit = init.math.sub(init.math.mul(init.random.statelessRandomUniform(init.constant(new int[] {in, out}),
                    init.constant(new long[] {seed, index})), init.constant(2 * limit)), init.constant(limit));
        }
        Variable<TFloat32> kernel = variable(tf, kernelInit, true);
        Variable<TFloat32> bias = variable(tf, init.fill(init.constant(new int[] {out}), init.constant(0f)), true);
        return tf.nn.biasAdd(tf.linalg.matMul(x, tf.identity(kernel)), tf.identity(bias));
    }

    /** Training-mode Batch Normalization over the batch axis, as Keras: {@code x·inv + (β − μ·inv)}. */
    private Operand<TFloat32> batchNorm(Ops tf, Operand<TFloat32> x, int features, int index) {
        Ops init = tf.withInitScope();
        Variable<TFloat32> gamma = variable(tf, init.fill(init.constant(new int[] {features}), init.constant(1f)), true);
        Variable<TFloat32> beta = variable(tf, init.fill(init.constant(new int[] {features}), init.constant(0f)), true);
        Variable<TFloat32> movingMean = variable(tf, init.fill(init.constant(new int[] {features}), init.constant(0f)), false);
        Variable<TFloat32> movingVariance = variable(tf, init.fill(init.constant(new int[] {features}), init.constant(1f)), false);
        Operand<TInt32> axis = tf.constant(0);
        Operand<TFloat32> mean = tf.math.mean(x, axis);
        Operand<TFloat32> variance = tf.math.mean(tf.math.squaredDifference(x, tf.stopGradient(mean)), axis);
        // (Keras lets the gradient flow through μ inside the variance as well; its contribution is
        // zero, Σ(x − μ) = 0, so stopping it computes the same gradient with fewer ops.)
        stateUpdates.add(tf.assign(movingMean, tf.math.add(tf.math.mul(tf.identity(movingMean), tf.constant((float) BN_MOMENTUM)),
                tf.math.mul(mean, tf.constant((float) (1 - BN_MOMENTUM))))));
        stateUpdates.add(tf.assign(movingVariance, tf.math.add(tf.math.mul(tf.identity(movingVariance),
                tf.constant((float) BN_MOMENTUM)), tf.math.mul(variance, tf.constant((float) (1 - BN_MOMENTUM))))));
        Operand<TFloat32> inv = tf.math.mul(tf.math.rsqrt(tf.math.add(variance, tf.constant((float) BN_EPSILON))),
                tf.identity(gamma));
        Operand<TFloat32> shift = tf.math.sub(tf.identity(beta), tf.math.mul(mean, inv));
        return tf.math.add(tf.math.mul(x, inv), shift);
    }

    /**
     * One epoch over {@code data} in shuffled batches of {@code batchSize} (the last one smaller);
     * returns {mean loss, accuracy}.
     */
    double[] epoch(Dataset data, int batchSize, int epochIndex) {
        int n = data.size();
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + epochIndex);
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        float[] full = new float[batchSize * PIXELS];
        int[] fullLabels = new int[batchSize];
        double lossSum = 0;
        double correctSum = 0;
        for (int from = 0; from < n; from += batchSize) {
            int count = Math.min(batchSize, n - from);
            float[] features = count == batchSize ? full : new float[count * PIXELS];
            int[] y = count == batchSize ? fullLabels : new int[count];
            for (int k = 0; k < count; k++) {
                data.copyExample(order[from + k], features, k * PIXELS);
                y[k] = data.label(order[from + k]);
            }
            double[] result = step(features, y, count);
            lossSum += result[0] * count;
            correctSum += result[1];
        }
        return new double[] {lossSum / n, correctSum / n};
    }

    /**
     * A runner for one training step (the update as target, nothing fetched) on the given batch
     * tensors, with the scalars of the next step; the scalar tensors it creates are added to
     * {@code toClose}. For profiling: a step without the host's batch assembly.
     */
    Session.Runner stepRunner(TFloat32 x, TInt32 y, List<AutoCloseable> toClose) {
        TFloat32 a = TFloat32.scalarOf(1e-3f);
        toClose.add(a);
        Session.Runner runner = runner().feed(input, x).feed(labels, y).feed(scalar0, a);
        if (rule == Rule.NADAM) {
            TFloat32 b = TFloat32.scalarOf(1e-4f);
            TFloat32 c = TFloat32.scalarOf(1f);
            toClose.add(b);
            toClose.add(c);
            runner.feed(scalar1, b).feed(scalar2, c);
        }
        return runner.addTarget(step);
    }

    /** One training step on a batch of {@code count} examples; returns {loss, correct}. */
    double[] step(float[] features, int[] y, int count) {
        iterations++;
        double t = iterations;
        float s0;
        float s1 = 0;
        float s2 = 0;
        if (rule == Rule.ADAM) {
            s0 = (float) (LEARNING_RATE * Math.sqrt(1 - Math.pow(BETA2, t)) / (1 - Math.pow(BETA1, t)));
        } else {
            double u = BETA1 * (1 - 0.5 * Math.pow(0.96, t));
            double uNext = BETA1 * (1 - 0.5 * Math.pow(0.96, t + 1));
            uProduct *= u;
            s0 = (float) (LEARNING_RATE * uNext / (1 - uProduct * uNext));
            s1 = (float) (LEARNING_RATE * (1 - u) / (1 - uProduct));
            s2 = (float) (1 / Math.sqrt(1 - Math.pow(BETA2, t)));
        }
        boolean nadam = rule == Rule.NADAM;
        try (TFloat32 x = TFloat32.tensorOf(Shape.of(count, SIDE, SIDE), DataBuffers.of(features, true, false));
                TInt32 l = TInt32.tensorOf(Shape.of(count), DataBuffers.of(y, true, false));
                TFloat32 a = TFloat32.scalarOf(s0);
                TFloat32 b = nadam ? TFloat32.scalarOf(s1) : null;
                TFloat32 c = nadam ? TFloat32.scalarOf(s2) : null) {
            Session.Runner runner = runner().feed(input, x).feed(labels, l).feed(scalar0, a);
            if (nadam) {
                runner.feed(scalar1, b).feed(scalar2, c);
            }
            try (Result result = runner.addTarget(step).fetch(loss).fetch(correct).run()) {
                return new double[] {((TFloat32) result.get(0)).getFloat(), ((TFloat32) result.get(1)).getFloat()};
            }
        }
    }

    @Override
    public void close() {
        session.close();
        graph.close();
    }
}
