package dev.lamina.processor.spec.layer;

import dev.lamina.processor.spec.LayerDeclaration;
import dev.lamina.processor.spec.RuntimeType;
import dev.lamina.processor.spec.Source;

/**
 * A {@code @Dropout} layer.
 *
 * @param declaration the method that declares it
 * @param source the method and its {@code @Dropout}
 * @param rate the fraction of inputs dropped while training, as written
 */
public record DropoutSpec(LayerDeclaration declaration, Source source, double rate) implements LayerSpec {

    @Override
    public RuntimeType handle() {
        return RuntimeType.DROPOUT;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitDropout(this);
    }
}
