package dev.lamina.processor.check;

import dev.lamina.processor.spec.ModelSpec;
import dev.lamina.processor.spec.RuntimeType;
import java.util.Optional;
import javax.tools.Diagnostic.Kind;

/**
 * The runtime's classes the model needs must be on the class path that compiles it: the runtime
 * itself, and, for a runtime older than the processor, the classes of what the model declares.
 */
final class RuntimeMissingRule implements Rule {

    @Override
    public String id() {
        return "lamina:runtime-missing";
    }

    @Override
    public Kind severity() {
        return Kind.ERROR;
    }

    @Override
    public String summary() {
        return "The Lamina runtime (dev.lamina:runtime-tf), in the processor's version, is on the class path that"
                + " compiles the model";
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
    }
}
