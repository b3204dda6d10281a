package dev.lamina.processor.check.schedule;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.lamina.processor.Compile.assertClean;
import static dev.lamina.processor.Compile.assertOnlyError;
import static dev.lamina.processor.Compile.bad;
import static dev.lamina.processor.Compile.compile;
import static dev.lamina.processor.Compile.good;
import static dev.lamina.processor.Compile.messages;

import com.google.testing.compile.Compilation;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The rules about learning-rate schedules: lamina:schedule-conflict, lamina:schedule-attribute,
 * lamina:schedule-required, lamina:schedule-range, lamina:piecewise-schedule,
 * lamina:one-cycle-rates, lamina:cycle-momentum, lamina:schedule-learning-rate, lamina:plateau-monitor and
 * lamina:custom-schedule.
 */
class ScheduleRulesTest {

    @Test
    void optimizerAndScheduleNamingDifferentKindsIsAnError() {
        assertOnlyError(bad("ScheduleConflict"), "lamina:schedule-conflict",
                "@Optimizer(schedule = ONE_CYCLE) and @Schedule(PLATEAU) disagree.", "schedule = ONE_CYCLE");
    }

    @Test
    void anAttributeTheKindDoesNotUseIsAnError() {
        assertOnlyError(bad("PlateauWithDecaySteps"), "lamina:schedule-attribute",
                "@Schedule(PLATEAU) does not use decaySteps. Received: decaySteps = 10.0. decaySteps is the number of"
                        + " steps the decay is measured in, which PLATEAU does not have; Lamina rejects a setting"
                        + " rather than ignore it. Remove decaySteps, or choose value = EXPONENTIAL, POWER or COSINE.",
                "decaySteps = 10");
    }

    @Test
    void aCustomClassWithAnotherKindIsAnError() {
        assertOnlyError(bad("CustomClassWithExponential"), "lamina:schedule-attribute",
                "@Schedule(EXPONENTIAL) does not use custom. Received: custom = String.class.",
                "custom = String.class");
    }

    @Test
    void exponentialDecayWithoutItsParametersIsAnError() {
        assertOnlyError(bad("ExponentialWithoutParameters"), "lamina:schedule-required",
                "@Schedule(EXPONENTIAL) needs decayRate and decaySteps. Received: neither. Keras has no default for"
                        + " them either: the schedule cannot be computed without them.",
                "@Schedule(EXPONENTIAL)");
    }

    @Test
    void aScheduleNamedOnlyByTheOptimizerThatNeedsParametersIsAnErrorOnTheOptimizer() {
        assertOnlyError(bad("CosineFromOptimizer"), "lamina:schedule-required",
                "@Optimizer(schedule = COSINE) needs decaySteps, which only @Schedule can give. Received: no"
                        + " @Schedule.",
                "schedule = COSINE");
    }

    @Test
    void aCustomScheduleWithoutItsClassIsAnError() {
        assertOnlyError(bad("CustomWithoutClass"), "lamina:schedule-required",
                "@Schedule(CUSTOM) needs custom. Received: no custom. CUSTOM runs a class of yours, and none is named.",
                "@Schedule(CUSTOM)");
    }

    @Test
    void aWarmUpWithoutTargetIsAnError() {
        assertOnlyError(bad("CosineWarmupWithoutTarget"), "lamina:schedule-required",
                "@Schedule(COSINE) sets warmupSteps without warmupTarget. Received: warmupSteps = 100.0.",
                "warmupSteps = 100");
    }

    @Test
    void plateauValuesOutOfRangeAreReportedOnEachAttribute() {
        JavaFileObject source = bad("PlateauOutOfRange");
        Compilation compilation = compile(source);
        assertThat(messages(compilation, Diagnostic.Kind.ERROR)).hasSize(2);
        assertThat(compilation).hadErrorContaining("[lamina:schedule-range] @Schedule(PLATEAU) factor must be in"
                + " (0, 1). Received: factor = 1.0.").inFile(source).onLineContaining("factor = 1.0");
        assertThat(compilation).hadErrorContaining("[lamina:schedule-range] @Schedule(PLATEAU) patience must be finite"
                + " and at least 0. Received: patience = -1.").inFile(source).onLineContaining("patience = -1");
    }

