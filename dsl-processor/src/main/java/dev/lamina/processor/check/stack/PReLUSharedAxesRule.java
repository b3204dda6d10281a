package dev.lamina.processor.check.stack;

import dev.lamina.processor.annotation.AttributeNames;
import dev.lamina.processor.check.Findings;
import dev.lamina.processor.check.LayerShape;
import dev.lamina.processor.check.Location;
import dev.lamina.processor.check.Message;
import dev.lamina.processor.check.Requirement;
import dev.lamina.processor.check.Rule;
import dev.lamina.processor.check.RuleContext;
import dev.lamina.processor.spec.ModelSpec;
import dev.lamina.processor.spec.layer.PReLUSpec;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.tools.Diagnostic.Kind;

/**
 * {@code @PReLU}'s shared axes are axes of its input, Keras-numbered (1 is an example's first
 * axis; the batch axis, 0, cannot be shared), each named once.
 */
final class PReLUSharedAxesRule extends Rule {

    PReLUSharedAxesRule() {
        super("lamina:prelu-shared-axes", Kind.ERROR,
                "@PReLU sharedAxes are distinct axes of its input, from 1 to the input's rank");
        require(Requirement.SHAPES);
    }

    @Override
    public void check(ModelSpec model, RuleContext context, Findings findings) {
        for (LayerShape shape : context.shapes()) {
            if (!(shape.layer() instanceof PReLUSpec prelu)) {
                continue;
            }
            int rank = shape.input().rank();
            List<Integer> axes = prelu.sharedAxes();
            Set<Integer> seen = new HashSet<>();
            boolean inRange = axes.stream().allMatch(axis -> axis >= 1 && axis <= rank);
            boolean distinct = axes.stream().allMatch(seen::add);
            if (inRange && distinct) {
                continue;
            }
            String received = axes.stream().map(String::valueOf).collect(Collectors.joining(", ", "{", "}"));
            findings.report(this, Location.of(prelu.source(), AttributeNames.PReLU.SHARED_AXES), new Message(
                    "Layer '" + prelu.name() + "': @PReLU sharedAxes must be distinct axes from 1 to " + rank
                            + ", the rank of its input of shape " + shape.input() + ". Received: sharedAxes = "
                            + received + ".",
                    "Axes are numbered as in Keras: 0 is the batch axis, which cannot share a slope, and 1 is the"
                            + " first axis of an example.",
                    rank == 1
                            ? "Use sharedAxes = {1} for one slope in all, or leave it out for one slope per unit."
                            : "Use axes from 1 to " + rank + ", e.g. sharedAxes = {1, " + rank + "} to share one slope"
                                    + " along both, or leave it out for one slope per value."));
        }
    }
}
