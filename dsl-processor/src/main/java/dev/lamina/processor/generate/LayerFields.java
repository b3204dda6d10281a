package dev.lamina.processor.generate;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import dev.lamina.dsl.Activation;
import dev.lamina.dsl.Init;
import dev.lamina.processor.check.LayerShape;
import dev.lamina.processor.spec.RuntimeType;
import dev.lamina.processor.spec.WeightSpec;
import dev.lamina.processor.spec.layer.ActivationLayerSpec;
import dev.lamina.processor.spec.layer.AlphaDropoutSpec;
import dev.lamina.processor.spec.layer.BatchNormSpec;
import dev.lamina.processor.spec.layer.DenseSpec;
import dev.lamina.processor.spec.layer.DropoutSpec;
import dev.lamina.processor.spec.layer.FlattenSpec;
import dev.lamina.processor.spec.layer.LayerSpec;
import dev.lamina.processor.spec.layer.LeakyReLUSpec;
import dev.lamina.processor.spec.layer.PReLUSpec;
import dev.lamina.processor.spec.layer.RReLUSpec;
import dev.lamina.processor.spec.layer.StandardizeSpec;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * One field per layer, holding the runtime layer built from its annotation:
 * {@code private final Dense hidden1 = new Dense("hidden1", 784, 300, Activation.ELU, Init.HE_NORMAL, true);}.
 * Sizes the annotations do not state (a Dense layer's inputs, a Flatten's units, a BatchNorm's
 * features, the shapes of PReLU and Standardize) come from shape inference. What a layer's weights
 * are configured with beyond the constructor follows it, one call per line:
 * {@code .withKernelRegularizer(Regularizer.l2(0.01))}.
 */
final class LayerFields {
    private LayerFields() {}

    static FieldSpec field(LayerShape shape) {
        LayerSpec layer = shape.layer();
        return FieldSpec.builder(Names.of(layer.handle()), layer.name(), Modifier.PRIVATE, Modifier.FINAL)
                .initializer(layer.accept(new LayerSpec.Visitor<>() {
                    @Override
                    public CodeBlock visitDense(DenseSpec dense) {
                        // The constructor is never wrapped: one line per layer reads as the table it is.
                        CodeBlock constructor = CodeBlock.of("new $T($S, $L, $L, $T.$L, $T.$L, $L)",
                                Names.of(dense.handle()), dense.name(), size(shape), dense.units(), Activation.class,
                                dense.activation(), Init.class, dense.init(), dense.useBias());
                        List<CodeBlock> calls = new ArrayList<>();
                        dense.varianceScaling().ifPresent(scaling -> calls.add(
                                CodeBlock.of("withKernelInitializer($L)", WeightCode.varianceScaling(scaling))));
                        if (dense.biasInit() != Init.ZEROS) {
                            calls.add(CodeBlock.of("withBiasInitializer($T.of($T.$L))",
                                    Names.of(RuntimeType.INITIALIZER), Init.class, dense.biasInit()));
                        }
                        addWeight(calls, "Kernel", dense.kernel());
                        addWeight(calls, "Bias", dense.bias());
                        return chain(constructor, calls);
                    }

                    @Override
                    public CodeBlock visitFlatten(FlattenSpec flatten) {
                        return CodeBlock.of("new $T($S, $L)", Names.of(flatten.handle()), flatten.name(),
                                Math.toIntExact(shape.output().size()));
                    }

                    @Override
                    public CodeBlock visitBatchNorm(BatchNormSpec batchNorm) {
                        return CodeBlock.of("new $T($S, $L, $L, $L, $L, $L)", Names.of(batchNorm.handle()),
                                batchNorm.name(), features(shape), batchNorm.momentum(), batchNorm.epsilon(),
                                batchNorm.center(), batchNorm.scale());
                    }

                    @Override
                    public CodeBlock visitDropout(DropoutSpec dropout) {
                        return CodeBlock.of("new $T($S, $L)", Names.of(dropout.handle()), dropout.name(),
                                dropout.rate());
                    }

                    @Override
                    public CodeBlock visitAlphaDropout(AlphaDropoutSpec alphaDropout) {
                        return CodeBlock.of("new $T($S, $L)", Names.of(alphaDropout.handle()), alphaDropout.name(),
                                alphaDropout.rate());
                    }

                    @Override
                    public CodeBlock visitActivationLayer(ActivationLayerSpec activation) {
                        return CodeBlock.of("new $T($S, $T.$L)", Names.of(activation.handle()), activation.name(),
                                Activation.class, activation.activation());
                    }

                    @Override
                    public CodeBlock visitLeakyReLU(LeakyReLUSpec leakyReLU) {
                        return CodeBlock.of("new $T($S, $L)", Names.of(leakyReLU.handle()), leakyReLU.name(),
                                leakyReLU.slope());
                    }

                    @Override
                    public CodeBlock visitPReLU(PReLUSpec pReLU) {
                        CodeBlock constructor = CodeBlock.of("new $T($S, $L, $L)", Names.of(pReLU.handle()),
                                pReLU.name(), Literals.longs(shape.input().dims()), Literals.ints(pReLU.sharedAxes()));
                        List<CodeBlock> calls = new ArrayList<>();
                        addWeight(calls, "Alpha", pReLU.alpha());
                        return chain(constructor, calls);
                    }

                    @Override
                    public CodeBlock visitRReLU(RReLUSpec rReLU) {
                        return CodeBlock.of("new $T($S, $L, $L)", Names.of(rReLU.handle()), rReLU.name(),
                                rReLU.lower(), rReLU.upper());
                    }

                    @Override
                    public CodeBlock visitStandardize(StandardizeSpec standardize) {
                        return CodeBlock.of("new $T($S, $L)", Names.of(standardize.handle()), standardize.name(),
                                Literals.longs(shape.input().dims()));
                    }
                }))
                .build();
    }

    /** {@code withKernelRegularizer(...)} and {@code withKernelConstraint(...)}, for what the weight has. */
    private static void addWeight(List<CodeBlock> calls, String weight, WeightSpec spec) {
        // A zero penalty (@L2(0), the opt-out of a default) adds nothing to the loss.
        spec.regularizer().filter(regularizer -> !regularizer.isZero()).ifPresent(regularizer -> calls.add(
                CodeBlock.of("with$LRegularizer($L)", weight, WeightCode.regularizer(regularizer))));
        spec.constraint().ifPresent(constraint -> calls.add(
                CodeBlock.of("with$LConstraint($L)", weight, WeightCode.constraint(constraint))));
    }

    /** The constructor, then each call on a line of its own. */
    private static CodeBlock chain(CodeBlock constructor, List<CodeBlock> calls) {
        if (calls.isEmpty()) {
            return constructor;
        }
        CodeBlock.Builder chain = CodeBlock.builder().add("$L$>$>", constructor);
        calls.forEach(call -> chain.add("\n.$L", call));
        return chain.add("$<$<").build();
    }

    /** A Dense layer's inputs: the size of the vector it receives (a checked model gives it a vector). */
    private static int size(LayerShape shape) {
        return Math.toIntExact(shape.input().size());
    }

    /** A BatchNorm layer's features: the last dimension of its input, which it normalizes over. */
    private static int features(LayerShape shape) {
        List<Long> dims = shape.input().dims();
        return Math.toIntExact(dims.get(dims.size() - 1));
    }
}
