package dev.lamina.processor.spec.layer;

import dev.lamina.processor.spec.LayerDeclaration;
import dev.lamina.processor.spec.RuntimeType;
import dev.lamina.processor.spec.Source;
import dev.lamina.processor.spec.WeightSpec;
import java.util.List;

/**
 * A {@code @PReLU} layer: a leaky ReLU with a learned slope. Its input shape comes from shape
 * inference.
 *
 * @param declaration the method that declares it
 * @param source the method and its {@code @PReLU}
 * @param sharedAxes the axes sharing one slope, Keras-numbered (1 is an example's first axis), as written
 * @param alpha the slope's regularizer and constraint
 */
public record PReLUSpec(LayerDeclaration declaration, Source source, List<Integer> sharedAxes, WeightSpec alpha)
        implements LayerSpec {

    public PReLUSpec {
        sharedAxes = List.copyOf(sharedAxes);
    }

    @Override
    public RuntimeType handle() {
        return RuntimeType.PRELU;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitPReLU(this);
    }
}
