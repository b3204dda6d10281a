package dev.lamina.processor.check;

import dev.lamina.dsl.OptimizerKind;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which {@code @Optimizer} attribute applies to which optimizer, and what it means there. Written
 * once so that the rule rejecting a misplaced attribute and its message cannot disagree.
 */
enum OptimizerAttribute {
    LEARNING_RATE("learningRate", "the step size", EnumSet.allOf(OptimizerKind.class)),
    MOMENTUM("momentum", "the momentum of SGD's and RMSProp's updates",
            EnumSet.of(OptimizerKind.SGD, OptimizerKind.RMSPROP)),
    NESTEROV("nesterov", "SGD's Nesterov look-ahead", EnumSet.of(OptimizerKind.SGD)),
    RHO("rho", "RMSProp's decay of the mean square of the gradients", EnumSet.of(OptimizerKind.RMSPROP)),
    BETA1("beta1", "Adam's decay of the first moment", EnumSet.of(OptimizerKind.ADAM)),
    BETA2("beta2", "Adam's decay of the second moment", EnumSet.of(OptimizerKind.ADAM)),
    EPSILON("epsilon", "the fuzz factor in RMSProp's and Adam's denominators",
            EnumSet.of(OptimizerKind.RMSPROP, OptimizerKind.ADAM));

    private final String attribute;
    private final String meaning;
    private final Set<OptimizerKind> kinds;

    OptimizerAttribute(String attribute, String meaning, Set<OptimizerKind> kinds) {
        this.attribute = attribute;
        this.meaning = meaning;
        this.kinds = kinds;
    }

    /** The attribute's name in {@code @Optimizer}. */
    String attribute() {
        return attribute;
    }

    /** What the attribute is, as a noun phrase: "Adam's decay of the first moment". */
    String meaning() {
        return meaning;
    }

    boolean appliesTo(OptimizerKind kind) {
        return kinds.contains(kind);
    }

    /** The kinds it applies to, as users write them: "SGD or RMSPROP". */
    String kindsPhrase() {
        return kinds.stream().map(OptimizerKind::name).collect(Collectors.joining(" or "));
    }
}
