package dev.lamina.processor.read;

import com.google.auto.common.MoreElements;
import dev.lamina.dsl.Granularity;
import dev.lamina.dsl.Schedule;
import dev.lamina.dsl.ScheduleKind;
import dev.lamina.processor.spec.OptimizerSpec;
import dev.lamina.processor.spec.ScheduleSpec;
import dev.lamina.processor.spec.Source;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Reads {@code @Schedule}. A model without one reads as {@code @Schedule} of the kind
 * {@code @Optimizer(schedule = ...)} names (CONSTANT by default), nothing else written. Rates left
 * unset that stand for the optimizer's become its learning rate.
 */
final class ScheduleReader {
    private final Elements elements;

    ScheduleReader(Elements elements) {
        this.elements = elements;
    }

    ScheduleSpec read(TypeElement model, OptimizerSpec optimizer) throws UnreadableException {
        Optional<AnnotationMirror> mirror = MoreElements.getAnnotationMirror(model, Schedule.class).toJavaUtil();
        Optional<Source> source = Optional.empty();
        Attributes attributes;
        ScheduleKind kind;
        if (mirror.isPresent()) {
            source = Optional.of(Sources.read(model, mirror.get()));
            attributes = Attributes.of(source.get());
            kind = attributes.enumValue(ScheduleKind.class, "value");
        } else {
            attributes = Attributes.defaultsOf(elements.getTypeElement(Schedule.class.getCanonicalName()), model);
            kind = optimizer.schedule();
        }
        return new ScheduleSpec(source, kind,
                orOptimizers(attributes.doubleValue("initialRate"), optimizer),
                attributes.doubleValue("decayRate"),
                attributes.doubleValue("decaySteps"),
                attributes.booleanValue("staircase"),
                attributes.doubleValue("power"),
                attributes.doubleArray("boundaries"),
                attributes.doubleArray("values"),
                attributes.doubleValue("alpha"),
                attributes.doubleValue("warmupSteps"),
                attributes.doubleValue("warmupTarget"),
                orOptimizers(attributes.doubleValue("maxRate"), optimizer),
                attributes.doubleValue("startRate"),
                attributes.doubleValue("lastRate"),
                attributes.doubleValue("lastFraction"),
                attributes.stringValue("monitor"),
                attributes.doubleValue("factor"),
                attributes.intValue("patience"),
                attributes.doubleValue("minDelta"),
                attributes.intValue("cooldown"),
                attributes.doubleValue("minRate"),
                attributes.enumValue(Granularity.class, "per"),
                attributes.classValue("custom"));
    }

    /** A rate left unset ({@code Defaults.UNSET}) is the optimizer's learning rate. */
    private static double orOptimizers(double rate, OptimizerSpec optimizer) {
        return Double.isNaN(rate) ? optimizer.learningRate() : rate;
    }
}
