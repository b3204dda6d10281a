package dev.lamina.processor.check.callback;

import dev.lamina.processor.annotation.AttributeNames;
import dev.lamina.processor.check.Findings;
import dev.lamina.processor.check.Location;
import dev.lamina.processor.check.Message;
import dev.lamina.processor.check.Rule;
import dev.lamina.processor.check.RuleContext;
import dev.lamina.processor.spec.EarlyStoppingSpec;
import dev.lamina.processor.spec.ModelSpec;
import javax.tools.Diagnostic.Kind;

/**
 * {@code @EarlyStopping}'s counts are at least 0 and its {@code minDelta} is finite. A negative
 * {@code minDelta} is accepted, as in Keras, which uses its absolute value.
 */
final class EarlyStoppingRangeRule extends Rule {

    EarlyStoppingRangeRule() {
        super("lamina:early-stopping-range", Kind.ERROR,
                "@EarlyStopping patience and startFromEpoch are at least 0, and minDelta is finite");
    }

    @Override
    public void check(ModelSpec model, RuleContext context, Findings findings) {
        if (model.earlyStopping().isEmpty()) {
            return;
        }
        EarlyStoppingSpec spec = model.earlyStopping().get();
        if (spec.patience() < 0) {
            findings.report(this, Location.of(spec.source(), AttributeNames.EarlyStopping.PATIENCE), new Message(
                    "@EarlyStopping patience must be at least 0. Received: patience = " + spec.patience() + ".",
                    "Patience is the number of epochs in a row without improvement after which training stops;"
                            + " a count of epochs cannot be negative.",
                    "Use 0 to stop at the first epoch that does not improve, or 10 to 20 as the chapter does."));
        }
        if (spec.startFromEpoch() < 0) {
            Location location = Location.of(spec.source(), AttributeNames.EarlyStopping.START_FROM_EPOCH);
            findings.report(this, location, new Message(
                    "@EarlyStopping startFromEpoch must be at least 0. Received: startFromEpoch = "
                            + spec.startFromEpoch() + ".",
                    "It is the number of warm-up epochs during which nothing is watched; a count of epochs cannot"
                            + " be negative.",
                    "Use 0 (the default) to watch from the first epoch."));
        }
        if (!Double.isFinite(spec.minDelta())) {
            findings.report(this, Location.of(spec.source(), AttributeNames.EarlyStopping.MIN_DELTA), new Message(
                    "@EarlyStopping minDelta must be finite. Received: minDelta = " + spec.minDelta() + ".",
                    "An improvement must beat the best value by more than minDelta; with an infinite or undefined"
                            + " margin no epoch, or every epoch, would count as one.",
                    "Use 0 (the default), or a small margin such as 1e-4."));
        }
    }
}
