package dev.lamina.processor.check;

import dev.lamina.processor.spec.ModelSpec;
import dev.lamina.processor.spec.ShapeSpec;
import dev.lamina.processor.spec.layer.ActivationLayerSpec;
import dev.lamina.processor.spec.layer.AlphaDropoutSpec;
import dev.lamina.processor.spec.layer.BatchNormSpec;
import dev.lamina.processor.spec.layer.DenseSpec;
import dev.lamina.processor.spec.layer.DropoutSpec;
import dev.lamina.processor.spec.layer.FlattenSpec;
import dev.lamina.processor.spec.layer.LayerSpec;
import dev.lamina.processor.spec.layer.LeakyReLUSpec;
import dev.lamina.processor.spec.layer.PReLUSpec;
import dev.lamina.processor.spec.layer.RReLUSpec;
import dev.lamina.processor.spec.layer.StandardizeSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * Threads the model's input shape through its layers, as Keras's {@code compute_output_shape}.
 * Inference itself never fails: a layer that cannot take its input still yields the shape it
 * would produce once fixed, so one mistake is reported once (by the rule that owns it, such as
 * {@code lamina:dense-needs-flatten}) and not again by every layer after it.
 */
public final class ShapeInference {
    private ShapeInference() {}

    /** Each layer's input and output shape, in layer order. */
    public static List<LayerShape> infer(ModelSpec model) {
        List<LayerShape> shapes = new ArrayList<>();
        ShapeSpec input = model.input();
        for (LayerSpec layer : model.layers()) {
            ShapeSpec output = outputShape(layer, input);
            shapes.add(new LayerShape(layer, input, output));
            input = output;
        }
        return shapes;
    }

    private static ShapeSpec outputShape(LayerSpec layer, ShapeSpec input) {
        return layer.accept(new LayerSpec.Visitor<>() {
            @Override
            public ShapeSpec visitDense(DenseSpec dense) {
                // A vector of `units`, also when the input is not a vector yet (the rule reports that).
                return ShapeSpec.of(dense.units());
            }

            @Override
            public ShapeSpec visitFlatten(FlattenSpec flatten) {
                return input.flattened();
            }

            // Normalization, dropout and activations work value by value: the shape stays.

            @Override
            public ShapeSpec visitBatchNorm(BatchNormSpec batchNorm) {
                return input;
            }

            @Override
            public ShapeSpec visitDropout(DropoutSpec dropout) {
                return input;
            }

            @Override
            public ShapeSpec visitAlphaDropout(AlphaDropoutSpec alphaDropout) {
                return input;
            }

            @Override
            public ShapeSpec visitActivationLayer(ActivationLayerSpec activation) {
                return input;
            }

            @Override
            public ShapeSpec visitLeakyReLU(LeakyReLUSpec leakyReLU) {
                return input;
            }

            @Override
            public ShapeSpec visitPReLU(PReLUSpec pReLU) {
                return input;
            }

            @Override
            public ShapeSpec visitRReLU(RReLUSpec rReLU) {
                return input;
            }

            @Override
            public ShapeSpec visitStandardize(StandardizeSpec standardize) {
                return input;
            }
        });
    }
}
