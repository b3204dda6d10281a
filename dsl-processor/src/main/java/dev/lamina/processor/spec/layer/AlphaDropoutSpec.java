package dev.lamina.processor.spec.layer;

import dev.lamina.processor.spec.LayerDeclaration;
import dev.lamina.processor.spec.RuntimeType;
import dev.lamina.processor.spec.Source;

/**
 * An {@code @AlphaDropout} layer: the dropout of self-normalizing networks.
 *
 * @param declaration the method that declares it
 * @param source the method and its {@code @AlphaDropout}
 * @param rate the fraction of inputs dropped while training, as written
 */
public record AlphaDropoutSpec(LayerDeclaration declaration, Source source, double rate) implements LayerSpec {

    @Override
    public RuntimeType handle() {
        return RuntimeType.ALPHA_DROPOUT;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitAlphaDropout(this);
    }
}
