package dev.lamina.processor.check.transfer;

import dev.lamina.processor.check.LayerShape;
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
import java.util.Optional;

/**
 * A layer's first weight, as the runtime names it, and its shape: {@code kernel (784, 300)}. A
 * value: two models give a reused layer the same weights exactly when their weight shapes are equal.
 * The first weight is enough: the shapes of a layer's other weights follow from it (a Dense bias
 * has the kernel's columns, a BatchNorm's scale and offset the moving mean's shape).
 *
 * @param name the weight's name in the layer: {@code kernel}, {@code moving_mean}, {@code alpha}, {@code mean}
 * @param shape its shape
 */
record WeightShape(String name, ShapeSpec shape) {

    /** The first weight of the layer {@code shape} describes; empty for a layer without weights. */
    static Optional<WeightShape> of(LayerShape shape) {
        return shape.layer().accept(new LayerSpec.Visitor<Optional<WeightShape>>() {
            @Override
            public Optional<WeightShape> visitDense(DenseSpec dense) {
                // One row per input value, one column per unit.
                return Optional.of(new WeightShape("kernel", ShapeSpec.of(shape.input().size(), dense.units())));
            }

            @Override
            public Optional<WeightShape> visitBatchNorm(BatchNormSpec batchNorm) {
                // One statistic per feature: the input's last axis.
                List<Long> dims = shape.input().dims();
                return Optional.of(new WeightShape("moving_mean", ShapeSpec.of(dims.get(dims.size() - 1))));
            }

            @Override
            public Optional<WeightShape> visitPReLU(PReLUSpec pReLU) {
                // One slope per input value, shared (size 1) along the shared axes, Keras-numbered from 1.
                List<Long> dims = new ArrayList<>(shape.input().dims());
                for (int axis : pReLU.sharedAxes()) {
                    if (axis >= 1 && axis <= dims.size()) {
                        dims.set(axis - 1, 1L);
                    }
                }
                return Optional.of(new WeightShape("alpha", new ShapeSpec(dims)));
            }

            @Override
            public Optional<WeightShape> visitStandardize(StandardizeSpec standardize) {
                return Optional.of(new WeightShape("mean", shape.input()));
            }

            @Override
            public Optional<WeightShape> visitFlatten(FlattenSpec flatten) {
                return Optional.empty();
            }

            @Override
            public Optional<WeightShape> visitDropout(DropoutSpec dropout) {
                return Optional.empty();
            }

            @Override
            public Optional<WeightShape> visitAlphaDropout(AlphaDropoutSpec alphaDropout) {
                return Optional.empty();
            }

            @Override
            public Optional<WeightShape> visitActivationLayer(ActivationLayerSpec activation) {
                return Optional.empty();
            }

            @Override
            public Optional<WeightShape> visitLeakyReLU(LeakyReLUSpec leakyReLU) {
                return Optional.empty();
            }

            @Override
            public Optional<WeightShape> visitRReLU(RReLUSpec rReLU) {
                return Optional.empty();
            }
        });
    }

    /** As the message shows it: {@code kernel (784, 300)}. */
    @Override
    public String toString() {
        return name + " " + shape;
    }
}
