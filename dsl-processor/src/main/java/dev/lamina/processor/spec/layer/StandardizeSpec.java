package dev.lamina.processor.spec.layer;

import dev.lamina.processor.spec.LayerDeclaration;
import dev.lamina.processor.spec.RuntimeType;
import dev.lamina.processor.spec.Source;

/**
 * A {@code @Standardize} layer: the input standardized with statistics of the training data. Its
 * feature shape comes from shape inference.
 *
 * @param declaration the method that declares it
 * @param source the method and its {@code @Standardize}
 */
public record StandardizeSpec(LayerDeclaration declaration, Source source) implements LayerSpec {

    @Override
    public RuntimeType handle() {
        return RuntimeType.STANDARDIZE;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitStandardize(this);
    }
}
