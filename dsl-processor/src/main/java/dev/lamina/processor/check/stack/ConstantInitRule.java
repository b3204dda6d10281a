package dev.lamina.processor.check.stack;

import dev.lamina.dsl.Init;
import dev.lamina.processor.annotation.AttributeNames;
import dev.lamina.processor.check.Findings;
import dev.lamina.processor.check.Location;
import dev.lamina.processor.check.Message;
import dev.lamina.processor.check.Requirement;
import dev.lamina.processor.check.Rule;
import dev.lamina.processor.check.RuleContext;
import dev.lamina.processor.spec.ModelSpec;
import dev.lamina.processor.spec.layer.DenseSpec;
import dev.lamina.processor.spec.layer.LayerSpec;
import javax.tools.Diagnostic.Kind;

/**
 * A hidden Dense layer does not start with a constant kernel ({@code ZEROS}, {@code ONES}): the
 * chapter's first example of a symmetry training never breaks. With every weight equal, every unit
 * of the layer computes the same output and receives the same gradient, so after any number of
 * steps the units are still equal, and the layer works as one unit repeated. The output layer is
 * exempt: the gradients it receives differ unit by unit (each compares with its own target), which
 * breaks its symmetry at the first step; so is a layer of one unit, whose weights receive
 * gradients that differ input by input. A warning: it is legal, only almost always a slip.
 */
final class ConstantInitRule extends Rule {

    ConstantInitRule() {
        super("lamina:constant-init", Kind.WARNING,
                "A hidden Dense layer's kernel starts random, not ZEROS or ONES");
        // Which layers are hidden is known only once the output layer is.
        require(Requirement.OUTPUT_LAYER);
    }

    @Override
    public void check(ModelSpec model, RuleContext context, Findings findings) {
        for (LayerSpec layer : model.hiddenLayers()) {
            if (layer instanceof DenseSpec dense && applies(dense)) {
                findings.report(this, Location.of(dense.source(), AttributeNames.Dense.INIT), new Message(
                        "Hidden layer '" + dense.name() + "' starts with every kernel weight equal. Received: "
                                + InitFamily.describe(dense) + ".",
                        "With equal weights every unit computes the same output and receives the same gradient, so"
                                + " the units stay equal however long the layer trains: it works as one unit"
                                + " repeated " + dense.units() + " times. Random initial weights break that"
                                + " symmetry.",
                        "Use a random initializer that fits the activation, e.g. init = HE_NORMAL for the ReLU"
                                + " family or GLOROT_UNIFORM (the default) for tanh and sigmoid, or add"
                                + " @SuppressWarnings(\"" + id() + "\") to the method if this is intended."));
            }
        }
    }

    /**
     * Whether a hidden Dense layer's units start equal: it has more than one, and a constant kernel
     * (a {@code @VarianceScaling} draws at random).
     */
    static boolean applies(DenseSpec dense) {
        return dense.units() >= 2 && dense.varianceScaling().isEmpty()
                && (dense.init() == Init.ZEROS || dense.init() == Init.ONES);
    }
}
