package dev.lamina.runtime.layer;

/**
 * What a forward pass is for. Every {@link Layer#apply} receives it explicitly, so the rule
 * "dropout only when training or sampling, batch statistics only when training" lives in one
 * place per layer.
 */
public enum Mode {
    /** A training step: stochastic layers are active, normalization uses batch statistics. */
    TRAINING,
    /** Evaluation and prediction: every layer is deterministic. */
    INFERENCE,
    /**
     * Monte Carlo sampling: dropout-family layers are active, everything else (Batch
     * Normalization included) behaves as in {@link #INFERENCE}.
     */
    MC_SAMPLING
}
