package dev.lamina.processor.check.layer;

import dev.lamina.dsl.WeightTarget;
import dev.lamina.processor.check.Findings;
import dev.lamina.processor.check.Location;
import dev.lamina.processor.check.Message;
import dev.lamina.processor.check.Rule;
import dev.lamina.processor.check.RuleContext;
import dev.lamina.processor.spec.ConstraintSpec;
import dev.lamina.processor.spec.LayerDeclaration;
import dev.lamina.processor.spec.ModelSpec;
import dev.lamina.processor.spec.RegularizerSpec;
import dev.lamina.processor.spec.Source;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.tools.Diagnostic.Kind;

/**
 * A weight has at most one regularizer and at most one constraint: two regularizer annotations
 * (or two constraint annotations) on one layer method may not target the same weight.
 */
final class ConflictingWeightAnnotationsRule extends Rule {

    ConflictingWeightAnnotationsRule() {
        super("lamina:conflicting-weight-annotations", Kind.ERROR,
                "A weight has at most one regularizer (@L1, @L2, @L1L2) and at most one constraint (@MaxNorm,"
                        + " @UnitNorm, @NonNeg)");
    }

    @Override
    public void check(ModelSpec model, RuleContext context, Findings findings) {
        for (LayerDeclaration declaration : model.declarations()) {
            check(declaration, declaration.regularizers(), RegularizerSpec::source, RegularizerSpec::on, "regularizers",
                    "Each weight has one penalty, and Lamina does not guess whether two are meant to add up or one"
                            + " to win.",
                    "Keep one; for L1 and L2 together write @L1L2(l1 = ..., l2 = ...).", findings);
            check(declaration, declaration.constraints(), ConstraintSpec::source, ConstraintSpec::on, "constraints",
                    "Each weight has one constraint, applied after every update; a second would undo the first.",
                    "Keep one.", findings);
        }
    }

    private <T> void check(LayerDeclaration declaration, List<T> annotations, Function<T, Source> source,
            Function<T, WeightTarget> on, String what, String why, String fix, Findings findings) {
        Map<WeightTarget, T> first = new EnumMap<>(WeightTarget.class);
        for (T annotation : annotations) {
            T earlier = first.putIfAbsent(on.apply(annotation), annotation);
            if (earlier != null) {
                findings.report(this, Location.of(source.apply(annotation)), new Message(
                        "Layer '" + declaration.name() + "' has two " + what + " on its " + target(on.apply(annotation))
                                + ". Received: " + source.apply(earlier).annotationName() + " and "
                                + source.apply(annotation).annotationName() + ".",
                        why, fix));
            }
        }
    }

    private static String target(WeightTarget target) {
        return switch (target) {
            case KERNEL -> "kernel";
            case BIAS -> "bias";
            case ALPHA -> "slope (ALPHA)";
        };
    }
}
