package dev.lamina.processor.check.declaration;

import dev.lamina.processor.check.Findings;
import dev.lamina.processor.check.Location;
import dev.lamina.processor.check.Message;
import dev.lamina.processor.check.Requirement;
import dev.lamina.processor.check.Rule;
import dev.lamina.processor.check.RuleContext;
import dev.lamina.processor.spec.ModelSpec;
import dev.lamina.processor.spec.RuntimeType;
import java.util.Optional;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.tools.Diagnostic.Kind;

/**
 * The runtime's classes the model needs must be on the class path that compiles it: the runtime
 * itself, and, for a runtime older than the processor, the classes of what the model declares.
 */
final class RuntimeMissingRule extends Rule {

    RuntimeMissingRule() {
        super("lamina:runtime-missing", Kind.ERROR,
                "The Lamina runtime (dev.lamina:runtime-tf), in the processor's version, is on the class path that"
                        + " compiles the model");
        // Nothing: it checks what every other rule takes for granted.
        require();
        establish(Requirement.RUNTIME);
    }

    @Override
    public void check(ModelSpec model, RuleContext context, Findings findings) {
        if (context.runtime().find(RuntimeType.SEQUENTIAL_MODEL).isEmpty()) {
            findings.report(this, Location.of(model.type()), new Message(
                    "Model '" + model.name() + "' cannot be generated: "
                            + RuntimeType.SEQUENTIAL_MODEL.qualifiedName() + " is not on the class path.",
                    "The generated " + model.name() + "Model extends the runtime's SequentialModel and creates"
                            + " its layers, so the compiler must see the runtime.",
                    "Add the dependency dev.lamina:runtime-tf (the same version as the processor) to the module"
                            + " that declares " + model.name() + "."));
            return;
        }
        Optional<RuntimeType> missing = RuntimeUsage.of(model).stream()
                .filter(type -> context.runtime().find(type).isEmpty())
                .findFirst();
        missing.ifPresent(type -> findings.report(this, Location.of(model.type()), new Message(
                "Model '" + model.name() + "' cannot be generated: " + type.qualifiedName()
                        + " is not on the class path, though the rest of the runtime is.",
                "The generated " + model.name() + "Model uses it for what the model declares, and the runtime"
                        + " on the class path is older than the processor.",
                "Use dev.lamina:runtime-tf of the same version as the processor.")));
        if (missing.isEmpty()) {
            checkTargets(model, context, findings);
        }
    }

    /**
     * Reconstruction ({@code target = INPUT}) and mean squared error came to the runtime with
     * {@code ModelConfig.target()}: an older runtime would not compile the generated configuration,
     * or would not know the loss when training starts.
     */
    private void checkTargets(ModelSpec model, RuleContext context, Findings findings) {
        if (!model.reconstructsInput() && !model.loss().isRegression()) {
            return;
        }
        TypeElement config = context.runtime().find(RuntimeType.MODEL_CONFIG).orElseThrow();
        boolean hasTarget = ElementFilter.methodsIn(config.getEnclosedElements()).stream()
                .anyMatch(method -> method.getSimpleName().contentEquals("target") && method.getParameters().isEmpty());
        if (!hasTarget) {
            String declared = model.reconstructsInput() ? "target = INPUT" : "loss = " + model.loss();
            findings.report(this, Location.of(model.type()), new Message(
                    "Model '" + model.name() + "' cannot be generated: " + RuntimeType.MODEL_CONFIG.qualifiedName()
                            + " on the class path has no target(), which " + declared + " needs.",
                    "The runtime on the class path is older than the processor, and does not train a model"
                            + " against its input or with mean squared error.",
                    "Use dev.lamina:runtime-tf of the same version as the processor."));
        }
    }
}
