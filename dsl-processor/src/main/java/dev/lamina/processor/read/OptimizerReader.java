package dev.lamina.processor.read;

import com.google.auto.common.MoreElements;
import dev.lamina.dsl.Defaults;
import dev.lamina.dsl.Optimizer;
import dev.lamina.dsl.OptimizerKind;
import dev.lamina.dsl.ScheduleKind;
import dev.lamina.processor.annotation.AttributeNames;
import dev.lamina.processor.spec.OptimizerSpec;
import dev.lamina.processor.spec.Source;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Reads {@code @Optimizer}. A model without one reads as {@code @Optimizer} with nothing written:
 * RMSProp with its defaults, as Keras's {@code compile()}.
 */
final class OptimizerReader {
    private final Elements elements;

    OptimizerReader(Elements elements) {
        this.elements = elements;
    }

    OptimizerSpec read(TypeElement model) throws UnreadableException {
        Optional<AnnotationMirror> mirror = MoreElements.getAnnotationMirror(model, Optimizer.class).toJavaUtil();
        Optional<Source> source = Optional.empty();
        Attributes attributes;
        if (mirror.isPresent()) {
            source = Optional.of(Sources.read(model, mirror.get()));
            attributes = Attributes.of(source.get());
        } else {
            attributes = Attributes.defaultsOf(elements.getTypeElement(Optimizer.class.getCanonicalName()), model);
        }
        OptimizerKind kind = attributes.enumValue(OptimizerKind.class, AttributeNames.Optimizer.VALUE);
        double learningRate = attributes.doubleValue(AttributeNames.Optimizer.LEARNING_RATE);
        return new OptimizerSpec(source, kind,
                Double.isNaN(learningRate) ? defaultLearningRate(kind) : learningRate,
                attributes.doubleValue(AttributeNames.Optimizer.MOMENTUM),
                attributes.booleanValue(AttributeNames.Optimizer.NESTEROV),
                attributes.doubleValue(AttributeNames.Optimizer.INITIAL_ACCUMULATOR),
                attributes.doubleValue(AttributeNames.Optimizer.RHO),
                attributes.booleanValue(AttributeNames.Optimizer.CENTERED),
                attributes.doubleValue(AttributeNames.Optimizer.BETA1),
                attributes.doubleValue(AttributeNames.Optimizer.BETA2),
                attributes.doubleValue(AttributeNames.Optimizer.EPSILON),
                attributes.booleanValue(AttributeNames.Optimizer.AMSGRAD),
                attributes.doubleValue(AttributeNames.Optimizer.WEIGHT_DECAY),
                attributes.doubleValue(AttributeNames.Optimizer.CLIP_VALUE),
                attributes.doubleValue(AttributeNames.Optimizer.CLIP_NORM),
                attributes.doubleValue(AttributeNames.Optimizer.GLOBAL_CLIP_NORM),
                attributes.enumValue(ScheduleKind.class, AttributeNames.Optimizer.SCHEDULE));
    }

    /** What {@link Defaults#UNSET} means for each kind: its Keras default. */
    private static double defaultLearningRate(OptimizerKind kind) {
        return switch (kind) {
            case SGD -> Defaults.SGD_LEARNING_RATE;
            case ADAGRAD -> Defaults.ADAGRAD_LEARNING_RATE;
            case RMSPROP -> Defaults.RMSPROP_LEARNING_RATE;
            case ADAM -> Defaults.ADAM_LEARNING_RATE;
            case NADAM -> Defaults.NADAM_LEARNING_RATE;
            case ADAMAX -> Defaults.ADAMAX_LEARNING_RATE;
            case ADAMW -> Defaults.ADAMW_LEARNING_RATE;
        };
    }
}
