package dev.lamina.processor.check;

import dev.lamina.processor.spec.LayerSpec;
import dev.lamina.processor.spec.ModelSpec;
import dev.lamina.processor.spec.StandardizeSpec;
import java.util.List;
import javax.tools.Diagnostic.Kind;

/** {@code @Standardize} standardizes the model's input, so it is the first layer. */
final class StandardizeFirstRule implements Rule {

    @Override
    public String id() {
        return "lamina:standardize-first";
    }

    @Override
    public Kind severity() {
        return Kind.ERROR;
    }

    @Override
    public String summary() {
        return "@Standardize is the first layer";
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
