package dev.lamina.processor.check.schedule;

import dev.lamina.dsl.ScheduleKind;
import dev.lamina.processor.annotation.AttributeNames;
import dev.lamina.processor.check.Describe;
import dev.lamina.processor.check.Findings;
import dev.lamina.processor.check.Location;
import dev.lamina.processor.check.Message;
import dev.lamina.processor.check.Rule;
import dev.lamina.processor.check.RuleContext;
import dev.lamina.processor.spec.ModelSpec;
import dev.lamina.processor.spec.ScheduleSpec;
import dev.lamina.processor.spec.Source;
import java.util.List;
import javax.tools.Diagnostic.Kind;

/**
 * A PIECEWISE schedule's boundaries are finite, at least 0 and strictly increasing; its values are
 * positive, finite rates, one more than the boundaries (Keras's {@code PiecewiseConstantDecay}).
 */
final class PiecewiseScheduleRule extends Rule {

    PiecewiseScheduleRule() {
        super("lamina:piecewise-schedule", Kind.ERROR,
                "A PIECEWISE schedule's boundaries are strictly increasing steps, and its values are positive rates,"
                        + " one more than the boundaries");
    }

    @Override
    public void check(ModelSpec model, RuleContext context, Findings findings) {
        ScheduleSpec schedule = model.schedule();
        // Without @Schedule there are no values: ScheduleRequiredRule's to report.
        if (schedule.kind() != ScheduleKind.PIECEWISE || schedule.source().isEmpty()) {
            return;
        }
        Source source = schedule.source().get();
        List<Double> boundaries = schedule.boundaries();
        for (int i = 0; i < boundaries.size(); i++) {
            double boundary = boundaries.get(i);
            if (!(boundary >= 0 && !Double.isInfinite(boundary)) || i > 0 && !(boundary > boundaries.get(i - 1))) {
                findings.report(this, Location.of(source, AttributeNames.Schedule.BOUNDARIES), new Message(
                        "@Schedule(PIECEWISE) boundaries must be steps from 0 up, strictly increasing. Received:"
                                + " boundaries = " + Describe.value(source.value(AttributeNames.Schedule.BOUNDARIES))
                                + ".",
                        "The rate is values[i] while boundaries[i - 1] < step <= boundaries[i]; boundaries out of order"
                                + " would leave some values unreachable.",
                        "Sort them and remove repeats, e.g. boundaries = {5, 15}."));
                break;
            }
        }
        List<Double> values = schedule.values();
        // An empty list is ScheduleRequiredRule's.
        if (!values.isEmpty() && values.size() != boundaries.size() + 1) {
            findings.report(this, Location.of(source, AttributeNames.Schedule.VALUES), new Message(
                    "@Schedule(PIECEWISE) needs one more value than boundaries. Received: " + values.size()
                            + " values for " + boundaries.size() + " boundaries.",
                    "There is one rate before the first boundary, one between each pair, and one after the last.",
                    "Give " + (boundaries.size() + 1) + " values, e.g. boundaries = {5, 15}, values = {0.01, 0.005,"
                            + " 0.001}."));
        }
        if (values.stream().anyMatch(value -> !(value > 0 && !Double.isInfinite(value)))) {
            findings.report(this, Location.of(source, AttributeNames.Schedule.VALUES), new Message(
                    "@Schedule(PIECEWISE) values must be positive, finite rates. Received: values = "
                            + Describe.value(source.value(AttributeNames.Schedule.VALUES)) + ".",
                    "Each is the learning rate for a stretch of training: a rate of 0 or below stops training or"
                            + " turns it around.",
                    "Use positive rates, e.g. values = {0.01, 0.005, 0.001}."));
        }
    }
}
