package dev.lamina.processor.check.optimizer;

import dev.lamina.processor.annotation.AttributeNames;
import dev.lamina.processor.check.Findings;
import dev.lamina.processor.check.Location;
import dev.lamina.processor.check.Message;
import dev.lamina.processor.check.Rule;
import dev.lamina.processor.check.RuleContext;
import dev.lamina.processor.spec.ModelSpec;
import dev.lamina.processor.spec.OptimizerSpec;
import dev.lamina.processor.spec.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.Diagnostic.Kind;

/** An optimizer clips its gradients one way at most, as Keras allows: clipValue, clipNorm or globalClipNorm. */
final class OneClippingRule extends Rule {

    OneClippingRule() {
        super("lamina:one-clipping", Kind.ERROR,
                "@Optimizer sets at most one of clipValue, clipNorm and globalClipNorm");
    }

    @Override
    public void check(ModelSpec model, RuleContext context, Findings findings) {
        OptimizerSpec optimizer = model.optimizer();
        if (optimizer.source().isEmpty()) {
            return;
        }
        Source source = optimizer.source().get();
        Map<String, Double> thresholds = Map.of(
                AttributeNames.Optimizer.CLIP_VALUE, optimizer.clipValue(),
                AttributeNames.Optimizer.CLIP_NORM, optimizer.clipNorm(),
                AttributeNames.Optimizer.GLOBAL_CLIP_NORM, optimizer.globalClipNorm());
        List<String> set = new ArrayList<>();
        for (String name : List.of(AttributeNames.Optimizer.CLIP_VALUE, AttributeNames.Optimizer.CLIP_NORM,
                AttributeNames.Optimizer.GLOBAL_CLIP_NORM)) {
            if (source.isExplicit(name) && !Double.isNaN(thresholds.get(name))) {
                set.add(name);
            }
        }
        for (String name : set.subList(Math.min(1, set.size()), set.size())) {
            findings.report(this, Location.of(source, name), new Message(
                    "@Optimizer sets both " + set.get(0) + " and " + name + ". Received: " + set.get(0) + " = "
                            + thresholds.get(set.get(0)) + ", " + name + " = " + thresholds.get(name) + ".",
                    "Keras accepts one clipping per optimizer, and which of two would act first changes the result.",
                    "Keep one: clipValue clips each gradient element (the chapter's clipvalue), clipNorm each"
                            + " gradient tensor's norm, globalClipNorm the norm of all gradients together."));
        }
    }
}
