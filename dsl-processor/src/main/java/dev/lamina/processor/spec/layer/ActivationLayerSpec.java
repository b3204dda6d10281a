package dev.lamina.processor.spec.layer;

import dev.lamina.dsl.Activation;
import dev.lamina.processor.spec.LayerDeclaration;
import dev.lamina.processor.spec.RuntimeType;
import dev.lamina.processor.spec.Source;

/**
 * An {@code @ActivationLayer}: an activation on its own, after a layer that has none.
 *
 * @param declaration the method that declares it
 * @param source the method and its {@code @ActivationLayer}
 * @param activation the activation
 */
public record ActivationLayerSpec(LayerDeclaration declaration, Source source,
        Activation activation) implements LayerSpec {

    @Override
    public RuntimeType handle() {
        return RuntimeType.ACTIVATION_LAYER;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitActivationLayer(this);
    }
}
