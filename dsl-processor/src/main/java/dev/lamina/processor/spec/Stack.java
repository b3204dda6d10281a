package dev.lamina.processor.spec;

import dev.lamina.processor.spec.layer.ActivationLayerSpec;
import dev.lamina.processor.spec.layer.AlphaDropoutSpec;
import dev.lamina.processor.spec.layer.BatchNormSpec;
import dev.lamina.processor.spec.layer.DenseSpec;
import dev.lamina.processor.spec.layer.DropoutSpec;
import dev.lamina.processor.spec.layer.LayerSpec;
import dev.lamina.processor.spec.layer.LeakyReLUSpec;
import dev.lamina.processor.spec.layer.PReLUSpec;
import dev.lamina.processor.spec.layer.RReLUSpec;
import java.util.List;
import java.util.Optional;

/** Questions about a layer's neighbours in a model's stack, which the read and check stages share. */
public final class Stack {
    private Stack() {}

    /** Whether {@code layer} is an activation on its own: {@code @ActivationLayer}, {@code @LeakyReLU}, {@code @PReLU}, {@code @RReLU}. */
    public static boolean isActivationLayer(LayerSpec layer) {
        return layer instanceof ActivationLayerSpec || layer instanceof LeakyReLUSpec || layer instanceof PReLUSpec
                || layer instanceof RReLUSpec;
    }

    /**
     * The activation layer that acts on the output of layer {@code index}, with only Batch
     * Normalization or dropout between them (the chapter's Dense, BatchNorm, activation); empty
     * when another kind of layer, or the end of the stack, comes first.
     */
    public static Optional<LayerSpec> activationAfter(List<LayerSpec> layers, int index) {
        for (LayerSpec next : layers.subList(index + 1, layers.size())) {
            if (isActivationLayer(next)) {
                return Optional.of(next);
            }
            if (!(next instanceof BatchNormSpec || next instanceof DropoutSpec || next instanceof AlphaDropoutSpec)) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * Whether training changes the layer: it has trainable weights (a Dense kernel and bias, a
     * PReLU slope) or, for Batch Normalization, scale, offset and moving statistics. Freezing any
     * other layer changes nothing.
     */
    public static boolean isTrained(LayerSpec layer) {
        return layer instanceof DenseSpec || layer instanceof BatchNormSpec || layer instanceof PReLUSpec;
    }
}
