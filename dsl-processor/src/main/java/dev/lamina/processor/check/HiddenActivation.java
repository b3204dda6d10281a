package dev.lamina.processor.check;

import dev.lamina.dsl.Activation;
import dev.lamina.processor.annotation.AttributeNames;
import dev.lamina.processor.spec.ModelSpec;
import dev.lamina.processor.spec.Stack;
import dev.lamina.processor.spec.layer.ActivationLayerSpec;
import dev.lamina.processor.spec.layer.DenseSpec;
import dev.lamina.processor.spec.layer.LayerSpec;
import dev.lamina.processor.spec.layer.LeakyReLUSpec;
import dev.lamina.processor.spec.layer.PReLUSpec;
import dev.lamina.processor.spec.layer.RReLUSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The activation that actually acts on a hidden Dense layer's output: its own {@code act}, or, for
 * a linear Dense layer, the activation layer after it (through Batch Normalization or dropout, the
 * chapter's Dense, BatchNorm, activation). The output layer (the last) is not hidden.
 *
 * @param dense the hidden Dense layer
 * @param name the activation as the chapter names it: {@code RELU}, {@code LEAKY_RELU}, {@code PRELU}, ...
 * @param family what initialization it needs
 * @param layer the activation layer that applies it, when it is not the Dense layer's own {@code act}
 */
public record HiddenActivation(DenseSpec dense, String name, Family family, Optional<LayerSpec> layer) {

    /** Activations grouped by the initialization the chapter pairs them with (its Table 11-1). */
    public enum Family {
        /** ReLU and its variants (LeakyReLU, PReLU, RReLU, ELU, GELU, Swish): He. */
        RELU,
        /** SELU: LeCun. */
        SELU,
        /** Sigmoid, tanh and softmax, which saturate: Glorot. */
        SATURATING,
        /** None (linear): Glorot, as Keras's default, but nothing to advise. */
        LINEAR
    }

    /** The hidden activation of every hidden Dense layer, in layer order. */
    public static List<HiddenActivation> of(ModelSpec model) {
        List<LayerSpec> layers = model.layers();
        List<HiddenActivation> result = new ArrayList<>();
        for (int i = 0; i < layers.size() - 1; i++) {
            if (layers.get(i) instanceof DenseSpec dense) {
                result.add(of(dense, layers, i));
            }
        }
        return result;
    }

    private static HiddenActivation of(DenseSpec dense, List<LayerSpec> layers, int index) {
        if (dense.activation() != Activation.LINEAR) {
            return new HiddenActivation(dense, dense.activation().name(), family(dense.activation()), Optional.empty());
        }
        Optional<LayerSpec> after = Stack.activationAfter(layers, index);
        if (after.isEmpty()) {
            return new HiddenActivation(dense, Activation.LINEAR.name(), Family.LINEAR, Optional.empty());
        }
        LayerSpec layer = after.get();
        if (layer instanceof ActivationLayerSpec activation) {
            return new HiddenActivation(dense, activation.activation().name(), family(activation.activation()), after);
        }
        String name = layer instanceof LeakyReLUSpec ? "LEAKY_RELU"
                : layer instanceof PReLUSpec ? "PRELU"
                : layer instanceof RReLUSpec ? "RRELU"
                : layer.source().annotationName();
        return new HiddenActivation(dense, name, Family.RELU, after);
    }

    static Family family(Activation activation) {
        return switch (activation) {
            case RELU, LEAKY_RELU, ELU, GELU, SWISH -> Family.RELU;
            case SELU -> Family.SELU;
            case SIGMOID, TANH, SOFTMAX -> Family.SATURATING;
            case LINEAR -> Family.LINEAR;
        };
    }

    /** The activation as the user wrote it: {@code act = RELU} or {@code @PReLU layer 'prelu'}. */
    public String describe() {
        return layer.map(l -> l.source().annotationName() + (l instanceof ActivationLayerSpec ? "(" + name + ")" : "")
                        + " layer '" + l.name() + "'")
                .orElse(Describe.activation(dense));
    }

    /** Where to point at the activation: the Dense layer's {@code act}, or the activation layer. */
    public Location location() {
        return layer.map(l -> Location.of(l.source())).orElse(Location.of(dense.source(), AttributeNames.Dense.ACT));
    }
}
