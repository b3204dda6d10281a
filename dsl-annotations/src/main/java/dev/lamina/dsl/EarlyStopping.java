package dev.lamina.dsl;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Stops training when a monitored quantity has stopped improving, as Keras's
 * {@code EarlyStopping} callback, declared on the model so that every {@code fit} uses it. Names
 * and defaults are Keras's. The chapter's default configurations use it with a patience of 10 to
 * 20 epochs and the best weights restored:
 *
 * <pre>{@code
 * @EarlyStopping(patience = 10, restoreBest = true)
 * }</pre>
 *
 * <p>At the end of each epoch from {@code startFromEpoch} on, an epoch whose {@code monitor}
 * beats the best so far by more than {@code |minDelta|} is an improvement; after
 * {@code patience} epochs in a row without one, training stops. Callbacks passed to {@code fit}
 * run after it. {@code monitor} must be a quantity the model reports: {@code loss},
 * {@code val_loss}, and each metric with and without {@code val_}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface EarlyStopping {
    /**
     * The quantity watched: {@code "val_loss"}, {@code "loss"}, {@code "val_accuracy"}, ... Default
     * {@value Defaults#EARLY_STOPPING_MONITOR}, which needs validation data in {@code fit}.
     */
    String monitor() default Defaults.EARLY_STOPPING_MONITOR;

    /**
     * The smallest change of {@code monitor} that counts as an improvement; its absolute value is
     * used, as in Keras. Default {@value Defaults#EARLY_STOPPING_MIN_DELTA}.
     */
    double minDelta() default Defaults.EARLY_STOPPING_MIN_DELTA;

    /**
     * The number of epochs without improvement after which training stops. Default {@value
     * Defaults#EARLY_STOPPING_PATIENCE} (Keras's: stop at the first epoch that does not improve);
     * at least 0.
     */
    int patience() default Defaults.EARLY_STOPPING_PATIENCE;

    /** Whether {@code monitor} should fall or rise. Default {@link MonitorMode#AUTO}: from its name. */
    MonitorMode mode() default MonitorMode.AUTO;

    /**
     * Whether the weights of the best epoch are put back when training ends (Keras's
     * {@code restore_best_weights}; as in Keras 3, also when training did not stop early).
     * Default {@code false}: the model keeps the last epoch's weights.
     */
    boolean restoreBest() default false;

    /**
     * The number of warm-up epochs during which no improvement is expected and nothing is
     * watched. Default {@value Defaults#EARLY_STOPPING_START_FROM_EPOCH}; at least 0.
     */
    int startFromEpoch() default Defaults.EARLY_STOPPING_START_FROM_EPOCH;
}
