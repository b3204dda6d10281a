package dev.lamina.runtime.train;

import dev.lamina.dsl.Activation;
import dev.lamina.dsl.Defaults;
import dev.lamina.runtime.data.Batch;
import dev.lamina.runtime.layer.ActivationLayer;
import dev.lamina.runtime.layer.Activations;
import dev.lamina.runtime.layer.Dense;
import dev.lamina.runtime.layer.Layer;
import dev.lamina.runtime.layer.Mode;
import dev.lamina.runtime.layer.Weight;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tensorflow.Operand;
import org.tensorflow.Result;
import org.tensorflow.Session;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * The ops behind a {@link GradientHealth} report, added to a model's graph on first use: the
 * layers applied one by one in inference mode (the same composition as the model's forward pass),
 * each output's statistics, the loss, and the norm of its gradient with respect to every
 * trainable variable.
 */
final class HealthProbe {
    private static final int STATISTICS = 4;

    /** Per layer: mean, std, saturated fraction, dead fraction (NaN where undefined). */
    final List<Operand<TFloat32>[]> statistics = new ArrayList<>();
    /** Per layer: gradient norm by variable name. */
    final List<Map<String, Operand<TFloat32>>> gradientNorms = new ArrayList<>();
    final List<Layer> layers;

    @SuppressWarnings("unchecked")
    HealthProbe(Ops tf, List<Layer> layers, Dense head, Operand<TFloat32> input, Operand<TFloat32> labels,
            LossFunction lossFunction, List<Weight> trainable) {
        this.layers = layers;
        List<Operand<TFloat32>> outputs = new ArrayList<>();
        Operand<TFloat32> x = input;
        for (Layer layer : layers.subList(0, layers.size() - 1)) {
            x = layer.apply(tf, x, Mode.INFERENCE);
            outputs.add(x);
        }
        Operand<TFloat32> logits = head.preActivation(tf, x);
        outputs.add(Activations.apply(tf, head.activation(), logits));
        Operand<TFloat32> loss = lossFunction.meanLoss(tf, logits, labels, input);
        var gradients = tf.gradients(loss, trainable.stream().map(Weight::variable).toList());
        for (int i = 0; i < layers.size(); i++) {
            Layer layer = layers.get(i);
            Operand<TFloat32> y = tf.reshape(outputs.get(i), tf.constant(new int[] {-1, unitsOf(outputs.get(i))}));
            statistics.add(new Operand[] {
                tf.math.mean(tf.reshape(y, tf.constant(new int[] {-1})), tf.constant(0)),
                std(tf, y), saturated(tf, y, activationOf(layer)), dead(tf, y, activationOf(layer))
            });
            Map<String, Operand<TFloat32>> norms = new LinkedHashMap<>();
            for (int w = 0; w < trainable.size(); w++) {
                Weight weight = trainable.get(w);
                if (weight.path().startsWith(layer.name() + "/")) {
                    Operand<TFloat32> g = gradients.<TFloat32>dy(w);
                    norms.put(weight.path().substring(layer.name().length() + 1),
                            tf.math.sqrt(tf.sum(tf.math.square(g), tf.range(tf.constant(0), tf.rank(g), tf.constant(1)))));
                }
            }
            gradientNorms.add(norms);
        }
    }

    /** Runs the probe on one batch and reads the report. */
    GradientHealth report(ModelSession model, Batch batch) {
        Session.Runner runner = model.runner();
        try (TFloat32 x = model.features(batch); TFloat32 y = model.targets(batch)) {
            runner.feed(model.ops().input(), x).feed(model.ops().labels(), y);
            for (int i = 0; i < layers.size(); i++) {
                List.of(statistics.get(i)).forEach(runner::fetch);
                gradientNorms.get(i).values().forEach(runner::fetch);
            }
            List<LayerHealth> lines = new ArrayList<>();
            try (Result result = runner.run()) {
                int k = 0;
                for (int i = 0; i < layers.size(); i++) {
                    double[] s = new double[STATISTICS];
                    for (int j = 0; j < STATISTICS; j++) {
                        s[j] = ((TFloat32) result.get(k++)).getFloat();
                    }
                    Map<String, Double> norms = new LinkedHashMap<>();
                    for (String variable : gradientNorms.get(i).keySet()) {
                        norms.put(variable, (double) ((TFloat32) result.get(k++)).getFloat());
                    }
                    Layer layer = layers.get(i);
                    lines.add(new LayerHealth(layer.name(), layer.getClass().getSimpleName(), s[0], s[1], s[2], s[3],
                            norms));
                }
            }
            return new GradientHealth(lines);
        }
    }

    private static int unitsOf(Operand<TFloat32> output) {
        long units = 1;
        for (int d = 1; d < output.shape().numDimensions(); d++) {
            units *= output.shape().size(d);
        }
        return Math.toIntExact(units);
    }

    private static Activation activationOf(Layer layer) {
        if (layer instanceof Dense dense) {
            return dense.activation();
        }
        if (layer instanceof ActivationLayer activation) {
            return activation.activation();
        }
        return null;
    }

    private static Operand<TFloat32> std(Ops tf, Operand<TFloat32> y) {
        Operand<TFloat32> flat = tf.reshape(y, tf.constant(new int[] {-1}));
        Operand<TFloat32> mean = tf.math.mean(flat, tf.constant(0));
        return tf.math.sqrt(tf.math.mean(tf.math.square(tf.math.sub(flat, mean)), tf.constant(0)));
    }

    /** The fraction of outputs where the activation's derivative is below about 0.01. */
    private static Operand<TFloat32> saturated(Ops tf, Operand<TFloat32> y, Activation activation) {
        if (activation == null) {
            return tf.constant(Float.NaN);
        }
        Operand<org.tensorflow.types.TBool> flat = switch (activation) {
            case SIGMOID -> tf.math.logicalOr(tf.math.less(y, tf.constant(0.01f)), tf.math.greater(y, tf.constant(0.99f)));
            case TANH -> tf.math.greater(tf.math.abs(y), tf.constant(0.99f));
            // ELU's floor is −α (SELU's −λα): within 1% of it the derivative is below 1%.
            case ELU -> tf.math.less(y, tf.constant((float) (-0.99 * Defaults.ELU_ALPHA)));
            case SELU -> tf.math.less(y, tf.constant((float) (-0.99 * Defaults.SELU_ALPHA * Defaults.SELU_SCALE)));
            default -> null;
        };
        return flat == null ? tf.constant(Float.NaN) : fractionTrue(tf, flat);
    }

    /** The fraction of units never positive on the batch, for ReLU outputs. */
    private static Operand<TFloat32> dead(Ops tf, Operand<TFloat32> y, Activation activation) {
        if (activation != Activation.RELU) {
            return tf.constant(Float.NaN);
        }
        Operand<TFloat32> maxPerUnit = tf.max(y, tf.constant(0));
        return fractionTrue(tf, tf.math.lessEqual(maxPerUnit, tf.constant(0f)));
    }

    private static Operand<TFloat32> fractionTrue(Ops tf, Operand<org.tensorflow.types.TBool> condition) {
        Operand<TFloat32> values = tf.reshape(tf.dtypes.cast(condition, TFloat32.class), tf.constant(new int[] {-1}));
        return tf.math.mean(values, tf.constant(0));
    }
}
