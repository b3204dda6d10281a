package dev.lamina.processor.read;

import com.google.auto.common.MoreElements;
import dev.lamina.dsl.Defaults;
import dev.lamina.dsl.Optimizer;
import dev.lamina.dsl.OptimizerKind;
import dev.lamina.dsl.ScheduleKind;
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
        OptimizerKind kind = attributes.enumValue(OptimizerKind.class, "value");
        double learningRate = attributes.doubleValue("learningRate");
        return new OptimizerSpec(source, kind,
                Double.isNaN(learningRate) ? defaultLearningRate(kind) : learningRate,
                attributes.doubleValue("momentum"),
                attributes.booleanValue("nesterov"),
                attributes.doubleValue("initialAccumulator"),
                attributes.doubleValue("rho"),
                attributes.booleanValue("centered"),
                attributes.doubleValue("beta1"),
                attributes.doubleValue("beta2"),
                attributes.doubleValue("epsilon"),
                attributes.booleanValue("amsgrad"),
                attributes.doubleValue("weightDecay"),
                attributes.doubleValue("clipValue"),
                attributes.doubleValue("clipNorm"),
                attributes.doubleValue("globalClipNorm"),
                attributes.enumValue(ScheduleKind.class, "schedule"));
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
