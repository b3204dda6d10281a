package dev.lamina.processor.spec;

import dev.lamina.dsl.Activation;
import dev.lamina.dsl.Init;

/**
 * A {@code @Dense} layer: {@code act(x · kernel + bias)}.
 *
 * @param declaration the method that declares it
 * @param source the method and its {@code @Dense}
 * @param units the number of output units, as written (checked later, may be out of range here)
 * @param activation the activation
 * @param init the kernel initializer in canonical form ({@code HE_NORMAL}, never {@code HE})
 * @param useBias whether the layer adds a bias vector
 */
public record DenseSpec(LayerDeclaration declaration, Source source, int units, Activation activation,
        Init init, boolean useBias) implements LayerSpec {

    @Override
    public RuntimeType handle() {
        return RuntimeType.DENSE;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitDense(this);
    }
}
