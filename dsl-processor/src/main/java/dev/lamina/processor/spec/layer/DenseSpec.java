package dev.lamina.processor.spec.layer;

import dev.lamina.dsl.Activation;
import dev.lamina.dsl.Init;
import dev.lamina.dsl.Preset;
import dev.lamina.processor.annotation.AttributeNames;
import dev.lamina.processor.spec.LayerDeclaration;
import dev.lamina.processor.spec.RuntimeType;
import dev.lamina.processor.spec.Source;
import dev.lamina.processor.spec.VarianceScalingSpec;
import dev.lamina.processor.spec.WeightSpec;
import java.util.HashSet;
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
 * @param preset the model's preset
 * @param fromPreset the {@code @Dense} attributes whose value came from {@code preset} ({@code act},
 *     {@code init}): those neither the layer nor {@code @DenseDefaults} sets
 */
public record DenseSpec(LayerDeclaration declaration, Source source, int units, Activation activation,
        Init init, boolean useBias, Init biasInit, Optional<VarianceScalingSpec> varianceScaling,
        WeightSpec kernel, WeightSpec bias, Set<String> fromDefaults, Preset preset, Set<String> fromPreset)
        implements LayerSpec {

    public DenseSpec {
        fromDefaults = Set.copyOf(fromDefaults);
        fromPreset = Set.copyOf(fromPreset);
    }

    /** Whether {@code attribute}'s value came from the model's {@code @DenseDefaults}, not the layer. */
    public boolean isFromDefaults(String attribute) {
        return fromDefaults.contains(attribute);
    }

    /** Whether {@code attribute}'s value came from the model's preset, not the layer or {@code @DenseDefaults}. */
    public boolean isFromPreset(String attribute) {
        return fromPreset.contains(attribute);
    }

    /**
     * Whether {@code attribute} was set for this layer, on {@code @Dense} or through
     * {@code @DenseDefaults} (a {@code @VarianceScaling} sets {@code init}), as opposed to left to
     * the annotation's default or a preset.
     */
    public boolean isSet(String attribute) {
        return source.isExplicit(attribute) || isFromDefaults(attribute)
                || attribute.equals(AttributeNames.Dense.INIT) && varianceScaling.isPresent();
    }

    /** This layer with a preset's activation and initializer in place of the attributes it leaves unset. */
    public DenseSpec withPreset(Preset newPreset, Optional<Activation> presetActivation, Init presetInit) {
        Set<String> filled = new HashSet<>();
        Activation newActivation = activation;
        if (presetActivation.isPresent() && !isSet(AttributeNames.Dense.ACT)) {
            newActivation = presetActivation.get();
            filled.add(AttributeNames.Dense.ACT);
        }
        Init newInit = init;
        if (!isSet(AttributeNames.Dense.INIT)) {
            newInit = presetInit;
            filled.add(AttributeNames.Dense.INIT);
        }
        return new DenseSpec(declaration, source, units, newActivation, newInit, useBias, biasInit, varianceScaling,
                kernel, bias, fromDefaults, newPreset, filled);
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
