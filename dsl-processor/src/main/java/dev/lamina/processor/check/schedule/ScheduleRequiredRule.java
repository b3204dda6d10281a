package dev.lamina.processor.check.schedule;

import dev.lamina.dsl.ScheduleKind;
import dev.lamina.processor.annotation.AttributeNames;
import dev.lamina.processor.check.Findings;
import dev.lamina.processor.check.Location;
import dev.lamina.processor.check.Message;
import dev.lamina.processor.check.Rule;
import dev.lamina.processor.check.RuleContext;
import dev.lamina.processor.spec.ModelSpec;
import dev.lamina.processor.spec.ScheduleSpec;
import java.util.ArrayList;
import java.util.List;
import javax.tools.Diagnostic.Kind;

/**
 * A schedule has the parameters its kind cannot do without (Keras has no defaults for them):
 * EXPONENTIAL's decayRate and decaySteps, POWER's and COSINE's decaySteps, PIECEWISE's values,
 * CUSTOM's class; and a COSINE warm-up has a target.
 */
final class ScheduleRequiredRule extends Rule {

    ScheduleRequiredRule() {
        super("lamina:schedule-required", Kind.ERROR,
                "A schedule sets the parameters its kind requires: decayRate and decaySteps (EXPONENTIAL),"
                        + " decaySteps (POWER, COSINE), values (PIECEWISE), custom (CUSTOM), warmupTarget with"
                        + " warmupSteps (COSINE)");
    }

    @Override
    public void check(ModelSpec model, RuleContext context, Findings findings) {
        ScheduleSpec schedule = model.schedule();
        List<String> missing = new ArrayList<>();
        switch (schedule.kind()) {
            case EXPONENTIAL -> {
                addIfNaN(missing, AttributeNames.Schedule.DECAY_RATE, schedule.decayRate());
                addIfNaN(missing, AttributeNames.Schedule.DECAY_STEPS, schedule.decaySteps());
            }
            case POWER, COSINE -> addIfNaN(missing, AttributeNames.Schedule.DECAY_STEPS, schedule.decaySteps());
            case PIECEWISE -> {
                if (schedule.values().isEmpty()) {
                    missing.add(AttributeNames.Schedule.VALUES);
                }
            }
            case CUSTOM -> {
                if (schedule.custom().isEmpty()) {
                    missing.add(AttributeNames.Schedule.CUSTOM);
                }
            }
            case CONSTANT, ONE_CYCLE, PLATEAU -> { }
        }
        if (!missing.isEmpty()) {
            reportMissing(model, schedule, missing, findings);
        }
        if (schedule.kind() == ScheduleKind.COSINE && schedule.warmupSteps() > 0
                && Double.isNaN(schedule.warmupTarget())) {
            Location location = Location.of(schedule.source().orElseThrow(), AttributeNames.Schedule.WARMUP_STEPS);
            findings.report(this, location, new Message(
                    "@Schedule(COSINE) sets warmupSteps without warmupTarget. Received: warmupSteps = "
                            + schedule.warmupSteps() + ".",
                    "The warm-up climbs from initialRate to warmupTarget; without a target Keras skips it, and the"
                            + " steps would be silently ignored.",
                    "Add the rate to reach, e.g. warmupTarget = 0.01, or remove warmupSteps."));
        }
    }

    private void reportMissing(ModelSpec model, ScheduleSpec schedule, List<String> missing, Findings findings) {
        String names = String.join(" and ", missing);
        String them = missing.size() == 1 ? "it" : "them";
        String why = schedule.kind() == ScheduleKind.CUSTOM
                ? "CUSTOM runs a class of yours, and none is named."
                : "Keras has no default for " + them + " either: the schedule cannot be computed without " + them + ".";
        if (schedule.source().isPresent()) {
            findings.report(this, Location.of(schedule.source().get()), new Message(
                    "@Schedule(" + schedule.kind() + ") needs " + names + ". Received: "
                            + (missing.size() == 1 ? "no " + names : "neither") + ".",
                    why, "Write " + them + ", e.g. " + example(schedule) + "."));
        } else {
            // The kind comes from @Optimizer(schedule = ...) alone.
            Location location = Location.of(model.optimizer().source().orElseThrow(),
                    AttributeNames.Optimizer.SCHEDULE);
            findings.report(this, location, new Message(
                    "@Optimizer(schedule = " + schedule.kind() + ") needs " + names + ", which only @Schedule can"
                            + " give. Received: no @Schedule.",
                    why, "Add " + example(schedule) + " to the model."));
        }
    }

    private static String example(ScheduleSpec schedule) {
        return switch (schedule.kind()) {
            case EXPONENTIAL -> "@Schedule(value = EXPONENTIAL, initialRate = 0.01, decayRate = 0.1, decaySteps = 20,"
                    + " per = EPOCH), the chapter's 0.01 * 0.1 ** (epoch / 20)";
            case POWER -> "@Schedule(value = POWER, decaySteps = 10000)";
            case COSINE -> "@Schedule(value = COSINE, decaySteps = 10000)";
            case PIECEWISE -> "@Schedule(value = PIECEWISE, boundaries = {5, 15}, values = {0.01, 0.005, 0.001},"
                    + " per = EPOCH)";
            case CUSTOM -> "@Schedule(value = CUSTOM, custom = MySchedule.class), where MySchedule implements"
                    + " dev.lamina.runtime.schedule.LearningRateSchedule";
            case CONSTANT, ONE_CYCLE, PLATEAU -> "@Schedule(" + schedule.kind() + ")";
        };
    }

    private static void addIfNaN(List<String> missing, String name, double value) {
        if (Double.isNaN(value)) {
            missing.add(name);
        }
    }
}
