package dev.lamina.processor.generate;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.lamina.dsl.Loss;
import dev.lamina.dsl.Metric;
import dev.lamina.dsl.Target;
import dev.lamina.processor.check.CheckedModel;
import dev.lamina.processor.spec.LayerDeclaration;
import dev.lamina.processor.spec.ModelSpec;
import dev.lamina.processor.spec.RuntimeType;
import dev.lamina.processor.spec.layer.LayerSpec;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;

/**
 * Stage three: writes {@code <Name>Model} for a checked model. For a model type nested in another
 * ({@code p.Outer.Net}) the generated class is top-level in the same package and named after the
 * simple name ({@code p.NetModel}), so users find it where they would look.
 */
public final class ModelWriter {
    /** The parameters of {@code body}; a layer with one of these names is reached through {@code this}. */
    private static final String TF = "tf";
    private static final String X = "x";
    private static final String MODE = "mode";
    private static final Set<String> BODY_PARAMETERS = Set.of(TF, X, MODE);

    /** The name generated for a model type. */
    public static String generatedName(ModelSpec model) {
        return model.name() + "Model";
    }

    public JavaFile write(CheckedModel checked) {
        ModelSpec model = checked.spec();
        ClassName modelType = ClassName.get(model.type());
        ClassName generated = ClassName.get(model.packageName(), generatedName(model));
        FieldSpec config = config(model);

        TypeSpec.Builder type = TypeSpec.classBuilder(generated)
                .addOriginatingElement(model.type())
                .addJavadoc(ModelJavadoc.of(model, modelType))
                .addAnnotation(AnnotationSpec.builder(Names.GENERATED)
                        .addMember("value", "$S", Names.GENERATOR)
                        .build())
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL);
        if (model.type().getKind() == ElementKind.INTERFACE) {
            type.superclass(Names.of(RuntimeType.SEQUENTIAL_MODEL)).addSuperinterface(modelType);
        } else {
            // An abstract class model extends SequentialModel itself (the model-kind rule checks it).
            type.superclass(modelType);
        }
        type.addField(config);
        List<FieldSpec> layers = checked.shapes().stream().map(LayerFields::field).toList();
        type.addFields(layers);
        type.addMethod(constructor(model, layers));
        type.addMethod(create(generated));
        type.addMethod(createWithSeed(generated));
        type.addMethod(load(generated));
        type.addMethod(override("config", Names.of(RuntimeType.MODEL_CONFIG))
                .addStatement("return $N", config)
                .build());
        type.addMethod(override("optimizer", Names.of(RuntimeType.OPTIMIZER))
                .addStatement("return $L", OptimizerCode.forModel(model))
                .build());
        if (ScheduleCode.isStepFunction(model.schedule().kind())) {
            type.addMethod(override("schedule", Names.of(RuntimeType.LEARNING_RATE_SCHEDULE))
                    .addStatement("return $L", ScheduleCode.create(model.schedule()))
                    .build());
        }
        List<CodeBlock> callbacks = CallbackCode.declared(model);
        if (!callbacks.isEmpty()) {
            type.addMethod(override("declaredCallbacks",
                            ParameterizedTypeName.get(ClassName.get(List.class), Names.of(RuntimeType.CALLBACK)))
                    .addStatement("return $T.of($L)", List.class, CodeBlock.join(callbacks, ",$W"))
                    .build());
        }
        type.addMethod(override("layers",
                        ParameterizedTypeName.get(ClassName.get(List.class), Names.of(RuntimeType.LAYER)))
                .addStatement("return $T.of($L)", List.class, names(layers))
                .build());
        List<FieldSpec> reused = fields(model, layers, model.reusedLayers());
        if (!reused.isEmpty()) {
            type.addMethod(MethodSpec.methodBuilder("reusedLayers")
                    .addAnnotation(Override.class)
                    .addModifiers(Modifier.PUBLIC)
                    .returns(ParameterizedTypeName.get(ClassName.get(List.class), Names.of(RuntimeType.LAYER)))
                    .addStatement("return $T.of($L)", List.class, names(reused))
                    .build());
        }
        type.addMethod(body(model.layers()));
        type.addMethod(override("head", Names.of(RuntimeType.DENSE))
                .addStatement("return $N", layers.get(layers.size() - 1))
                .build());
        for (LayerDeclaration declaration : model.declarations()) {
            type.addMethod(accessor(declaration, fields(model, layers, model.layersOf(declaration))));
        }
        return JavaFile.builder(model.packageName(), type.build()).skipJavaLangImports(true).build();
    }

    private static FieldSpec config(ModelSpec model) {
        CodeBlock shape = model.input().dims().stream().map(dim -> CodeBlock.of("$L", dim))
                .collect(CodeBlock.joining(", "));
        CodeBlock metrics = model.metrics().stream().map(metric -> CodeBlock.of("$T.$L", Metric.class, metric))
                .collect(CodeBlock.joining(", "));
        // The target only when it is not the labels: the five-argument constructor means LABELS.
        CodeBlock target = model.target() == Target.LABELS
                ? CodeBlock.of("")
                : CodeBlock.of(",$W$T.$L", Target.class, model.target());
        // Wrap points, used when the line is long: between what the model reads and how it trains,
        // and before the target.
        return FieldSpec.builder(Names.of(RuntimeType.MODEL_CONFIG), "CONFIG",
                        Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer("new $T($S, new long[] {$L},$W$T.$L, $T.of($L), $LL$L)",
                        Names.of(RuntimeType.MODEL_CONFIG), model.name(), shape, Loss.class, model.loss(), List.class,
                        metrics, model.seed(), target)
                .build();
    }

    /** Private, so that models are made by {@code create}; freezes the layers declared {@code @Frozen}. */
    private static MethodSpec constructor(ModelSpec model, List<FieldSpec> layers) {
        MethodSpec.Builder constructor = MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE);
        for (FieldSpec field : fields(model, layers, model.layers().stream().filter(model::isFrozen).toList())) {
            constructor.addStatement("$N.freeze()", field);
        }
        return constructor.build();
    }

    /** The fields of {@code selected}, a subset of the model's layers, in layer order. */
    private static List<FieldSpec> fields(ModelSpec model, List<FieldSpec> layers, List<LayerSpec> selected) {
        return selected.stream().map(layer -> layers.get(model.layers().indexOf(layer))).toList();
    }

    private static MethodSpec create(ClassName generated) {
        return MethodSpec.methodBuilder("create")
                .addJavadoc("Builds the network and initializes its weights from the model's seed.\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(generated)
                .addStatement("$T model = new $T()", generated, generated)
                .addStatement("model.build()")
                .addStatement("return model")
                .build();
    }

    private static MethodSpec createWithSeed(ClassName generated) {
        return MethodSpec.methodBuilder("create")
                .addJavadoc("Builds the network with {@code seed} in place of the declared seed: it decides the\n"
                        + "initial weights, the order of the training examples and every random op.\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(generated)
                .addParameter(long.class, "seed")
                .addStatement("$T model = new $T()", generated, generated)
                .addStatement("model.build(seed)")
                .addStatement("return model")
                .build();
    }

    private static MethodSpec load(ClassName generated) {
        return MethodSpec.methodBuilder("load")
                .addJavadoc("Restores a save made by {@code save}: the weights, the optimizer's state and the step\n"
                        + "and epoch counters, so that training continues exactly as the saved run would have.\n"
                        + "The save is verified first; a save of another model is rejected.\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(generated)
                .addParameter(Path.class, "directory")
                .addStatement("$T model = create()", generated)
                .beginControlFlow("try")
                .addStatement("model.restore(directory)")
                .nextControlFlow("catch ($T e)", RuntimeException.class)
                .addStatement("model.close()")
                .addStatement("throw e")
                .endControlFlow()
                .addStatement("return model")
                .build();
    }

    /** The forward pass through every layer but the output layer, one statement per layer. */
    private static MethodSpec body(List<LayerSpec> layers) {
        MethodSpec.Builder body = override("body",
                ParameterizedTypeName.get(Names.OPERAND, Names.TFLOAT32))
                .addParameter(Names.OPS, TF)
                .addParameter(ParameterizedTypeName.get(Names.OPERAND, Names.TFLOAT32), X)
                .addParameter(Names.of(RuntimeType.MODE), MODE);
        for (LayerSpec layer : layers.subList(0, layers.size() - 1)) {
            String receiver = BODY_PARAMETERS.contains(layer.name()) ? "this." + layer.name() : layer.name();
            body.addStatement("$L = $L.apply($L, $L, $L)", X, receiver, TF, X, MODE);
        }
        return body.addStatement("return $L", X).build();
    }

    /**
     * The method the model declares for a layer, returning the layer (a covariant override). A
     * repeated method returns its repetitions in order, as an unmodifiable list of the type it
     * declares: generics are not covariant, so {@code List<Dense>} cannot override {@code List<Layer>}.
     */
    private static MethodSpec accessor(LayerDeclaration declaration, List<FieldSpec> fields) {
        MethodSpec.Builder accessor = MethodSpec.methodBuilder(declaration.methodName())
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC);
        if (declaration.isRepeated()) {
            return accessor.returns(TypeName.get(declaration.returnType()))
                    .addStatement("return $T.of($L)", List.class, names(fields))
                    .build();
        }
        return accessor.returns(fields.get(0).type())
                .addStatement("return $N", fields.get(0))
                .build();
    }

    /** The fields' names, separated by commas, wrapped where the line is long. */
    private static CodeBlock names(List<FieldSpec> fields) {
        return fields.stream().map(field -> CodeBlock.of("$N", field)).collect(CodeBlock.joining(",$W"));
    }

    private static MethodSpec.Builder override(String name, TypeName returns) {
        return MethodSpec.methodBuilder(name)
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PROTECTED)
                .returns(returns);
    }
}
