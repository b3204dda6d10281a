package dev.lamina.runtime.train;

import dev.lamina.dsl.Activation;
import dev.lamina.dsl.Init;
import dev.lamina.dsl.Loss;
import dev.lamina.dsl.Metric;
import dev.lamina.runtime.layer.Dense;
import dev.lamina.runtime.layer.Layer;
import dev.lamina.runtime.layer.Mode;
import dev.lamina.runtime.optim.Adam;
import dev.lamina.runtime.optim.Optimizer;
import java.util.List;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/** What the processor generates for a 3-input regression with {@code units} linear outputs, by hand. */
final class TinyRegressionModel extends SequentialModel {
    private final Dense hidden = new Dense("hidden", 3, 8, Activation.ELU, Init.HE_NORMAL, true);
    private final Dense output;
    private final ModelConfig config;

    private TinyRegressionModel(ModelConfig config, int units, Activation activation) {
        this.config = config;
        output = new Dense("output", 8, units, activation, Init.GLOROT_UNIFORM, true);
    }

    static TinyRegressionModel create(Loss loss, int units, Metric... metrics) {
        return create(loss, units, Activation.LINEAR, metrics);
    }

    /** With another output activation: SIGMOID for a binary classifier on the same inputs. */
    static TinyRegressionModel create(Loss loss, int units, Activation activation, Metric... metrics) {
        TinyRegressionModel model = new TinyRegressionModel(
                new ModelConfig("TinyRegression", new long[] {3}, loss, List.of(metrics), 42L), units, activation);
        model.build();
        return model;
    }

    @Override
    protected ModelConfig config() {
        return config;
    }

    @Override
    protected Optimizer optimizer() {
        return new Adam(0.01, 0.9, 0.999, 1e-7, false);
    }

    @Override
    protected List<Layer> layers() {
        return List.of(hidden, output);
    }

    @Override
    protected Operand<TFloat32> body(Ops tf, Operand<TFloat32> x, Mode mode) {
        return hidden.apply(tf, x, mode);
    }

    @Override
    protected Dense head() {
        return output;
    }
}
