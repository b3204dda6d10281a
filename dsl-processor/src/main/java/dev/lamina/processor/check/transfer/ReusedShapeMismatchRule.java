package dev.lamina.processor.check.transfer;

import dev.lamina.processor.annotation.AttributeNames;
import dev.lamina.processor.check.Findings;
import dev.lamina.processor.check.LayerShape;
import dev.lamina.processor.check.Location;
import dev.lamina.processor.check.Message;
import dev.lamina.processor.check.Rule;
import dev.lamina.processor.check.RuleContext;
import dev.lamina.processor.spec.ActivationLayerSpec;
import dev.lamina.processor.spec.AlphaDropoutSpec;
import dev.lamina.processor.spec.BatchNormSpec;
import dev.lamina.processor.spec.DenseSpec;
import dev.lamina.processor.spec.DropoutSpec;
import dev.lamina.processor.spec.FlattenSpec;
import dev.lamina.processor.spec.LayerSpec;
import dev.lamina.processor.spec.LeakyReLUSpec;
import dev.lamina.processor.spec.ModelSpec;
import dev.lamina.processor.spec.PReLUSpec;
import dev.lamina.processor.spec.RReLUSpec;
import dev.lamina.processor.spec.ShapeSpec;
import dev.lamina.processor.spec.StandardizeSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.tools.Diagnostic.Kind;

/**
 * Models that reuse the same layers (they extend the same interface of layers) give those layers
 * weights of the same shape, so that one model's save can be transferred into the other. A
 * reused layer's declaration is shared, but the shape of its weights can depend on the model's
 * input: a Dense layer after a Flatten has one kernel row per input value. Compared across the
 * models of one compilation; the second model to differ is reported.
 */
final class ReusedShapeMismatchRule extends Rule {

    ReusedShapeMismatchRule() {
        super("lamina:reused-shape-mismatch", Kind.ERROR,
                "Models that reuse the same layers give them weights of the same shape");
    }

    @Override
    public void check(ModelSpec model, RuleContext context, Findings findings) {
        // A model with a hole in its stack has shapes that mean nothing yet.
        if (!model.isStackComplete()) {
            return;
        }
        List<String> mismatches = new ArrayList<>();
        String other = null;
        String body = null;
        for (LayerShape shape : context.shapes()) {
            LayerSpec layer = shape.layer();
            Optional<String> weight = firstWeight(shape);
            if (!layer.declaration().reused() || weight.isEmpty()) {
                continue;
            }
            String key = layer.declaration().declaringType().getQualifiedName() + "#" + layer.name();
            Optional<ReusedShapes.Seen> earlier = context.reusedShapes().compare(key, model.name(), weight.get());
            if (earlier.isPresent() && !earlier.get().weight().equals(weight.get())) {
                if (other == null) {
                    other = earlier.get().model();
                    body = layer.declaration().declaringType().getSimpleName().toString();
                }
                String shapeHere = weight.get().substring(weight.get().indexOf(' ') + 1);
                mismatches.add(layer.name() + " " + earlier.get().weight() + " in " + earlier.get().model() + " but "
                        + shapeHere + " here");
            }
        }
        if (mismatches.isEmpty()) {
            return;
        }
        findings.report(this, Location.of(model.source(), AttributeNames.Model.INPUT), new Message(
                "Model '" + model.name() + "' reuses layers of " + body + " with weights of other shapes than "
                        + other + " gives them. Received: " + String.join("; ", mismatches) + ".",
                "Transfer learning copies each reused layer's weights from one model's save into the other, which"
                        + " needs the same shapes; a Dense layer's kernel has one row per value it receives, so it"
                        + " follows the model's input.",
                "Give " + model.name() + " the input " + other + " has, or reuse only the layers above those whose"
                        + " shapes differ."));
    }

    /** The layer's first weight, as the runtime names it, with its shape; empty for a layer without weights. */
    static Optional<String> firstWeight(LayerShape shape) {
        return shape.layer().accept(new LayerSpec.Visitor<Optional<String>>() {
            @Override
            public Optional<String> visitDense(DenseSpec dense) {
                return Optional.of("kernel " + ShapeSpec.of(shape.input().size(), dense.units()));
            }

            @Override
            public Optional<String> visitBatchNorm(BatchNormSpec batchNorm) {
                List<Long> dims = shape.input().dims();
                return Optional.of("moving_mean " + ShapeSpec.of(dims.get(dims.size() - 1)));
            }

            @Override
            public Optional<String> visitPReLU(PReLUSpec pReLU) {
                List<Long> dims = new ArrayList<>(shape.input().dims());
                for (int axis : pReLU.sharedAxes()) {
                    if (axis >= 1 && axis <= dims.size()) {
                        dims.set(axis - 1, 1L);
                    }
                }
                return Optional.of("alpha " + new ShapeSpec(dims));
            }

            @Override
            public Optional<String> visitStandardize(StandardizeSpec standardize) {
                return Optional.of("mean " + shape.input());
            }

            @Override
            public Optional<String> visitFlatten(FlattenSpec flatten) {
                return Optional.empty();
            }

            @Override
            public Optional<String> visitDropout(DropoutSpec dropout) {
                return Optional.empty();
            }

            @Override
            public Optional<String> visitAlphaDropout(AlphaDropoutSpec alphaDropout) {
                return Optional.empty();
            }

            @Override
            public Optional<String> visitActivationLayer(ActivationLayerSpec activation) {
                return Optional.empty();
            }

            @Override
            public Optional<String> visitLeakyReLU(LeakyReLUSpec leakyReLU) {
                return Optional.empty();
            }

            @Override
            public Optional<String> visitRReLU(RReLUSpec rReLU) {
                return Optional.empty();
            }
        });
    }
}
