package dev.lamina.processor.read;

import com.google.auto.common.MoreElements;
import dev.lamina.dsl.EarlyStopping;
import dev.lamina.dsl.Frozen;
import dev.lamina.dsl.Loss;
import dev.lamina.dsl.Metric;
import dev.lamina.dsl.Model;
import dev.lamina.dsl.MonitorMode;
import dev.lamina.dsl.Preset;
import dev.lamina.dsl.Target;
import dev.lamina.processor.annotation.AttributeNames;
import dev.lamina.processor.spec.DenseDefaultsSpec;
import dev.lamina.processor.spec.EarlyStoppingSpec;
import dev.lamina.processor.spec.LayerDeclaration;
import dev.lamina.processor.spec.ModelSpec;
import dev.lamina.processor.spec.OptimizerSpec;
import dev.lamina.processor.spec.ShapeSpec;
import dev.lamina.processor.spec.Source;
import dev.lamina.processor.spec.layer.LayerSpec;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/** Stage one: reads a {@code @Model} type into a {@link ModelSpec}, defaults resolved, nothing judged. */
public final class ModelReader {
    private final Elements elements;
    private final LayerMethods layerMethods;
    private final OptimizerReader optimizerReader;
    private final ScheduleReader scheduleReader;

    public ModelReader(Elements elements, Types types) {
        this.elements = elements;
        this.layerMethods = new LayerMethods(elements, types);
        this.optimizerReader = new OptimizerReader(elements);
        this.scheduleReader = new ScheduleReader(elements);
    }

    /**
     * Reads {@code type}, which carries {@code @Model}.
     *
     * @throws UnreadableException when part of the model does not compile yet
     */
    public ModelSpec read(TypeElement type) throws UnreadableException {
        Source source = Sources.read(type, MoreElements.getAnnotationMirror(type, Model.class).toJavaUtil()
                .orElseThrow(() -> new IllegalArgumentException(type + " has no @Model")));
        Attributes attributes = Attributes.of(source);
        List<LayerDeclaration> declarations = layerMethods.declarations(type);
        Optional<DenseDefaultsSpec> denseDefaults = DenseDefaultsReader.read(type);
        LayerReader layerReader = new LayerReader(denseDefaults);
        List<LayerSpec> layers = new ArrayList<>();
        for (LayerDeclaration declaration : declarations) {
            // A method with no or several layer annotations is not a layer; the check stage says why.
            // A repeated method is one layer per repetition, so that every rule sees each of them.
            if (declaration.layerAnnotations().size() == 1) {
                for (LayerDeclaration layer : declaration.expanded()) {
                    layers.add(layerReader.read(layer));
                }
            }
        }
        Preset preset = attributes.enumValue(Preset.class, AttributeNames.Model.PRESET);
        OptimizerSpec optimizer = optimizerReader.read(type);
        return new ModelSpec(source,
                type.getSimpleName().toString(),
                elements.getPackageOf(type).getQualifiedName().toString(),
                ShapeSpec.of(attributes.intArray(AttributeNames.Model.INPUT)),
                attributes.enumValue(Loss.class, AttributeNames.Model.LOSS),
                attributes.enumArray(Metric.class, AttributeNames.Model.METRICS),
                attributes.longValue(AttributeNames.Model.SEED),
                attributes.enumValue(Target.class, AttributeNames.Model.TARGET),
                preset,
                optimizer,
                scheduleReader.read(type, optimizer),
                denseDefaults,
                declarations,
                Presets.apply(preset, layers),
                earlyStopping(type),
                annotation(type, Frozen.class),
                frozenSupertypes(type, declarations));
    }

    private static Optional<EarlyStoppingSpec> earlyStopping(TypeElement type) throws UnreadableException {
        Optional<Source> source = annotation(type, EarlyStopping.class);
        if (source.isEmpty()) {
            return Optional.empty();
        }
        Attributes attributes = Attributes.of(source.get());
        return Optional.of(new EarlyStoppingSpec(source.get(),
                attributes.stringValue(AttributeNames.EarlyStopping.MONITOR),
                attributes.doubleValue(AttributeNames.EarlyStopping.MIN_DELTA),
                attributes.intValue(AttributeNames.EarlyStopping.PATIENCE),
                attributes.enumValue(MonitorMode.class, AttributeNames.EarlyStopping.MODE),
                attributes.booleanValue(AttributeNames.EarlyStopping.RESTORE_BEST),
                attributes.intValue(AttributeNames.EarlyStopping.START_FROM_EPOCH)));
    }

    /** The {@code @Frozen} on each type that declares reused layers, where it freezes nothing. */
    private static List<Source> frozenSupertypes(TypeElement type, List<LayerDeclaration> declarations)
            throws UnreadableException {
        Set<TypeElement> bodies = new LinkedHashSet<>();
        for (LayerDeclaration declaration : declarations) {
            if (declaration.reused()) {
                bodies.add(declaration.declaringType());
            }
        }
        List<Source> frozen = new ArrayList<>();
        for (TypeElement body : bodies) {
            annotation(body, Frozen.class).ifPresent(frozen::add);
        }
        return frozen;
    }

    private static Optional<Source> annotation(TypeElement type, Class<? extends Annotation> kind)
            throws UnreadableException {
        Optional<AnnotationMirror> mirror = MoreElements.getAnnotationMirror(type, kind).toJavaUtil();
        return mirror.isPresent() ? Optional.of(Sources.read(type, mirror.get())) : Optional.empty();
    }
}
