package dev.lamina.processor.check.schedule;

import dev.lamina.processor.annotation.AttributeNames;
import dev.lamina.processor.check.Findings;
import dev.lamina.processor.check.Location;
import dev.lamina.processor.check.Message;
import dev.lamina.processor.check.Rule;
import dev.lamina.processor.check.RuleContext;
import dev.lamina.processor.spec.ModelSpec;
import dev.lamina.processor.spec.OptimizerSpec;
import dev.lamina.processor.spec.ScheduleSpec;
import javax.tools.Diagnostic.Kind;

/**
 * A learning rate written in {@code @Optimizer} is used: not with a PIECEWISE schedule (whose
 * values are the rates), nor overridden by a different {@code initialRate} or {@code maxRate}
 * written in {@code @Schedule}.
 */
final class ScheduleLearningRateRule extends Rule {

    ScheduleLearningRateRule() {
        super("lamina:schedule-learning-rate", Kind.ERROR,
                "@Optimizer's learningRate, when written, is the rate the schedule starts from: not used with"
                        + " PIECEWISE, not contradicted by @Schedule's initialRate or maxRate");
    }

    @Override
    public void check(ModelSpec model, RuleContext context, Findings findings) {
        OptimizerSpec optimizer = model.optimizer();
        ScheduleSpec schedule = model.schedule();
        if (!optimizer.isExplicit(AttributeNames.Optimizer.LEARNING_RATE)
                || Double.isNaN(learningRateWritten(optimizer))) {
            return;
        }
        String rate = "learningRate = " + optimizer.learningRate();
        Location location = Location.of(optimizer.source().orElseThrow(), AttributeNames.Optimizer.LEARNING_RATE);
        switch (schedule.kind()) {
            case PIECEWISE -> findings.report(this, location, new Message(
                    "@Optimizer sets a learning rate that the PIECEWISE schedule never uses. Received: " + rate + ".",
                    "A piecewise-constant schedule takes every rate from its values.",
                    "Remove learningRate, and put the rate you meant in @Schedule's values."));
            case EXPONENTIAL, POWER, COSINE -> contradicted(schedule, AttributeNames.Schedule.INITIAL_RATE,
                    schedule.initialRate(), optimizer, location, findings);
            case ONE_CYCLE -> contradicted(schedule, AttributeNames.Schedule.MAX_RATE, schedule.maxRate(), optimizer,
                    location, findings);
            case CONSTANT, PLATEAU, CUSTOM -> { }
        }
    }

    private void contradicted(ScheduleSpec schedule, String attribute, double scheduled, OptimizerSpec optimizer,
            Location location, Findings findings) {
        if (schedule.isExplicit(attribute) && scheduled != optimizer.learningRate()) {
            findings.report(this, location, new Message(
                    "@Optimizer sets learningRate = " + optimizer.learningRate() + " and @Schedule sets " + attribute
                            + " = " + scheduled + ". Received: two different starting rates.",
                    "The schedule decides the rate at every step, so the optimizer's would be silently ignored.",
                    "Remove learningRate (" + attribute + " says it), or remove " + attribute
                            + " (it defaults to the optimizer's learning rate)."));
        }
    }

    /** NaN when {@code learningRate = Defaults.UNSET} is written out, which means the default, not a rate. */
    private static double learningRateWritten(OptimizerSpec optimizer) {
        Object written = optimizer.source().orElseThrow().value(AttributeNames.Optimizer.LEARNING_RATE).getValue();
        return written instanceof Double value ? value : Double.NaN;
    }
}
