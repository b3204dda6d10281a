package dev.lamina.processor.check.layer;

import dev.lamina.dsl.Defaults;
import dev.lamina.processor.annotation.AttributeNames;
import dev.lamina.processor.check.Findings;
import dev.lamina.processor.check.Location;
import dev.lamina.processor.check.Message;
import dev.lamina.processor.check.Rule;
import dev.lamina.processor.check.RuleContext;
import dev.lamina.processor.spec.ModelSpec;
import dev.lamina.processor.spec.layer.LayerSpec;
import dev.lamina.processor.spec.layer.LeakyReLUSpec;
import javax.tools.Diagnostic.Kind;

/** {@code @LeakyReLU}'s slope is finite and at least 0, as Keras requires of {@code negative_slope}. */
final class LeakyReLUSlopeRule extends Rule {

    LeakyReLUSlopeRule() {
        super("lamina:leaky-relu-slope", Kind.ERROR, "@LeakyReLU slope is finite and at least 0");
    }

    @Override
    public void check(ModelSpec model, RuleContext context, Findings findings) {
        for (LayerSpec layer : model.layers()) {
            if (layer instanceof LeakyReLUSpec leaky && !(leaky.slope() >= 0 && !Double.isInfinite(leaky.slope()))) {
                findings.report(this, Location.of(leaky.source(), AttributeNames.LeakyReLU.SLOPE), new Message(
                        "Layer '" + leaky.name() + "': @LeakyReLU slope must be finite and at least 0. Received:"
                                + " slope = " + leaky.slope() + ".",
                        "It is the slope for negative inputs; a negative slope flips their sign, which Keras rejects"
                                + " too.",
                        "Use a small slope such as slope = 0.2 (the chapter's) or " + Defaults.LEAKY_RELU_SLOPE
                                + " (the default)."));
            }
        }
    }
}
