package dev.lamina.processor.check.layer;

import dev.lamina.dsl.WeightTarget;
import dev.lamina.processor.annotation.AttributeNames;
import dev.lamina.processor.check.Findings;
import dev.lamina.processor.check.Location;
import dev.lamina.processor.check.Message;
import dev.lamina.processor.check.Rule;
import dev.lamina.processor.check.RuleContext;
import dev.lamina.processor.spec.ConstraintSpec;
import dev.lamina.processor.spec.ModelSpec;
import dev.lamina.processor.spec.RegularizerSpec;
import dev.lamina.processor.spec.Source;
import dev.lamina.processor.spec.layer.DenseSpec;
import dev.lamina.processor.spec.layer.LayerSpec;
import dev.lamina.processor.spec.layer.PReLUSpec;
import java.util.EnumSet;
import java.util.Set;
import javax.tools.Diagnostic.Kind;

/**
 * A regularizer or constraint annotation names a weight its layer has: a Dense layer's kernel,
 * its bias (unless {@code useBias = false}), a PReLU layer's slope. Other layers have no weights.
 */
final class WeightTargetRule extends Rule {

    WeightTargetRule() {
        super("lamina:weight-target", Kind.ERROR,
                "A regularizer or constraint targets a weight its layer has: a @Dense kernel or bias, a @PReLU slope"
                        + " (on = ALPHA)");
    }

    @Override
    public void check(ModelSpec model, RuleContext context, Findings findings) {
        for (LayerSpec layer : model.layers()) {
            Set<WeightTarget> weights = weights(layer);
            for (RegularizerSpec regularizer : layer.declaration().regularizers()) {
                check(layer, weights, regularizer.source(), regularizer.on(), findings);
            }
            for (ConstraintSpec constraint : layer.declaration().constraints()) {
                check(layer, weights, constraint.source(), constraint.on(), findings);
            }
        }
    }

    private void check(LayerSpec layer, Set<WeightTarget> weights, Source source, WeightTarget on,
            Findings findings) {
        if (weights.contains(on)) {
            return;
        }
        String annotation = source.annotationName();
        String layerKind = layer.source().annotationName();
        String prefix = "Layer '" + layer.name() + "': ";
        Location location = Location.of(source, AttributeNames.Weight.ON);
        if (weights.isEmpty()) {
            findings.report(this, location, new Message(
                    prefix + annotation + " needs a weight, and " + layerKind + " has none. Received: " + annotation
                            + " on " + layerKind + ".",
                    "Only Dense layers (kernel, bias) and PReLU layers (their slope) have weights to regularize or"
                            + " constrain; Lamina rejects a setting rather than ignore it.",
                    "Move " + annotation + " to the @Dense or @PReLU layer it is meant for, or remove it."));
        } else if (on == WeightTarget.BIAS && layer instanceof DenseSpec) {
            findings.report(this, location, new Message(
                    prefix + annotation + "(on = BIAS) targets the bias, and the layer has none. Received: useBias ="
                            + " false.",
                    "A Dense layer declared with useBias = false has only a kernel.",
                    "Remove " + annotation + ", target the kernel, or set useBias = true."));
        } else {
            findings.report(this, location, new Message(
                    prefix + annotation + " targets " + describe(on) + ", which " + layerKind + " does not have."
                            + " Received: on = " + on
                            + (source.isExplicit(AttributeNames.Weight.ON) ? "" : " (the default)") + ".",
                    layerKind + " has " + weights.stream().map(WeightTargetRule::describe)
                            .reduce((a, b) -> a + " and " + b).orElseThrow() + ".",
                    "Write on = " + weights.stream().map(WeightTarget::name)
                            .reduce((a, b) -> a + " or on = " + b).orElseThrow() + "."));
        }
    }

    /** The weights a layer has, as {@code on} names them. */
    private static Set<WeightTarget> weights(LayerSpec layer) {
        if (layer instanceof DenseSpec dense) {
            return dense.useBias()
                    ? EnumSet.of(WeightTarget.KERNEL, WeightTarget.BIAS)
                    : EnumSet.of(WeightTarget.KERNEL);
        }
        if (layer instanceof PReLUSpec) {
            return EnumSet.of(WeightTarget.ALPHA);
        }
        return EnumSet.noneOf(WeightTarget.class);
    }

    private static String describe(WeightTarget target) {
        return switch (target) {
            case KERNEL -> "a kernel";
            case BIAS -> "a bias";
            case ALPHA -> "a slope (ALPHA)";
        };
    }
}
