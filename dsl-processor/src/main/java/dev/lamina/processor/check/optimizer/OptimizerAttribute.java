package dev.lamina.processor.check.optimizer;

import static dev.lamina.dsl.OptimizerKind.ADAGRAD;
import static dev.lamina.dsl.OptimizerKind.ADAM;
import static dev.lamina.dsl.OptimizerKind.ADAMAX;
import static dev.lamina.dsl.OptimizerKind.ADAMW;
import static dev.lamina.dsl.OptimizerKind.NADAM;
import static dev.lamina.dsl.OptimizerKind.RMSPROP;
import static dev.lamina.dsl.OptimizerKind.SGD;

import dev.lamina.dsl.OptimizerKind;
import dev.lamina.processor.annotation.AttributeNames;
import dev.lamina.processor.check.KindAttribute;
import java.util.EnumSet;
import java.util.Set;

/**
 * Which {@code @Optimizer} attribute applies to which optimizer, and what it means there. Written
 * once so that the rule rejecting a misplaced attribute and its message cannot disagree.
 */
enum OptimizerAttribute implements KindAttribute<OptimizerKind> {
    LEARNING_RATE(AttributeNames.Optimizer.LEARNING_RATE, "the step size", EnumSet.allOf(OptimizerKind.class)),
    MOMENTUM(AttributeNames.Optimizer.MOMENTUM, "the momentum of SGD's and RMSProp's updates",
            EnumSet.of(SGD, RMSPROP)),
    NESTEROV(AttributeNames.Optimizer.NESTEROV, "SGD's Nesterov look-ahead", EnumSet.of(SGD)),
    INITIAL_ACCUMULATOR(AttributeNames.Optimizer.INITIAL_ACCUMULATOR, "AdaGrad's starting sum of squared gradients",
            EnumSet.of(ADAGRAD)),
    RHO(AttributeNames.Optimizer.RHO, "RMSProp's decay of the mean square of the gradients", EnumSet.of(RMSPROP)),
    CENTERED(AttributeNames.Optimizer.CENTERED, "RMSProp's division by the variance of the gradients",
            EnumSet.of(RMSPROP)),
    BETA1(AttributeNames.Optimizer.BETA1, "the Adam family's decay of the first moment",
            EnumSet.of(ADAM, NADAM, ADAMAX, ADAMW)),
    BETA2(AttributeNames.Optimizer.BETA2, "the Adam family's decay of the second moment",
            EnumSet.of(ADAM, NADAM, ADAMAX, ADAMW)),
    EPSILON(AttributeNames.Optimizer.EPSILON, "the fuzz factor in an adaptive optimizer's denominator",
            EnumSet.complementOf(EnumSet.of(SGD))),
    AMSGRAD(AttributeNames.Optimizer.AMSGRAD, "the AMSGrad variant of Adam", EnumSet.of(ADAM, ADAMW)),
    WEIGHT_DECAY(AttributeNames.Optimizer.WEIGHT_DECAY, "AdamW's decoupled weight decay", EnumSet.of(ADAMW)),
    CLIP_VALUE(AttributeNames.Optimizer.CLIP_VALUE, "element-wise gradient clipping",
            EnumSet.allOf(OptimizerKind.class)),
    CLIP_NORM(AttributeNames.Optimizer.CLIP_NORM, "per-tensor gradient norm clipping",
            EnumSet.allOf(OptimizerKind.class)),
    GLOBAL_CLIP_NORM(AttributeNames.Optimizer.GLOBAL_CLIP_NORM, "global gradient norm clipping",
            EnumSet.allOf(OptimizerKind.class)),
    SCHEDULE(AttributeNames.Optimizer.SCHEDULE, "the learning-rate schedule", EnumSet.allOf(OptimizerKind.class));

    private final String attribute;
    private final String meaning;
    private final Set<OptimizerKind> kinds;

    OptimizerAttribute(String attribute, String meaning, Set<OptimizerKind> kinds) {
        this.attribute = attribute;
        this.meaning = meaning;
        this.kinds = kinds;
    }

    @Override
    public String attribute() {
        return attribute;
    }

    @Override
    public String meaning() {
        return meaning;
    }

    @Override
    public Set<OptimizerKind> kinds() {
        return kinds;
    }
}
