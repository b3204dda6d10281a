package dev.lamina.runtime.train;

import dev.lamina.runtime.layer.Dense;
import dev.lamina.runtime.layer.Layer;
import dev.lamina.runtime.layer.Mode;
import dev.lamina.runtime.optim.Optimizer;
import java.util.List;
import java.util.function.Supplier;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/** A model over any list of layers (the last a Dense), for runtime tests of layer combinations. */
public final class StackModel extends SequentialModel {
    private final ModelConfig config;
    private final Supplier<Optimizer> optimizer;
    private final List<Layer> layers;

    private StackModel(ModelConfig config, Supplier<Optimizer> optimizer, List<Layer> layers) {
        this.config = config;
        this.optimizer = optimizer;
        this.layers = List.copyOf(layers);
    }

    public static StackModel create(ModelConfig config, Supplier<Optimizer> optimizer, Layer... layers) {
        StackModel model = new StackModel(config, optimizer, List.of(layers));
        model.build();
        return model;
    }

    @Override
    protected ModelConfig config() {
        return config;
    }

    @Override
    protected Optimizer optimizer() {
        return optimizer.get();
    }

    @Override
    protected List<Layer> layers() {
        return layers;
    }

    @Override
    protected Operand<TFloat32> body(Ops tf, Operand<TFloat32> x, Mode mode) {
        for (Layer layer : layers.subList(0, layers.size() - 1)) {
            x = layer.apply(tf, x, mode);
        }
        return x;
    }

    @Override
    protected Dense head() {
        return (Dense) layers.get(layers.size() - 1);
    }
}
