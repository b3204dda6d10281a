package dev.lamina.processor.spec.layer;

import dev.lamina.processor.spec.LayerDeclaration;
import dev.lamina.processor.spec.RuntimeType;
import dev.lamina.processor.spec.Source;

/**
 * A {@code @BatchNorm} layer: normalizes each feature (the last axis) with batch statistics while
 * training, moving averages otherwise.
 *
 * @param declaration the method that declares it
 * @param source the method and its {@code @BatchNorm}
 * @param momentum the fraction of the moving statistics kept at each step, as written
 * @param epsilon added to the variance, as written
 * @param center whether it learns an offset {@code beta}
 * @param scale whether it learns a scale {@code gamma}
 */
public record BatchNormSpec(LayerDeclaration declaration, Source source, double momentum, double epsilon,
        boolean center, boolean scale) implements LayerSpec {

    @Override
    public RuntimeType handle() {
        return RuntimeType.BATCH_NORM;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitBatchNorm(this);
    }
}
