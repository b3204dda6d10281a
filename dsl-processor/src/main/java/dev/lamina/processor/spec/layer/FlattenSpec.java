package dev.lamina.processor.spec.layer;

import dev.lamina.processor.spec.LayerDeclaration;
import dev.lamina.processor.spec.RuntimeType;
import dev.lamina.processor.spec.Source;

/**
 * A {@code @Flatten} layer: folds each example into a vector. It has no attributes; its output
 * size comes from shape inference.
 *
 * @param declaration the method that declares it
 * @param source the method and its {@code @Flatten}
 */
public record FlattenSpec(LayerDeclaration declaration, Source source) implements LayerSpec {

    @Override
    public RuntimeType handle() {
        return RuntimeType.FLATTEN;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitFlatten(this);
    }
}
