package dev.lamina.samples;

import dev.lamina.runtime.callback.LearningRateFinder;
import dev.lamina.runtime.train.SequentialModel;

/** The finder's suggestion for the samples, with a way out for a sweep that never descends. */
final class SuggestedRate {
    private SuggestedRate() {}

    /**
     * The finder's suggested rate, or the model's declared rate when the smoothed loss never
     * descended (a sweep over a few batches only, as in the smoke tests), said on standard error.
     */
    static double orDeclared(LearningRateFinder.Result found, SequentialModel model) {
        if (!Double.isNaN(found.suggestedRate())) {
            return found.suggestedRate();
        }
        System.err.println("The learning-rate finder's loss never descended (" + found.rates().length
                + " steps): training up to the declared rate " + model.learningRate());
        return model.learningRate();
    }
}