    @Test
    void exponentialValuesOutOfRangeAreReportedOnEachAttribute() {
        JavaFileObject source = bad("ExponentialOutOfRange");
        Compilation compilation = compile(source);
        assertThat(messages(compilation, Diagnostic.Kind.ERROR)).hasSize(2);
        assertThat(compilation).hadErrorContaining("[lamina:schedule-range] @Schedule(EXPONENTIAL) decayRate must be"
                + " positive and finite. Received: decayRate = 0.0.").inFile(source).onLineContaining("decayRate = 0,");
        assertThat(compilation).hadErrorContaining("[lamina:schedule-range] @Schedule(EXPONENTIAL) decaySteps must be"
                + " positive and finite. Received: decaySteps = -20.0.").inFile(source).onLineContaining("decaySteps");
    }

    @Test
    void anExponentialScheduleThatGrowsIsAWarningOfferingTheReciprocal() {
        JavaFileObject source = bad("GrowingExponential");
        Compilation compilation = compile(source);
        assertThat(compilation).succeeded();
        assertThat(compilation).hadWarningContaining("[lamina:growing-exponential] @Schedule(EXPONENTIAL) decayRate ="
                        + " 10.0 makes the learning rate grow: it is multiplied by 10.0 every 20 epochs. Received:"
                        + " decayRate = 10.0. Exponential scheduling sets rate = initialRate * decayRate^(step /"
                        + " decaySteps), which decays only for a decayRate below 1; above 1 the rate grows without"
                        + " bound, and training diverges once it is too large. To divide the rate by 10.0 every 20"
                        + " epochs, write decayRate = 0.1;")
                .inFile(source).onLineContaining("decayRate = 10");
        assertThat(messages(compilation, Diagnostic.Kind.WARNING)).hasSize(1);
    }

    @Test
    void theReciprocalIsWrittenAsAShortLiteral() {
        assertThat(GrowingExponentialRule.reciprocal(10)).isEqualTo("0.1");
        assertThat(GrowingExponentialRule.reciprocal(1.5)).isEqualTo("0.666667");
        assertThat(GrowingExponentialRule.reciprocal(4)).isEqualTo("0.25");
    }

    @Test
    void aPowerOfZeroIsAnError() {
        assertOnlyError(bad("PowerZero"), "lamina:schedule-range",
                "@Schedule(POWER) power must be positive and finite. Received: power = 0.0. It is the exponent c of"
                        + " power scheduling: at 0 the rate never changes (that is CONSTANT), and below 0 it grows."
                        + " Use a value such as power = 1.",
                "power = 0");
    }

    @Test
    void piecewiseBoundariesOutOfOrderAreAnError() {
        assertOnlyError(bad("PiecewiseNotIncreasing"), "lamina:piecewise-schedule",
                "@Schedule(PIECEWISE) boundaries must be steps from 0 up, strictly increasing. Received: boundaries ="
                        + " {10.0, 5.0}.",
                "boundaries = {10, 5}");
    }

    @Test
    void piecewiseValuesNotOneMoreThanBoundariesAreAnError() {
        assertOnlyError(bad("PiecewiseValuesMismatch"), "lamina:piecewise-schedule",
                "@Schedule(PIECEWISE) needs one more value than boundaries. Received: 2 values for 2 boundaries.",
                "values = {0.1, 0.01}");
    }

    @Test
    void aOneCycleMaxRateBelowItsStartRateIsAnError() {
        assertOnlyError(bad("OneCycleMaxBelowStart"), "lamina:one-cycle-rates",
                "@Schedule(ONE_CYCLE) maxRate must not be below startRate. Received: maxRate = 0.001, startRate ="
                        + " 0.01.",
                "maxRate = 0.001");
    }

