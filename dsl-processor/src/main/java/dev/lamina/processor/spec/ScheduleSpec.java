package dev.lamina.processor.spec;

import dev.lamina.dsl.Granularity;
import dev.lamina.dsl.ScheduleKind;
import java.util.List;
import java.util.Optional;
import javax.lang.model.type.TypeMirror;

/**
 * How the learning rate changes, every value resolved: the model's {@code @Schedule}, or the kind
 * {@code @Optimizer(schedule = ...)} names with {@code @Schedule}'s defaults, or {@code CONSTANT}.
 * Rates left unset that stand for the optimizer's ({@code initialRate}, {@code maxRate}) hold the
 * optimizer's learning rate; the other unset values stay NaN.
 *
 * @param source the model type and its {@code @Schedule}; empty when the model has none
 * @param kind the kind of schedule
 * @param initialRate EXPONENTIAL's, POWER's and COSINE's rate at step 0, resolved
 * @param decayRate EXPONENTIAL's factor; NaN when not written
 * @param decaySteps EXPONENTIAL's, POWER's and COSINE's step count; NaN when not written
 * @param staircase EXPONENTIAL's flooring of the exponent
 * @param power POWER's exponent
 * @param boundaries PIECEWISE's boundaries, as written
 * @param values PIECEWISE's rates, as written
 * @param alpha COSINE's final fraction
 * @param warmupSteps COSINE's warm-up steps
 * @param warmupTarget COSINE's warm-up target; NaN for no warm-up
 * @param maxRate ONE_CYCLE's peak rate, resolved
 * @param startRate ONE_CYCLE's start rate; NaN for the runtime's default, {@code maxRate / 10}
 * @param lastRate ONE_CYCLE's last rate; NaN for the runtime's default, {@code startRate / 1000}
 * @param lastFraction ONE_CYCLE's fraction of steps for the final drop
 * @param monitor PLATEAU's watched quantity
 * @param factor PLATEAU's reduction factor
 * @param patience PLATEAU's patience, in epochs
 * @param minDelta PLATEAU's smallest improvement
 * @param cooldown PLATEAU's cooldown, in epochs
 * @param minRate PLATEAU's floor
 * @param per whether EXPONENTIAL, POWER, PIECEWISE and COSINE count steps or epochs
 * @param custom CUSTOM's class, as written (checked later); empty for {@code void.class}
 * @param cycleMomentum whether ONE_CYCLE also cycles the optimizer's momentum
 */
public record ScheduleSpec(Optional<Source> source, ScheduleKind kind, double initialRate, double decayRate,
        double decaySteps, boolean staircase, double power, List<Double> boundaries, List<Double> values,
        double alpha, double warmupSteps, double warmupTarget, double maxRate, double startRate, double lastRate,
        double lastFraction, String monitor, double factor, int patience, double minDelta, int cooldown,
        double minRate, Granularity per, Optional<TypeMirror> custom, boolean cycleMomentum) {

    public ScheduleSpec {
        boundaries = List.copyOf(boundaries);
        values = List.copyOf(values);
    }

    /** Whether the attribute was written in {@code @Schedule}, as opposed to defaulted. */
    public boolean isExplicit(String attribute) {
        return source.map(s -> s.isExplicit(attribute)).orElse(false);
    }
}
