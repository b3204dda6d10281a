package dev.lamina.processor.spec;

import dev.lamina.dsl.OptimizerKind;
import dev.lamina.dsl.ScheduleKind;
import java.util.Optional;

/**
 * The optimizer a model trains with, every value resolved: a learning rate left unset is the
 * kind's Keras default. A model without {@code @Optimizer} gets the annotation's defaults
 * (RMSProp, as Keras's {@code compile()}), with no source.
 *
 * @param source the model type and its {@code @Optimizer}; empty when the model has none
 * @param kind which optimizer
 * @param learningRate the learning rate, resolved
 * @param momentum SGD's and RMSProp's momentum
 * @param nesterov SGD's Nesterov switch
 * @param initialAccumulator AdaGrad's starting sum of squared gradients
 * @param rho RMSProp's decay of the mean square
 * @param centered RMSProp's centered switch
 * @param beta1 the Adam family's decay of the first moment
 * @param beta2 the Adam family's decay of the second moment
 * @param epsilon the fuzz factor of every optimizer but SGD
 * @param amsgrad Adam's and AdamW's AMSGrad switch
 * @param weightDecay AdamW's decoupled weight decay
 * @param clipValue the element-wise clipping threshold; NaN for none
 * @param clipNorm the per-tensor norm clipping threshold; NaN for none
 * @param globalClipNorm the global norm clipping threshold; NaN for none
 * @param schedule the schedule {@code @Optimizer} names ({@code CONSTANT} unless written); the
 *     model's {@link ScheduleSpec} is the resolved one
 */
public record OptimizerSpec(Optional<Source> source, OptimizerKind kind, double learningRate, double momentum,
        boolean nesterov, double initialAccumulator, double rho, boolean centered, double beta1, double beta2,
        double epsilon, boolean amsgrad, double weightDecay, double clipValue, double clipNorm,
        double globalClipNorm, ScheduleKind schedule) {

    /** Whether the attribute was written in {@code @Optimizer}, as opposed to defaulted. */
    public boolean isExplicit(String attribute) {
        return source.map(s -> s.isExplicit(attribute)).orElse(false);
    }
}