    @Test
    void aLearningRateAPiecewiseScheduleNeverUsesIsAnError() {
        assertOnlyError(bad("LearningRateWithPiecewise"), "lamina:schedule-learning-rate",
                "@Optimizer sets a learning rate that the PIECEWISE schedule never uses. Received: learningRate ="
                        + " 0.05.",
                "learningRate = 0.05");
    }

    @Test
    void aLearningRateContradictedByTheInitialRateIsAnError() {
        assertOnlyError(bad("LearningRateAndInitialRate"), "lamina:schedule-learning-rate",
                "@Optimizer sets learningRate = 0.05 and @Schedule sets initialRate = 0.01. Received: two different"
                        + " starting rates.",
                "learningRate = 0.05");
    }

    @Test
    void monitoringAQuantityTheModelDoesNotReportIsAnError() {
        assertOnlyError(bad("PlateauOnUnreportedMetric"), "lamina:plateau-monitor",
                "@Schedule(PLATEAU) monitors \"val_accuracy\", which model 'PlateauOnUnreportedMetric' does not report."
                        + " Received: monitor = \"val_accuracy\". The rate drops when the monitored quantity stops"
                        + " improving; a quantity that is never reported never stops, so the rate would never drop."
                        + " Use \"loss\" or \"val_loss\".",
                "monitor = \"val_accuracy\"");
    }

    @Test
    void aCustomClassThatIsNotAScheduleIsAnError() {
        assertOnlyError(bad("NotASchedule"), "lamina:custom-schedule",
                "@Schedule(CUSTOM) cannot use String: it does not implement"
                        + " dev.lamina.runtime.schedule.LearningRateSchedule. Received: custom = String.class.",
                "custom = String.class");
    }

    @Test
    void anAbstractCustomScheduleIsAnError() {
        assertOnlyError(bad("AbstractSchedule"), "lamina:custom-schedule",
                "@Schedule(CUSTOM) cannot use AbstractSchedule.Base: it is abstract. Received: custom ="
                        + " AbstractSchedule.Base.class.",
                "custom = AbstractSchedule.Base.class");
    }

    @Test
    void aCustomScheduleWithoutAPublicNoArgumentConstructorIsAnError() {
        assertOnlyError(bad("ScheduleWithoutDefaultConstructor"), "lamina:custom-schedule",
                "@Schedule(CUSTOM) cannot use ScheduleWithoutDefaultConstructor.Fixed: it has no public constructor"
                        + " without parameters. Received: custom = ScheduleWithoutDefaultConstructor.Fixed.class. The"
                        + " generated ScheduleWithoutDefaultConstructorModel creates it with 'new"
                        + " ScheduleWithoutDefaultConstructor.Fixed()' and asks it for the learning rate at every step."
                        + " Add 'public Fixed() {}', and read any settings from constants or the start(...) call.",
                "custom = ScheduleWithoutDefaultConstructor.Fixed.class");
    }

    @Test
    void cyclingMomentumOnAnOptimizerWithoutMomentumIsAnError() {
        assertOnlyError(bad("CycleMomentumWithoutMomentum"), "lamina:cycle-momentum",
                "@Schedule(cycleMomentum = true) needs an optimizer with momentum. Received: @Optimizer(value = SGD,"
                        + " momentum = 0.0).",
                "cycleMomentum = true");
    }

    @Test
    void theChaptersSchedulesAreAccepted() {
        // 1cycle named by @Optimizer alone; exponential decay per epoch; performance scheduling; a custom class.
        assertClean(good("OneCycleNadam"));
        assertClean(good("ExponentialDecaySgd"));
        assertClean(good("PlateauScheduled"));
        assertClean(good("CustomScheduled"));
    }
}
