package dev.lamina.processor.spec;

import dev.lamina.dsl.OptimizerKind;
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
 * @param rho RMSProp's decay of the mean square
 * @param beta1 Adam's decay of the first moment
 * @param beta2 Adam's decay of the second moment
 * @param epsilon RMSProp's and Adam's fuzz factor
 */
public record OptimizerSpec(Optional<Source> source, OptimizerKind kind, double learningRate, double momentum,
        boolean nesterov, double rho, double beta1, double beta2, double epsilon) {

    /** Whether the attribute was written in {@code @Optimizer}, as opposed to defaulted. */
    public boolean isExplicit(String attribute) {
        return source.map(s -> s.isExplicit(attribute)).orElse(false);
    }
}
