package dev.lamina.samples;

import dev.lamina.runtime.data.Splits;
import dev.lamina.runtime.train.SequentialModel;
import java.util.function.DoubleFunction;

/**
 * A learning rate chosen on validation data: every candidate trains, the best validation accuracy
 * wins (the first on ties), and its test accuracy is what is reported; the test set never chooses.
 *
 * @param rate the chosen rate
 * @param validationAccuracy its validation accuracy
 * @param testAccuracy its test accuracy
 */
record ChosenRate(double rate, double validationAccuracy, double testAccuracy) {

    /** One candidate's result. */
    record Trial(double validationAccuracy, double testAccuracy) {
        static Trial of(SequentialModel model, Splits data) {
            return new Trial(model.evaluate(data.valid()).accuracy(), model.evaluate(data.test()).accuracy());
        }
    }

    static ChosenRate best(double[] rates, DoubleFunction<Trial> train) {
        ChosenRate best = null;
        for (double rate : rates) {
            Trial trial = train.apply(rate);
            if (best == null || trial.validationAccuracy() > best.validationAccuracy()) {
                best = new ChosenRate(rate, trial.validationAccuracy(), trial.testAccuracy());
            }
        }
        return best;
    }
}
