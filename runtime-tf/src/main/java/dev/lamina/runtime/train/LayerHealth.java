package dev.lamina.runtime.train;

import java.util.Map;

/**
 * One layer's line of a {@link GradientHealth} report, measured on one batch in inference mode.
 *
 * @param layer the layer's name
 * @param type the layer's kind ({@code Dense}, {@code BatchNorm}, …)
 * @param activationMean the mean of the layer's outputs
 * @param activationStd their standard deviation (over every example and unit)
 * @param saturatedFraction the fraction of outputs in the flat region of the layer's activation
 *     (sigmoid below 0.01 or above 0.99, tanh beyond ±0.99, ELU/SELU within 1% of their floor:
 *     where the derivative is below about 0.01); NaN for activations that do not saturate
 * @param deadFraction the fraction of units whose output is ≤ 0 for every example of the batch
 *     (dead ReLUs); NaN except for ReLU outputs
 * @param gradientNorms the L2 norm of the loss's gradient with respect to each trainable
 *     variable of the layer, by variable name ({@code kernel}, {@code bias}, …)
 */
public record LayerHealth(String layer, String type, double activationMean, double activationStd,
        double saturatedFraction, double deadFraction, Map<String, Double> gradientNorms) {

    public LayerHealth {
        gradientNorms = Map.copyOf(gradientNorms);
    }
}
