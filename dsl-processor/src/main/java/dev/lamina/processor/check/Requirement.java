package dev.lamina.processor.check;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a rule may take for granted about the model, because earlier rules checked it. A rule
 * {@linkplain Rule#requires() requires} some of these; the rules that check one
 * {@linkplain Rule#establishes() establish} it, and an error of theirs breaks it. A requirement
 * holds when no rule broke it and every requirement it builds on holds; the checker skips a rule
 * whose requirements do not hold. That rule's findings would only be consequences of the error
 * already reported (a shape inferred from an empty input, the intended output layer taken for a
 * hidden one), or it would fail on a model it cannot read.
 */
public enum Requirement {
    /** The Lamina runtime is on the class path, in the processor's version. */
    RUNTIME,
    /** The model type is one a generated class can complete: an interface or a fitting abstract class. */
    MODEL_TYPE(RUNTIME),
    /**
     * Every abstract method is one layer, or as many as its {@code @Repeat} says: the stack has
     * no hole, so the layer list is the network.
     */
    LAYER_STACK(MODEL_TYPE),
    /**
     * Shape inference means something: the input shape is one example's, and every Dense layer
     * has units. Rules that read {@link RuleContext#shapes()} require it.
     */
    SHAPES(LAYER_STACK),
    /**
     * The last layer is the output layer, a Dense (whether or not its activation and units fit the
     * loss), so the layers before it are the hidden ones. Advice about hidden layers requires it:
     * with a layer after the intended output layer, that layer would be judged as a hidden one.
     */
    OUTPUT_LAYER(LAYER_STACK);

    /** An array, not an EnumSet: an enum's own EnumSet cannot be made while its constants are. */
    private final Requirement[] buildsOn;

    Requirement(Requirement... buildsOn) {
        this.buildsOn = buildsOn;
    }

    /** This requirement and every one it builds on, directly or not. */
    public Set<Requirement> withFoundations() {
        Set<Requirement> all = EnumSet.of(this);
        for (Requirement foundation : buildsOn) {
            all.addAll(foundation.withFoundations());
        }
        return all;
    }
}
