package dev.lamina.processor.check;

import dev.lamina.processor.spec.LayerDeclaration;
import dev.lamina.processor.spec.ModelSpec;
import java.util.HashMap;
import java.util.Map;
import javax.tools.Diagnostic.Kind;

/**
 * Layer names are unique. Two declarations can share a name when a sub-interface redeclares an
 * inherited layer method, when two super-interfaces declare the same one, or with overloads.
 */
final class DuplicateLayerRule implements Rule {

    @Override
    public String id() {
        return "lamina:duplicate-layer";
    }

    @Override
    public Kind severity() {
        return Kind.ERROR;
    }

    @Override
    public String summary() {
        return "No two layers of a model have the same name";
    }

    @Override
    public void check(ModelSpec model, RuleContext context, Findings findings) {
        Map<String, LayerDeclaration> first = new HashMap<>();
        for (LayerDeclaration declaration : model.declarations()) {
            LayerDeclaration earlier = first.putIfAbsent(declaration.name(), declaration);
            if (earlier != null) {
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
}
