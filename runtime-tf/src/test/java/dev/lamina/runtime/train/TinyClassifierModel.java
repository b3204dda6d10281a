package dev.lamina.runtime.train;

import dev.lamina.dsl.Activation;
import dev.lamina.dsl.Init;
import dev.lamina.dsl.Loss;
import dev.lamina.dsl.Metric;
import dev.lamina.runtime.layer.Dense;
import dev.lamina.runtime.layer.Flatten;
import dev.lamina.runtime.layer.Layer;
import dev.lamina.runtime.layer.Mode;
import dev.lamina.runtime.optim.Adam;
import dev.lamina.runtime.optim.Optimizer;
import java.util.List;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/** What the processor generates for a 2 × 2-input, 3-class model, written by hand for runtime tests. */
public final class TinyClassifierModel extends SequentialModel {
    static final ModelConfig CONFIG = new ModelConfig("TinyClassifier", new long[] {2, 2},
            Loss.SPARSE_CATEGORICAL_CROSSENTROPY, List.of(Metric.ACCURACY), 42L);

    private final Flatten flatten = new Flatten("flatten", 4);
    private final Dense hidden;
    private final Dense output;
    private final ModelConfig config;
    private boolean cyclesMomentum;

    private TinyClassifierModel(ModelConfig config, int hiddenUnits) {
        this.config = config;
        hidden = new Dense("hidden", 4, hiddenUnits, Activation.ELU, Init.HE_NORMAL, true);
        output = new Dense("output", hiddenUnits, 3, Activation.SOFTMAX, Init.GLOROT_UNIFORM, true);
    }

    public static TinyClassifierModel create() {
        return create(CONFIG);
    }

    static TinyClassifierModel create(ModelConfig config) {
        return create(config, 16);
    }

    /** The model with its optimizer's β1 a graph input, as {@code @Schedule(cycleMomentum = true)} generates it. */
    static TinyClassifierModel createCyclingMomentum() {
        TinyClassifierModel model = new TinyClassifierModel(CONFIG, 16);
        model.cyclesMomentum = true;
        model.build();
        return model;
    }

    /** A model whose hidden layer has another width: another model definition, for save checks. */
    static TinyClassifierModel create(ModelConfig config, int hiddenUnits) {
        TinyClassifierModel model = new TinyClassifierModel(config, hiddenUnits);
        model.build();
        return model;
    }

    @Override
    protected ModelConfig config() {
        return config;
    }

    @Override
    protected Optimizer optimizer() {
        Optimizer adam = new Adam(0.01, 0.9, 0.999, 1e-7, false);
        return cyclesMomentum ? adam.withMomentumCycling() : adam;
    }

    @Override
    protected List<Layer> layers() {
        return List.of(flatten, hidden, output);
    }

    @Override
    protected Operand<TFloat32> body(Ops tf, Operand<TFloat32> x, Mode mode) {
        x = flatten.apply(tf, x, mode);
        x = hidden.apply(tf, x, mode);
        return x;
    }

    @Override
    protected Dense head() {
        return output;
    }

    Dense hidden() {
        return hidden;
    }
}
