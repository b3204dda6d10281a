package dev.lamina.processor.check.declaration;

import dev.lamina.dsl.Repeat;
import dev.lamina.processor.annotation.AttributeNames;
import dev.lamina.processor.check.Describe;
import dev.lamina.processor.check.Findings;
import dev.lamina.processor.check.Location;
import dev.lamina.processor.check.Message;
import dev.lamina.processor.check.Requirement;
import dev.lamina.processor.check.Rule;
import dev.lamina.processor.check.RuleContext;
import dev.lamina.processor.spec.LayerDeclaration;
import dev.lamina.processor.spec.ModelSpec;
import dev.lamina.processor.spec.RepeatSpec;
import javax.tools.Diagnostic.Kind;

/** {@code @Repeat} declares from 1 to {@link Repeat#MAX} layers. */
final class RepeatCountRule extends Rule {

    RepeatCountRule() {
        super("lamina:repeat-count", Kind.ERROR,
                "@Repeat declares from 1 to " + Repeat.MAX + " layers");
        establish(Requirement.LAYER_STACK);
    }

    @Override
    public void check(ModelSpec model, RuleContext context, Findings findings) {
        for (LayerDeclaration declaration : model.declarations()) {
            if (declaration.repeat().isEmpty() || declaration.repeat().get().declaresLayers()) {
                continue;
            }
            RepeatSpec repeat = declaration.repeat().get();
            String name = declaration.methodName();
            boolean tooFew = repeat.count() < 1;
            findings.report(this, Location.of(repeat.source(), AttributeNames.Repeat.VALUE), new Message(
                    "Layer '" + name + "'" + Describe.declaredIn(declaration, model) + ": @Repeat must declare from 1"
                            + " to " + Repeat.MAX + " layers. Received: @Repeat(" + repeat.count() + ").",
                    tooFew
                            ? "A repeated method declares that many layers one after the other; with none, the"
                                    + " layer would silently vanish from the stack."
                            : "A stack that deep is almost certainly a typo, and the generated class would exceed"
                                    + " the JVM's limit on the size of a method's code.",
                    tooFew
                            ? "Set the number of layers, e.g. @Repeat(3); for one layer, remove @Repeat and return"
                                    + " the layer itself, not a List."
                            : "Set the number of layers to at most " + Repeat.MAX + "."));
        }
    }
}
