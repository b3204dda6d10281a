package dev.lamina.processor.spec.layer;

import dev.lamina.processor.spec.LayerDeclaration;
import dev.lamina.processor.spec.RuntimeType;
import dev.lamina.processor.spec.Source;

/**
 * One layer of a model: an abstract method with exactly one layer annotation (or one repetition of
 * a method with {@code @Repeat}), its attributes read and their defaults resolved. Java 17 has no pattern matching over sealed types in
 * {@code switch}, so stages that treat each kind differently implement {@link Visitor}: adding a
 * layer kind then fails to compile wherever it is not handled yet.
 */
public sealed interface LayerSpec permits DenseSpec, FlattenSpec, BatchNormSpec, DropoutSpec, AlphaDropoutSpec,
        ActivationLayerSpec, LeakyReLUSpec, PReLUSpec, RReLUSpec, StandardizeSpec {

    /** The method the layer was declared by. */
    LayerDeclaration declaration();

    /** The method and its layer annotation, for diagnostics. */
    Source source();

    /** The runtime class the generated code instantiates for this layer. */
    RuntimeType handle();

    <R> R accept(Visitor<R> visitor);

    /** The layer's name: its method's name, or for a repetition of a {@code @Repeat} method its numbered name. */
    default String name() {
        return declaration().name();
    }

    /** An operation with one case per layer kind. */
    interface Visitor<R> {
        R visitDense(DenseSpec dense);

        R visitFlatten(FlattenSpec flatten);

        R visitBatchNorm(BatchNormSpec batchNorm);

        R visitDropout(DropoutSpec dropout);

        R visitAlphaDropout(AlphaDropoutSpec alphaDropout);

        R visitActivationLayer(ActivationLayerSpec activation);

        R visitLeakyReLU(LeakyReLUSpec leakyReLU);

        R visitPReLU(PReLUSpec pReLU);

        R visitRReLU(RReLUSpec rReLU);

        R visitStandardize(StandardizeSpec standardize);
    }
}
