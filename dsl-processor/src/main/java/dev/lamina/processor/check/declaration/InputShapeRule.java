package dev.lamina.processor.check.declaration;

import dev.lamina.processor.annotation.AttributeNames;
import dev.lamina.processor.check.Findings;
import dev.lamina.processor.check.Location;
import dev.lamina.processor.check.Message;
import dev.lamina.processor.check.Requirement;
import dev.lamina.processor.check.Rule;
import dev.lamina.processor.check.RuleContext;
import dev.lamina.processor.spec.ModelSpec;
import dev.lamina.processor.spec.ShapeSpec;
import javax.tools.Diagnostic.Kind;

/**
 * {@code @Model(input = ...)} is one example's shape: at least one dimension, each at least 1,
 * and at most {@link Integer#MAX_VALUE} values in all (the runtime sizes layers with {@code int}s).
 */
final class InputShapeRule extends Rule {

    InputShapeRule() {
        super("lamina:input-shape", Kind.ERROR,
                "@Model input has at least one dimension, every dimension is at least 1, and an example has at most"
                        + " 2^31 - 1 values");
        establish(Requirement.SHAPES);
    }

    @Override
    public void check(ModelSpec model, RuleContext context, Findings findings) {
        ShapeSpec input = model.input();
        Location location = Location.of(model.source(), AttributeNames.Model.INPUT);
        String received = " Received: input = " + input.toArrayLiteral() + ".";
        if (input.rank() == 0) {
            findings.report(this, location, new Message(
                    "@Model input is empty." + received,
                    "It is the shape of one example without the batch dimension, and an example holds at least one"
                            + " value.",
                    "List the dimensions of one example, e.g. input = {28, 28} for 28-by-28 images or input = {8}"
                            + " for eight features."));
        } else if (input.dims().stream().anyMatch(dim -> dim < 1)) {
            findings.report(this, location, new Message(
                    "@Model input has a dimension below 1." + received,
                    "Every dimension of an example must hold at least one value; the batch dimension, which may vary,"
                            + " is not part of it.",
                    "Give the size of each dimension of one example and leave out the batch dimension, e.g."
                            + " input = {28, 28}."));
        } else if (input.size() > Integer.MAX_VALUE) {
            findings.report(this, location, new Message(
                    "@Model input has " + (input.size() == Long.MAX_VALUE ? "more than " : "") + input.size()
                            + " values per example." + received,
                    "The runtime sizes layers with Java ints, so one example holds at most " + Integer.MAX_VALUE
                            + " values.",
                    "Use a smaller input, e.g. downsample the images."));
        }
    }
}
