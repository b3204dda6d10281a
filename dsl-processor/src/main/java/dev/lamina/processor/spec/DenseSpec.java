package dev.lamina.processor.spec;

import dev.lamina.dsl.Activation;
import dev.lamina.dsl.Init;
import java.util.Optional;
import java.util.Set;

/**
 * A {@code @Dense} layer: {@code act(x · kernel + bias)}, the model's {@code @DenseDefaults}
 * applied.
 *
 * @param declaration the method that declares it
 * @param source the method and its {@code @Dense}
 * @param units the number of output units, as written (checked later, may be out of range here)
 * @param activation the activation
 * @param init the kernel initializer in canonical form ({@code HE_NORMAL}, never {@code HE});
 *     replaced by {@code varianceScaling} when there is one
 * @param useBias whether the layer adds a bias vector
 * @param biasInit the bias initializer in canonical form
 * @param varianceScaling the method's {@code @VarianceScaling}, which initializes the kernel in place of {@code init}
 * @param kernel the kernel's regularizer and constraint
 * @param bias the bias's regularizer and constraint
 * @param fromDefaults the {@code @Dense} attributes whose value came from {@code @DenseDefaults}
 *     ({@code act}, {@code init})
 */
public record DenseSpec(LayerDeclaration declaration, Source source, int units, Activation activation,
        Init init, boolean useBias, Init biasInit, Optional<VarianceScalingSpec> varianceScaling,
        WeightSpec kernel, WeightSpec bias, Set<String> fromDefaults) implements LayerSpec {

    public DenseSpec {
        fromDefaults = Set.copyOf(fromDefaults);
    }

    /** Whether {@code attribute}'s value came from the model's {@code @DenseDefaults}, not the layer. */
    public boolean isFromDefaults(String attribute) {
        return fromDefaults.contains(attribute);
    }

    @Override
    public RuntimeType handle() {
        return RuntimeType.DENSE;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitDense(this);
    }
}
