package dev.lamina.processor.spec;

import dev.lamina.dsl.Distribution;
import dev.lamina.dsl.FanMode;

/**
 * A {@code @VarianceScaling} on a layer method: the kernel initializer it declares.
 *
 * @param source the method and its {@code @VarianceScaling}
 * @param scale the variance times the fan, as written (checked later)
 * @param mode which fan
 * @param distribution what to sample from
 */
public record VarianceScalingSpec(Source source, double scale, FanMode mode, Distribution distribution) {}
