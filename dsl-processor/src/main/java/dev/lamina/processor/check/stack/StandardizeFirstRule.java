package dev.lamina.processor.check.stack;

import dev.lamina.processor.check.Findings;
import dev.lamina.processor.check.Location;
import dev.lamina.processor.check.Message;
import dev.lamina.processor.check.Rule;
import dev.lamina.processor.check.RuleContext;
import dev.lamina.processor.spec.ModelSpec;
import dev.lamina.processor.spec.layer.LayerSpec;
import dev.lamina.processor.spec.layer.StandardizeSpec;
import java.util.List;
import javax.tools.Diagnostic.Kind;

/** {@code @Standardize} standardizes the model's input, so it is the first layer. */
final class StandardizeFirstRule extends Rule {

    StandardizeFirstRule() {
        super("lamina:standardize-first", Kind.ERROR, "@Standardize is the first layer");
    }

    @Override
    public void check(ModelSpec model, RuleContext context, Findings findings) {
        List<LayerSpec> layers = model.layers();
        for (int i = 1; i < layers.size(); i++) {
            if (layers.get(i) instanceof StandardizeSpec standardize) {
                findings.report(this, Location.of(standardize.source()), new Message(
                        "Layer '" + standardize.name() + "' is @Standardize, which must be the first layer. Received:"
                                + " it comes after '" + layers.get(i - 1).name() + "'.",
                        "It standardizes the model's input with the mean and standard deviation of the training data,"
                                + " and only the first layer receives the input.",
                        "Move '" + standardize.name() + "' first; to normalize between layers, use @BatchNorm."));
            }
        }
    }
}
