package dev.lamina.processor.generate;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import dev.lamina.dsl.Activation;
import dev.lamina.dsl.Init;
import dev.lamina.processor.check.LayerShape;
import dev.lamina.processor.spec.DenseSpec;
import dev.lamina.processor.spec.FlattenSpec;
import dev.lamina.processor.spec.LayerSpec;
import javax.lang.model.element.Modifier;

/**
 * One field per layer, holding the runtime layer built from its annotation:
 * {@code private final Dense hidden1 = new Dense("hidden1", 784, 300, Activation.ELU, Init.HE_NORMAL, true);}.
 * Sizes the annotations do not state (a Dense layer's inputs, a Flatten's units) come from shape
 * inference.
 */
final class LayerFields {
    private LayerFields() {}

    static FieldSpec field(LayerShape shape) {
        LayerSpec layer = shape.layer();
        return FieldSpec.builder(Names.of(layer.handle()), layer.name(), Modifier.PRIVATE, Modifier.FINAL)
                .initializer(layer.accept(new LayerSpec.Visitor<>() {
                    @Override
                    public CodeBlock visitDense(DenseSpec dense) {
                        // Never wrapped: one line per layer reads as the table it is.
                        return CodeBlock.of("new $T($S, $L, $L, $T.$L, $T.$L, $L)", Names.of(dense.handle()),
                                dense.name(), size(shape), dense.units(), Activation.class, dense.activation(),
                                Init.class, dense.init(), dense.useBias());
                    }

                    @Override
                    public CodeBlock visitFlatten(FlattenSpec flatten) {
                        return CodeBlock.of("new $T($S, $L)", Names.of(flatten.handle()), flatten.name(),
                                Math.toIntExact(shape.output().size()));
                    }
                }))
                .build();
    }

    /** A Dense layer's inputs: the size of the vector it receives (a checked model gives it a vector). */
    private static int size(LayerShape shape) {
        return Math.toIntExact(shape.input().size());
    }
}
