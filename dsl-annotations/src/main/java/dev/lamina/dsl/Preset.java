package dev.lamina.dsl;

/**
 * A configuration from the chapter's practical guidelines, chosen with {@code @Model(preset = ...)}.
 * A preset fills in the {@code act} and {@code init} of the hidden {@link Dense} layers that set
 * neither themselves nor through {@link DenseDefaults} (the output layer always keeps its own), and
 * makes the processor hold the model to the configuration's rules. A hidden Dense layer whose
 * activation comes from a separate layer after it (the chapter's {@code Dense} → {@code BatchNorm}
 * → activation pattern) keeps {@code LINEAR}: only its {@code init} is filled in.
 */
public enum Preset {
    /** No preset: Keras's defaults ({@code LINEAR}, {@code GLOROT_UNIFORM}) and the general advice only. */
    NONE,
    /**
     * The self-normalizing configuration (Klambauer et al., 2017): hidden layers default to
     * {@code act = SELU, init = LECUN_NORMAL}, and what breaks self-normalization is an error
     * instead of a warning: a {@link BatchNorm}, a plain {@link Dropout} (use {@link AlphaDropout}),
     * a hidden activation other than SELU, input that is not standardized (no first
     * {@link Standardize}), and L1, L2 or max-norm on a hidden layer's weights.
     */
    SELF_NORMALIZING,
    /**
     * The chapter's default DNN configuration: hidden layers default to {@code act = ELU,
     * init = HE_NORMAL}, and the processor warns when a deep net (more than 5 hidden Dense layers)
     * has no {@link BatchNorm}, when no {@link EarlyStopping} is declared, and when the optimizer
     * is SGD without momentum.
     */
    DEFAULT_DNN
}
