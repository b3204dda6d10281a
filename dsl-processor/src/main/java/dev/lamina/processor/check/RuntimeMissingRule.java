package dev.lamina.processor.check;

import dev.lamina.processor.spec.ModelSpec;
import dev.lamina.processor.spec.RuntimeType;
import java.util.Arrays;
import java.util.Optional;
import javax.tools.Diagnostic.Kind;

/** The runtime's classes must be on the class path that compiles the model. */
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
        return "The Lamina runtime (dev.lamina:runtime-tf) is on the class path that compiles the model";
    }

    @Override
    public void check(ModelSpec model, RuleContext context, Findings findings) {
        Optional<RuntimeType> missing = Arrays.stream(RuntimeType.values())
                .filter(type -> context.runtime().find(type).isEmpty())
                .findFirst();
        missing.ifPresent(type -> findings.report(this, Location.of(model.type()), new Message(
                "Model '" + model.name() + "' cannot be generated: " + type.qualifiedName()
                        + " is not on the class path.",
                "The generated " + model.name() + "Model extends the runtime's SequentialModel and creates"
                        + " its layers, so the compiler must see the runtime.",
                "Add the dependency dev.lamina:runtime-tf (the same version as the processor) to the module"
                        + " that declares " + model.name() + ".")));
    }
}
