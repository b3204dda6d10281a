package dev.lamina.processor.read;

import dev.lamina.dsl.Activation;
import dev.lamina.dsl.Init;
import dev.lamina.dsl.Preset;
import dev.lamina.processor.spec.Stack;
import dev.lamina.processor.spec.layer.DenseSpec;
import dev.lamina.processor.spec.layer.LayerSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Expands {@code @Model(preset = ...)}: the widest level of defaults, below a layer's own
 * attributes and {@code @DenseDefaults}. It fills the {@code act} and {@code init} of hidden Dense
 * layers; the output layer (the last) keeps its own. A hidden Dense layer whose activation is a
 * separate layer after it (through Batch Normalization or dropout: Dense, BatchNorm, activation)
 * keeps its linear activation, so that the activation is not applied twice.
 */
final class Presets {
    private Presets() {}

    static List<LayerSpec> apply(Preset preset, List<LayerSpec> layers) {
        if (preset == Preset.NONE) {
            return layers;
        }
        List<LayerSpec> result = new ArrayList<>(layers);
        for (int i = 0; i < layers.size() - 1; i++) {
            if (layers.get(i) instanceof DenseSpec dense) {
                Optional<Activation> activation = Stack.activationAfter(layers, i).isPresent()
                        ? Optional.empty()
                        : Optional.of(activation(preset));
                result.set(i, dense.withPreset(preset, activation, init(preset)));
            }
        }
        return result;
    }

    /** The hidden activation a preset gives. */
    static Activation activation(Preset preset) {
        return switch (preset) {
            case SELF_NORMALIZING -> Activation.SELU;
            case DEFAULT_DNN -> Activation.ELU;
            case NONE -> Activation.LINEAR;
        };
    }

    /** The hidden kernel initializer a preset gives. */
    static Init init(Preset preset) {
        return switch (preset) {
            case SELF_NORMALIZING -> Init.LECUN_NORMAL;
            case DEFAULT_DNN -> Init.HE_NORMAL;
            case NONE -> Init.GLOROT_UNIFORM;
        };
    }
}
