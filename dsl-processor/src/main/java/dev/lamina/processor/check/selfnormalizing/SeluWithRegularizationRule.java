package dev.lamina.processor.check.selfnormalizing;

import dev.lamina.processor.check.Findings;
import dev.lamina.processor.check.Location;
import dev.lamina.processor.check.Message;
import dev.lamina.processor.spec.ConstraintSpec;
import dev.lamina.processor.spec.ModelSpec;
import dev.lamina.processor.spec.RegularizerSpec;
import dev.lamina.processor.spec.Source;
import dev.lamina.processor.spec.WeightSpec;
import dev.lamina.processor.spec.layer.DenseSpec;
import dev.lamina.processor.spec.layer.LayerSpec;
import java.util.ArrayList;
import java.util.List;
import javax.tools.Diagnostic.Kind;

/**
 * The hidden layers of a self-normalizing model have no L1 or L2 penalty and no max-norm: they
 * change the weights' variance that SELU's fixed point depends on. Each annotation is reported
 * once, where it is written (a {@code @DenseDefaults} once, not on every layer it reaches); the
 * output layer is exempt.
 */
final class SeluWithRegularizationRule extends SelfNormalizingRule {

    SeluWithRegularizationRule() {
        super("lamina:selu-with-regularization",
                "The hidden layers of a self-normalizing model have no @L1, @L2, @L1L2 or @MaxNorm");
    }

    @Override
    void checkSelfNormalizing(ModelSpec model, Findings findings) {
        List<Source> reported = new ArrayList<>();
        for (LayerSpec layer : model.hiddenLayers()) {
            if (layer instanceof DenseSpec dense) {
                check(model, dense, dense.kernel(), reported, findings);
                check(model, dense, dense.bias(), reported, findings);
            }
        }
    }

    private void check(ModelSpec model, DenseSpec dense, WeightSpec weight, List<Source> reported,
            Findings findings) {
        weight.regularizer().filter(regularizer -> !regularizer.isZero()).ifPresent(regularizer ->
                reportOnce(model, dense, regularizer.source(), describe(regularizer), reported, findings));
        weight.constraint().filter(constraint -> constraint.kind() == ConstraintSpec.Kind.MAX_NORM)
                .ifPresent(constraint -> reportOnce(model, dense, constraint.source(),
                        constraint.source().annotationName().equals("@DenseDefaults")
                                ? "@DenseDefaults(maxNorm = " + constraint.maxValue() + ")"
                                : "@MaxNorm(" + constraint.maxValue() + ")",
                        reported, findings));
    }

    private void reportOnce(ModelSpec model, DenseSpec dense, Source source, String received, List<Source> reported,
            Findings findings) {
        if (reported.contains(source)) {
            return;
        }
        reported.add(source);
        boolean defaults = source.annotationName().equals("@DenseDefaults");
        report(model, findings, Location.of(source), new Message(
                (defaults ? "@DenseDefaults regularizes the hidden layers" : "Hidden layer '" + dense.name()
                        + "' is regularized") + " in " + SelfNormalizing.model(model) + ". Received: " + received
                        + ".",
                "L1 and L2 penalties and max-norm pull the weights away from the variance LeCun initialization gives"
                        + " them, which SELU's self-normalization depends on (the chapter lists them among what"
                        + " breaks it).",
                "Remove it and regularize with @AlphaDropout if needed, " + SelfNormalizing.otherwise(model) + "."));
    }

    private static String describe(RegularizerSpec regularizer) {
        String annotation = regularizer.source().annotationName();
        if (annotation.equals("@DenseDefaults")) {
            return "@DenseDefaults(" + (regularizer.kind() == RegularizerSpec.Kind.L2 ? "l2 = " + regularizer.l2()
                    : regularizer.kind() == RegularizerSpec.Kind.L1 ? "l1 = " + regularizer.l1()
                    : "l1 = " + regularizer.l1() + ", l2 = " + regularizer.l2()) + ")";
        }
        return switch (regularizer.kind()) {
            case L1 -> "@L1(" + regularizer.l1() + ")";
            case L2 -> "@L2(" + regularizer.l2() + ")";
            case L1L2 -> "@L1L2(l1 = " + regularizer.l1() + ", l2 = " + regularizer.l2() + ")";
        };
    }
}
