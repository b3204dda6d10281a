package dev.lamina.processor.spec.layer;

import dev.lamina.processor.spec.LayerDeclaration;
import dev.lamina.processor.spec.RuntimeType;
import dev.lamina.processor.spec.Source;

/**
 * An {@code @RReLU} layer: a leaky ReLU whose slope is drawn from {@code [lower, upper]} while
 * training and is their mean otherwise.
 *
 * @param declaration the method that declares it
 * @param source the method and its {@code @RReLU}
 * @param lower the lowest slope, as written
 * @param upper the highest slope, as written
 */
public record RReLUSpec(LayerDeclaration declaration, Source source, double lower,
        double upper) implements LayerSpec {

    @Override
    public RuntimeType handle() {
        return RuntimeType.RRELU;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitRReLU(this);
    }
}
