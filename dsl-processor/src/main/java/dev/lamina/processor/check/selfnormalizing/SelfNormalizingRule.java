package dev.lamina.processor.check.selfnormalizing;

import dev.lamina.processor.check.Findings;
import dev.lamina.processor.check.Location;
import dev.lamina.processor.check.Message;
import dev.lamina.processor.check.Requirement;
import dev.lamina.processor.check.Rule;
import dev.lamina.processor.check.RuleContext;
import dev.lamina.processor.spec.ModelSpec;
import javax.tools.Diagnostic.Kind;

/**
 * A rule of self-normalizing networks. It runs only on a model {@link SelfNormalizing} applies
 * to, and what it finds is a warning in a model with SELU hidden layers and an error under
 * {@code preset = SELF_NORMALIZING}, as its summary says.
 */
abstract class SelfNormalizingRule extends Rule {

    /** @param requirement what the rule requires, which the summary follows with when it is an error */
    SelfNormalizingRule(String id, String requirement) {
        super(id, Kind.WARNING, requirement + "; an error under preset = SELF_NORMALIZING");
        // Which layers are hidden, and so self-normalizing, is known only once the output layer is.
        require(Requirement.OUTPUT_LAYER);
    }

    @Override
    public final void check(ModelSpec model, RuleContext context, Findings findings) {
        if (SelfNormalizing.applies(model)) {
            checkSelfNormalizing(model, findings);
        }
    }

    /** Reports what breaks self-normalization in {@code model}, a model the rules apply to. */
    abstract void checkSelfNormalizing(ModelSpec model, Findings findings);

    /** Reports with the severity {@code model} gives the self-normalizing rules. */
    void report(ModelSpec model, Findings findings, Location location, Message message) {
        findings.report(this, SelfNormalizing.severity(model), location, message);
    }
}
