package dev.lamina.processor.spec.layer;

import dev.lamina.processor.spec.LayerDeclaration;
import dev.lamina.processor.spec.RuntimeType;
import dev.lamina.processor.spec.Source;

/**
 * A {@code @LeakyReLU} layer.
 *
 * @param declaration the method that declares it
 * @param source the method and its {@code @LeakyReLU}
 * @param slope the slope for negative inputs, as written
 */
public record LeakyReLUSpec(LayerDeclaration declaration, Source source, double slope) implements LayerSpec {

    @Override
    public RuntimeType handle() {
        return RuntimeType.LEAKY_RELU;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitLeakyReLU(this);
    }
}
