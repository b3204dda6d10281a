package dev.lamina.processor.read;

import com.google.auto.common.MoreElements;
import dev.lamina.dsl.Granularity;
import dev.lamina.dsl.Schedule;
import dev.lamina.dsl.ScheduleKind;
import dev.lamina.processor.annotation.AttributeNames;
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
            kind = attributes.enumValue(ScheduleKind.class, AttributeNames.Schedule.VALUE);
        } else {
            attributes = Attributes.defaultsOf(elements.getTypeElement(Schedule.class.getCanonicalName()), model);
            kind = optimizer.schedule();
        }
        return new ScheduleSpec(source, kind,
                orOptimizers(attributes.doubleValue(AttributeNames.Schedule.INITIAL_RATE), optimizer),
                attributes.doubleValue(AttributeNames.Schedule.DECAY_RATE),
                attributes.doubleValue(AttributeNames.Schedule.DECAY_STEPS),
                attributes.booleanValue(AttributeNames.Schedule.STAIRCASE),
                attributes.doubleValue(AttributeNames.Schedule.POWER),
                attributes.doubleArray(AttributeNames.Schedule.BOUNDARIES),
                attributes.doubleArray(AttributeNames.Schedule.VALUES),
                attributes.doubleValue(AttributeNames.Schedule.ALPHA),
                attributes.doubleValue(AttributeNames.Schedule.WARMUP_STEPS),
                attributes.doubleValue(AttributeNames.Schedule.WARMUP_TARGET),
                orOptimizers(attributes.doubleValue(AttributeNames.Schedule.MAX_RATE), optimizer),
                attributes.doubleValue(AttributeNames.Schedule.START_RATE),
                attributes.doubleValue(AttributeNames.Schedule.LAST_RATE),
                attributes.doubleValue(AttributeNames.Schedule.LAST_FRACTION),
                attributes.stringValue(AttributeNames.Schedule.MONITOR),
                attributes.doubleValue(AttributeNames.Schedule.FACTOR),
                attributes.intValue(AttributeNames.Schedule.PATIENCE),
                attributes.doubleValue(AttributeNames.Schedule.MIN_DELTA),
                attributes.intValue(AttributeNames.Schedule.COOLDOWN),
                attributes.doubleValue(AttributeNames.Schedule.MIN_RATE),
                attributes.enumValue(Granularity.class, AttributeNames.Schedule.PER),
                attributes.classValue(AttributeNames.Schedule.CUSTOM),
                attributes.booleanValue(AttributeNames.Schedule.CYCLE_MOMENTUM));
    }

    /** A rate left unset ({@code Defaults.UNSET}) is the optimizer's learning rate. */
    private static double orOptimizers(double rate, OptimizerSpec optimizer) {
        return Double.isNaN(rate) ? optimizer.learningRate() : rate;
    }
}
