package dev.lamina.processor.check.layer;

import dev.lamina.processor.annotation.AttributeNames;
import dev.lamina.processor.check.Findings;
import dev.lamina.processor.check.Location;
import dev.lamina.processor.check.Message;
import dev.lamina.processor.check.Rule;
import dev.lamina.processor.check.RuleContext;
import dev.lamina.processor.spec.ModelSpec;
import dev.lamina.processor.spec.layer.LayerSpec;
import dev.lamina.processor.spec.layer.RReLUSpec;
import javax.tools.Diagnostic.Kind;

/** {@code @RReLU}'s slopes are in [0, 1], lower at most upper. */
final class RReLURangeRule extends Rule {

    RReLURangeRule() {
        super("lamina:rrelu-range", Kind.ERROR, "@RReLU lower and upper are in [0, 1], and lower is at most upper");
    }

    @Override
    public void check(ModelSpec model, RuleContext context, Findings findings) {
        for (LayerSpec layer : model.layers()) {
            if (layer instanceof RReLUSpec rrelu) {
                check(rrelu, findings);
            }
        }
    }

    private void check(RReLUSpec rrelu, Findings findings) {
        boolean lowerOk = isFraction(rrelu.lower());
        boolean upperOk = isFraction(rrelu.upper());
        String why = "lower and upper bound the slope drawn for negative inputs while training; a slope outside"
                + " [0, 1] would flip their sign or amplify them, which is no longer a leaky ReLU.";
        String fix = "Use the defaults, lower = 1.0 / 8 and upper = 1.0 / 3, or slopes between them.";
        if (!lowerOk) {
            findings.report(this, Location.of(rrelu.source(), AttributeNames.RReLU.LOWER), new Message(
                    "Layer '" + rrelu.name() + "': @RReLU lower must be in [0, 1]. Received: lower = " + rrelu.lower()
                            + ".", why, fix));
        }
        if (!upperOk) {
            findings.report(this, Location.of(rrelu.source(), AttributeNames.RReLU.UPPER), new Message(
                    "Layer '" + rrelu.name() + "': @RReLU upper must be in [0, 1]. Received: upper = " + rrelu.upper()
                            + ".", why, fix));
        }
        if (lowerOk && upperOk && rrelu.lower() > rrelu.upper()) {
            String attribute = rrelu.source().isExplicit(AttributeNames.RReLU.UPPER)
                    ? AttributeNames.RReLU.UPPER
                    : AttributeNames.RReLU.LOWER;
            findings.report(this, Location.of(rrelu.source(), attribute), new Message(
                    "Layer '" + rrelu.name() + "': @RReLU lower must be at most upper. Received: lower = "
                            + rrelu.lower() + ", upper = " + rrelu.upper() + ".",
                    "The training slope is drawn uniformly from [lower, upper], which is empty when lower is above"
                            + " upper.",
                    "Swap the two values, or set lower = upper for a fixed slope."));
        }
    }

    private static boolean isFraction(double value) {
        return value >= 0 && value <= 1;
    }
}
