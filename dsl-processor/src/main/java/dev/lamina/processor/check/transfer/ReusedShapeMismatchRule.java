package dev.lamina.processor.check.transfer;

import dev.lamina.processor.annotation.AttributeNames;
import dev.lamina.processor.check.Describe;
import dev.lamina.processor.check.Findings;
import dev.lamina.processor.check.Location;
import dev.lamina.processor.check.Message;
import dev.lamina.processor.check.Requirement;
import dev.lamina.processor.check.Rule;
import dev.lamina.processor.check.RuleContext;
import dev.lamina.processor.spec.ModelSpec;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.tools.Diagnostic.Kind;

/**
 * Models that reuse the same layers (they extend the same interface of layers) give those layers
 * weights of the same shape, so that one model's save can be transferred into the other. A
 * reused layer's declaration is shared, but the shape of its weights can depend on the model's
 * input: a Dense layer after a Flatten has one kernel row per input value. Compared across the
 * models of one compilation (see {@link ReusedShapes}): when two models differ, each is reported,
 * naming the other, whichever was checked first.
 */
final class ReusedShapeMismatchRule extends Rule {

    ReusedShapeMismatchRule() {
        super("lamina:reused-shape-mismatch", Kind.ERROR,
                "Models that reuse the same layers give them weights of the same shape");
        require(Requirement.SHAPES);
    }

    @Override
    public void check(ModelSpec model, RuleContext context, Findings findings) {
        List<ReusedShapes.Mismatch> mismatches = context.reusedShapes().mismatches(model, context.shapes());
        if (mismatches.isEmpty()) {
            return;
        }
        Set<String> others = new LinkedHashSet<>();
        List<String> received = new ArrayList<>();
        for (ReusedShapes.Mismatch mismatch : mismatches) {
            List<String> shapes = new ArrayList<>();
            mismatch.elsewhere().forEach((weight, models) -> {
                others.addAll(models);
                shapes.add(weight + " in " + Describe.together(models));
            });
            received.add(mismatch.layer().name() + " " + String.join(", ", shapes) + " but "
                    + mismatch.here().shape() + " here");
        }
        List<String> otherModels = List.copyOf(others);
        String body = mismatches.get(0).layer().declaration().declaringType().getSimpleName().toString();
        findings.report(this, Location.of(model.source(), AttributeNames.Model.INPUT), new Message(
                "Model '" + model.name() + "' reuses layers of " + body + " with weights of other shapes than "
                        + Describe.together(otherModels) + (otherModels.size() == 1 ? " gives" : " give")
                        + " them. Received: " + String.join("; ", received) + ".",
                "Transfer learning copies each reused layer's weights from one model's save into the other, which"
                        + " needs the same shapes; a Dense layer's kernel has one row per value it receives, so it"
                        + " follows the model's input.",
                "Give " + model.name() + " the input " + Describe.alternatives(otherModels) + " has, or reuse only"
                        + " the layers above those whose shapes differ."));
    }
}
