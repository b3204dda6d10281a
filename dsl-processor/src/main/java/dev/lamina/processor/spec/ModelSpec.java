package dev.lamina.processor.spec;

import dev.lamina.dsl.Loss;
import dev.lamina.dsl.Metric;
import dev.lamina.dsl.Preset;
import dev.lamina.dsl.Target;
import dev.lamina.processor.spec.layer.LayerSpec;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.TypeElement;

/**
 * A model as read from its annotations, defaults resolved, nothing checked yet.
 *
 * @param source the model type and its {@code @Model}
 * @param name the model type's simple name; the generated class is {@code name + "Model"}
 * @param packageName the model type's package, also the generated class's ("" for the unnamed package)
 * @param input one example's shape, as written
 * @param loss the training loss
 * @param metrics the metrics, in the order written
 * @param seed the seed of every random choice
 * @param target what the model learns to output: the labels, or its input (an autoencoder)
 * @param preset the configuration chosen with {@code @Model(preset = ...)}, already applied to the
 *     hidden Dense layers
 * @param optimizer the optimizer, resolved
 * @param schedule the learning-rate schedule, resolved ({@code CONSTANT} when the model declares none)
 * @param denseDefaults the model's {@code @DenseDefaults}, already applied to its Dense layers; kept
 *     so that its own values are checked once, where they are written
 * @param declarations every abstract method of the model, supertypes' first, in declaration order
 * @param layers the declarations with exactly one layer annotation, read, in the same order; a
 *     method with {@code @Repeat(n)} is n layers, one per repetition
 * @param earlyStopping the model's {@code @EarlyStopping}, if any
 * @param frozen the model type and its {@code @Frozen} (which freezes the reused layers), if any
 * @param frozenSupertypes the {@code @Frozen} annotations on supertypes that declare reused layers
 *     (and are not models): they freeze nothing, and the check stage says so
 */
public record ModelSpec(Source source, String name, String packageName, ShapeSpec input, Loss loss,
        List<Metric> metrics, long seed, Target target, Preset preset, OptimizerSpec optimizer, ScheduleSpec schedule,
        Optional<DenseDefaultsSpec> denseDefaults, List<LayerDeclaration> declarations, List<LayerSpec> layers,
        Optional<EarlyStoppingSpec> earlyStopping, Optional<Source> frozen, List<Source> frozenSupertypes) {

    public ModelSpec {
        metrics = List.copyOf(metrics);
        declarations = List.copyOf(declarations);
        layers = List.copyOf(layers);
        frozenSupertypes = List.copyOf(frozenSupertypes);
    }

    /** Whether the model is an autoencoder: trained to reconstruct its input ({@code target = INPUT}). */
    public boolean reconstructsInput() {
        return target == Target.INPUT;
    }

    /**
     * Whether the model reports an accuracy when it declares {@code metrics = ACCURACY}: only a
     * classification against labels, with a cross-entropy loss, has predictions that are right or
     * wrong. (The runtime measures it under the same condition.)
     */
    public boolean hasAccuracy() {
        return target == Target.LABELS && !loss.regression();
    }

    /** The layers the model reuses (see {@link LayerDeclaration#reused()}), in layer order. */
    public List<LayerSpec> reusedLayers() {
        return layers.stream().filter(layer -> layer.declaration().reused()).toList();
    }

    /**
     * Whether the layer starts frozen: it carries {@code @Frozen}, or it is a reused layer that
     * training changes (see {@link Stack#isTrained}) and the model carries {@code @Frozen}.
     */
    public boolean isFrozen(LayerSpec layer) {
        return layer.declaration().frozen().isPresent()
                || frozen.isPresent() && layer.declaration().reused() && Stack.isTrained(layer);
    }

    /** The layers before the output layer; empty for a model without layers. */
    public List<LayerSpec> hiddenLayers() {
        return layers.isEmpty() ? List.of() : layers.subList(0, layers.size() - 1);
    }

    /** The annotated model type. */
    public TypeElement type() {
        return (TypeElement) source.element();
    }

    /**
     * Whether every abstract method is exactly one layer, or as many as its {@code @Repeat} says.
     * Rules about the stack as a whole (shapes, the output layer) skip a model where this is false:
     * the declaration rules already report why, and a stack with a hole in it would only add
     * misleading errors.
     */
    public boolean isStackComplete() {
        return declarations.stream().allMatch(declaration -> declaration.layerAnnotations().size() == 1
                && declaration.repeat().map(RepeatSpec::declaresLayers).orElse(true));
    }

    /** The layers {@code declaration} declares, in order: one, or one per repetition of its {@code @Repeat}. */
    public List<LayerSpec> layersOf(LayerDeclaration declaration) {
        return layers.stream().filter(layer -> layer.declaration().method().equals(declaration.method())).toList();
    }

    /** The last layer, which the loss reads; empty for a model without layers. */
    public Optional<LayerSpec> output() {
        return layers.isEmpty() ? Optional.empty() : Optional.of(layers.get(layers.size() - 1));
    }
}
