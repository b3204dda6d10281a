package dev.lamina.processor.spec;

import dev.lamina.dsl.MonitorMode;

/**
 * A model's {@code @EarlyStopping}, every value as written or defaulted (Keras's defaults).
 *
 * @param source the model type and its {@code @EarlyStopping}
 * @param monitor the quantity watched
 * @param minDelta the smallest change that counts as an improvement (its absolute value is used)
 * @param patience the epochs without improvement before training stops, as written (checked later)
 * @param mode whether {@code monitor} should fall or rise
 * @param restoreBest whether the best epoch's weights are put back when training ends
 * @param startFromEpoch the warm-up epochs not watched, as written (checked later)
 */
public record EarlyStoppingSpec(Source source, String monitor, double minDelta, int patience, MonitorMode mode,
        boolean restoreBest, int startFromEpoch) {}
