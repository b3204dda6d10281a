package dev.lamina.processor.check.stack;

import dev.lamina.dsl.Activation;
import dev.lamina.processor.annotation.AttributeNames;
import dev.lamina.processor.check.Findings;
import dev.lamina.processor.check.Location;
import dev.lamina.processor.check.Message;
import dev.lamina.processor.check.Rule;
import dev.lamina.processor.check.RuleContext;
import dev.lamina.processor.spec.ModelSpec;
import dev.lamina.processor.spec.layer.BatchNormSpec;
import dev.lamina.processor.spec.layer.DenseSpec;
import dev.lamina.processor.spec.layer.LayerSpec;
import java.util.List;
import javax.tools.Diagnostic.Kind;

/**
 * A linear Dense layer directly followed by a centering Batch Normalization layer has no bias:
 * BN subtracts the batch mean, which removes any constant added before it, and adds its own
 * offset. Only for a linear Dense layer (the chapter's Dense, BatchNorm, activation): after a
 * non-linear activation the bias is not a constant shift of BN's input, and the chapter's first
 * BN cell keeps it.
 */
final class BiasBeforeBatchNormRule extends Rule {

    BiasBeforeBatchNormRule() {
        super("lamina:bias-before-batchnorm", Kind.WARNING,
                "A linear @Dense directly followed by @BatchNorm sets useBias = false");
    }

    @Override
    public void check(ModelSpec model, RuleContext context, Findings findings) {
        List<LayerSpec> layers = model.layers();
        for (int i = 0; i + 1 < layers.size(); i++) {
            if (layers.get(i) instanceof DenseSpec dense && dense.useBias()
                    && dense.activation() == Activation.LINEAR
                    && layers.get(i + 1) instanceof BatchNormSpec batchNorm && batchNorm.center()) {
                findings.report(this, Location.of(dense.source(), AttributeNames.Dense.USE_BIAS), new Message(
                        "Layer '" + dense.name() + "' adds a bias that '" + batchNorm.name()
                                + "', the @BatchNorm right after it, removes. Received: useBias = true"
                                + (dense.source().isExplicit(AttributeNames.Dense.USE_BIAS) ? "" : " (the default)")
                                + ", act = LINEAR.",
                        "Batch Normalization subtracts the batch mean, which cancels any constant added before it,"
                                + " and adds its own learned offset: the bias is a parameter that does nothing (the"
                                + " chapter's BN-before-activation cell uses use_bias=False).",
                        "Set useBias = false on '" + dense.name() + "'."));
            }
        }
    }
}
