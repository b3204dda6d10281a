package dev.lamina.processor.check.declaration;

import dev.lamina.processor.check.Describe;
import dev.lamina.processor.check.Findings;
import dev.lamina.processor.check.Location;
import dev.lamina.processor.check.Message;
import dev.lamina.processor.check.Rule;
import dev.lamina.processor.check.RuleContext;
import dev.lamina.processor.spec.LayerDeclaration;
import dev.lamina.processor.spec.ModelSpec;
import java.util.HashMap;
import java.util.Map;
import javax.tools.Diagnostic.Kind;

/**
 * Layer names are unique. Two declarations can share a name when a sub-interface redeclares an
 * inherited layer method, when two super-interfaces declare the same one, or with overloads.
 */
final class DuplicateLayerRule extends Rule {

    DuplicateLayerRule() {
        super("lamina:duplicate-layer", Kind.ERROR, "No two layers of a model have the same name");
    }

    @Override
    public void check(ModelSpec model, RuleContext context, Findings findings) {
        Map<String, LayerDeclaration> first = new HashMap<>();
        for (LayerDeclaration declaration : model.declarations()) {
            LayerDeclaration earlier = first.putIfAbsent(declaration.name(), declaration);
            if (earlier != null && isRedeclaration(earlier, declaration, context)) {
                reportRedeclaration(model, earlier, declaration, findings);
            } else if (earlier != null) {
                String name = declaration.name();
                findings.report(this, Location.of(declaration.method()), new Message(
                        "Layer '" + name + "' is declared twice. Received: " + name + "() in "
                                + earlier.declaringType().getSimpleName() + " and again in "
                                + declaration.declaringType().getSimpleName() + ".",
                        "A layer's name is its method's name and the prefix of its variables (" + name
                                + "/kernel), so it must be unique; the generated class would also have one accessor"
                                + " for two layers.",
                        "Rename one of the methods, e.g. '" + name + "2'."));
            }
        }
    }

    /** Whether {@code later} overrides {@code earlier}: a sub-interface redeclaring a layer it inherits. */
    private static boolean isRedeclaration(LayerDeclaration earlier, LayerDeclaration later, RuleContext context) {
        return later.method().getParameters().isEmpty() && earlier.method().getParameters().isEmpty()
                && !later.declaringType().equals(earlier.declaringType())
                && context.types().isSubtype(context.types().erasure(later.declaringType().asType()),
                        context.types().erasure(earlier.declaringType().asType()));
    }

    private void reportRedeclaration(ModelSpec model, LayerDeclaration inherited, LayerDeclaration redeclared,
            Findings findings) {
        String name = inherited.name();
        String from = inherited.declaringType().getSimpleName().toString();
        String in = redeclared.declaringType().getSimpleName().toString();
        findings.report(this, Location.of(redeclared.method()), new Message(
                "Layer '" + name + "' is inherited from " + from + " and declared again in " + in + ". Received: "
                        + as(inherited) + " in " + from + ", " + as(redeclared) + " in " + in + ".",
                "A model cannot change a layer it inherits: the layers of " + from + " are declared once, so that"
                        + " every model extending it has the same " + name + " (and a save of one can be"
                        + " transferred into another); two declarations would be two layers named " + name + ".",
                "To keep " + from + "'s " + name + ", remove " + name + "() from " + in + "; for a layer of "
                        + in + "'s own, give it another name, e.g. '" + name + "b'."));
    }

    /** A declaration's layer annotation as written, or a phrase for none. */
    private static String as(LayerDeclaration declaration) {
        return declaration.layerAnnotations().isEmpty()
                ? "no layer annotation"
                : Describe.annotationAsWritten(declaration.layerAnnotations().get(0));
    }
}
