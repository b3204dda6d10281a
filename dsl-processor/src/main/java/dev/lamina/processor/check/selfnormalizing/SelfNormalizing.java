package dev.lamina.processor.check.selfnormalizing;

import dev.lamina.dsl.Preset;
import dev.lamina.processor.check.HiddenActivation;
import dev.lamina.processor.spec.ModelSpec;
import java.util.Optional;
import javax.tools.Diagnostic.Kind;

/**
 * What the self-normalizing rules share: which models they apply to, and how severe they are. A
 * model is self-normalizing when it declares {@code preset = SELF_NORMALIZING} (then each rule is
 * an error) or when one of its hidden layers uses SELU (then each is a warning).
 */
final class SelfNormalizing {
    private SelfNormalizing() {}

    /** Whether the self-normalizing rules apply to {@code model}. */
    static boolean applies(ModelSpec model) {
        return model.preset() == Preset.SELF_NORMALIZING || firstSelu(model).isPresent();
    }

    /** ERROR under {@code preset = SELF_NORMALIZING}, else the rule's own severity (a warning). */
    static Kind severity(ModelSpec model) {
        return model.preset() == Preset.SELF_NORMALIZING ? Kind.ERROR : Kind.WARNING;
    }

    /** Why the model counts as self-normalizing, as a phrase: "a model with SELU hidden layers ('hidden1')". */
    static String model(ModelSpec model) {
        if (model.preset() == Preset.SELF_NORMALIZING) {
            return "a self-normalizing model (preset = SELF_NORMALIZING)";
        }
        return "a model with SELU hidden layers ('" + firstSelu(model).orElseThrow().dense().name() + "')";
    }

    /** The same as a predicate: "has SELU hidden layers ('hidden1')", "is self-normalizing (preset = SELF_NORMALIZING)". */
    static String modelIs(ModelSpec model) {
        if (model.preset() == Preset.SELF_NORMALIZING) {
            return "is self-normalizing (preset = SELF_NORMALIZING)";
        }
        return "has SELU hidden layers ('" + firstSelu(model).orElseThrow().dense().name() + "')";
    }

    /**
     * The alternative to self-normalization, as the end of a fix: "or choose another preset" under
     * the preset, else "or use ELU or ReLU with He initialization instead of SELU".
     */
    static String otherwise(ModelSpec model) {
        return model.preset() == Preset.SELF_NORMALIZING
                ? "or remove preset = SELF_NORMALIZING"
                : "or use ELU or ReLU with He initialization instead of SELU";
    }

    private static Optional<HiddenActivation> firstSelu(ModelSpec model) {
        return HiddenActivation.of(model).stream()
                .filter(hidden -> hidden.family() == HiddenActivation.Family.SELU)
                .findFirst();
    }
}
