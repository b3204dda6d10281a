package dev.lamina.processor.check.layer;

import dev.lamina.processor.check.Describe;
import dev.lamina.processor.check.Findings;
import dev.lamina.processor.check.Location;
import dev.lamina.processor.check.Message;
import dev.lamina.processor.check.Rule;
import dev.lamina.processor.check.RuleContext;
import dev.lamina.processor.spec.ModelSpec;
import dev.lamina.processor.spec.Source;
import dev.lamina.processor.spec.Stack;
import dev.lamina.processor.spec.layer.LayerSpec;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic.Kind;

/**
 * {@code @Frozen} freezes something: on a layer, one that training changes (a Dense kernel and
 * bias, a PReLU slope, a Batch Normalization layer's scale, offset and moving statistics); on a
 * model, its reused layers, so the model must have some. On a supertype that is not a model it
 * would freeze nothing.
 */
final class FrozenWithoutWeightsRule extends Rule {

    FrozenWithoutWeightsRule() {
        super("lamina:frozen-without-weights", Kind.ERROR,
                "@Frozen is on a layer that training changes (@Dense, @BatchNorm, @PReLU), or on a model with reused"
                        + " layers");
    }

    @Override
    public void check(ModelSpec model, RuleContext context, Findings findings) {
        for (LayerSpec layer : model.layers()) {
            if (layer.declaration().frozen().isPresent() && !Stack.isTrained(layer)) {
                findings.report(this, Location.of(layer.declaration().frozen().get()), new Message(
                        "Layer '" + layer.name() + "'" + Describe.declaredIn(layer.declaration(), model)
                                + " is @Frozen, but " + layer.source().annotationName()
                                + " has no weights that training changes. Received: @Frozen on "
                                + layer.source().annotationName() + ".",
                        "Freezing leaves a layer's weights out of the gradient computation; a layer without trainable"
                                + " weights trains the same either way, so @Frozen here is most likely meant for"
                                + " another layer.",
                        "Move @Frozen to the @Dense, @BatchNorm or @PReLU layer to freeze, or remove it."));
            }
        }
        model.frozen().ifPresent(frozen -> {
            if (model.reusedLayers().isEmpty()) {
                findings.report(this, Location.of(frozen), new Message(
                        "Model '" + model.name() + "' is @Frozen, which freezes its reused layers, and it has none."
                                + " Received: @Frozen on a model whose layers are all its own.",
                        "Reused layers are those a model inherits from an interface that is not a @Model itself,"
                                + " the layers it shares with the model it transfers from.",
                        "Declare the shared layers in an interface that " + model.name() + " extends, or put"
                                + " @Frozen on each layer method to freeze."));
            }
        });
        for (Source frozen : model.frozenSupertypes()) {
            String body = ((TypeElement) frozen.element()).getSimpleName().toString();
            findings.report(this, Location.of(frozen), new Message(
                    "Interface '" + body + "' is @Frozen, but it is not a @Model. Received: @Frozen on '" + body
                            + "'.",
                    "On a type, @Frozen freezes a model's reused layers when the model is created; on the interface"
                            + " that declares them it would freeze them in no model, also not in the model that"
                            + " trains them first.",
                    "Move @Frozen to the @Model interface that should start with " + body + "'s layers frozen."));
        }
    }
}
