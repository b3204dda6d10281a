package dev.lamina.processor.check.stack;

import dev.lamina.processor.check.Rule;
import java.util.List;

/** Every rule of this package, for {@link dev.lamina.processor.check.Rules} to run. */
public final class StackRules {
    /** In the order they run, which is the order their diagnostics print in. */
    public static final List<Rule> ALL = List.of(
            new StandardizeFirstRule(),
            new PReLUSharedAxesRule(),
            new DenseNeedsFlattenRule(),
            new SoftmaxHiddenRule(),
            new InitActivationRule(),
            new ConstantInitRule(),
            new SaturatingDeepStackRule(),
            new ActivationTwiceRule(),
            new BiasBeforeBatchNormRule());

    private StackRules() {}
}
