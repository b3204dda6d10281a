package dev.lamina.processor.check;

import dev.lamina.processor.spec.Source;
import java.util.List;
import java.util.Set;

/**
 * An attribute of an annotation whose kind, its {@code value}, decides which of its other attributes
 * apply: {@code @Optimizer(SGD)} has no {@code beta1}, {@code @Schedule(PLATEAU)} no
 * {@code decaySteps}. The optimizer's and the schedule's tables of attributes implement it, so that
 * the rule rejecting a misplaced attribute and its message cannot disagree with the table.
 *
 * @param <K> the annotation's kinds
 */
public interface KindAttribute<K extends Enum<K>> {

    /** The attribute's name in its annotation. */
    String attribute();

    /** What the attribute is, as a noun phrase: "AdamW's decoupled weight decay". */
    String meaning();

    /** The kinds that use it. */
    Set<K> kinds();

    default boolean appliesTo(K kind) {
        return kinds().contains(kind);
    }

    /**
     * Reports each of {@code attributes} written in {@code source} that {@code kind} does not use:
     * Lamina rejects a setting rather than ignore it.
     *
     * @param annotation the annotation and its kind as the message names them: {@code @Optimizer(value = SGD)}
     */
    static <K extends Enum<K>> void reportMisplaced(Rule rule, Findings findings, Source source, String annotation,
            K kind, List<? extends KindAttribute<K>> attributes) {
        for (KindAttribute<K> attribute : attributes) {
            String name = attribute.attribute();
            if (source.isExplicit(name) && !attribute.appliesTo(kind)) {
                List<String> kinds = attribute.kinds().stream().map(Enum::name).toList();
                findings.report(rule, Location.of(source, name), new Message(
                        annotation + " does not use " + name + ". Received: " + name + " = "
                                + Describe.value(source.value(name)) + ".",
                        name + " is " + attribute.meaning() + ", which " + kind + " does not have; Lamina rejects a"
                                + " setting rather than ignore it.",
                        "Remove " + name + ", or choose value = " + Describe.alternatives(kinds) + "."));
            }
        }
    }
}
