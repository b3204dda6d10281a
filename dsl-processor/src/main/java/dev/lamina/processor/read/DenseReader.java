package dev.lamina.processor.read;

import dev.lamina.dsl.Activation;
import dev.lamina.dsl.Init;
import dev.lamina.dsl.Preset;
import dev.lamina.dsl.WeightTarget;
import dev.lamina.processor.annotation.AttributeNames;
import dev.lamina.processor.spec.DenseDefaultsSpec;
import dev.lamina.processor.spec.LayerDeclaration;
import dev.lamina.processor.spec.Source;
import dev.lamina.processor.spec.WeightSpec;
import dev.lamina.processor.spec.layer.DenseSpec;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a {@code @Dense} layer and applies the model's {@code @DenseDefaults}, narrowest first: an
 * attribute written on {@code @Dense} (or a {@code @VarianceScaling} in place of {@code init}), then
 * the layer's own weight annotations, then the defaults.
 */
final class DenseReader {
    private DenseReader() {}

    static DenseSpec read(LayerDeclaration declaration, Source source, Optional<DenseDefaultsSpec> defaults)
            throws UnreadableException {
        Attributes attributes = Attributes.of(source);
        Set<String> fromDefaults = new HashSet<>();
        Activation activation = attributes.enumValue(Activation.class, AttributeNames.Dense.ACT);
        Optional<Activation> defaultActivation = defaults.flatMap(DenseDefaultsSpec::activation);
        if (!source.isExplicit(AttributeNames.Dense.ACT) && defaultActivation.isPresent()) {
            activation = defaultActivation.get();
            fromDefaults.add(AttributeNames.Dense.ACT);
        }
        Init init = attributes.enumValue(Init.class, AttributeNames.Dense.INIT).canonical();
        Optional<Init> defaultInit = defaults.flatMap(DenseDefaultsSpec::init);
        // A @VarianceScaling is the layer's own initializer: the default does not replace it.
        if (!source.isExplicit(AttributeNames.Dense.INIT) && declaration.varianceScaling().isEmpty()
                && defaultInit.isPresent()) {
            init = defaultInit.get();
            fromDefaults.add(AttributeNames.Dense.INIT);
        }
        WeightSpec kernel = new WeightSpec(
                declaration.regularizer(WeightTarget.KERNEL)
                        .or(() -> defaults.flatMap(DenseDefaultsSpec::kernelRegularizer)),
                declaration.constraint(WeightTarget.KERNEL)
                        .or(() -> defaults.flatMap(DenseDefaultsSpec::kernelConstraint)));
        WeightSpec bias = new WeightSpec(declaration.regularizer(WeightTarget.BIAS),
                declaration.constraint(WeightTarget.BIAS));
        return new DenseSpec(declaration, source,
                attributes.intValue(AttributeNames.Dense.UNITS),
                activation,
                init,
                attributes.booleanValue(AttributeNames.Dense.USE_BIAS),
                attributes.enumValue(Init.class, AttributeNames.Dense.BIAS_INIT).canonical(),
                declaration.varianceScaling(),
                kernel,
                bias,
                fromDefaults,
                Preset.NONE,
                Set.of());
    }
}
