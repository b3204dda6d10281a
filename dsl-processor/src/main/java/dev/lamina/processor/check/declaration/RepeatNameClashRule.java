package dev.lamina.processor.check.declaration;

import dev.lamina.processor.check.Findings;
import dev.lamina.processor.check.Location;
import dev.lamina.processor.check.Message;
import dev.lamina.processor.check.Rule;
import dev.lamina.processor.check.RuleContext;
import dev.lamina.processor.spec.LayerDeclaration;
import dev.lamina.processor.spec.ModelSpec;
import dev.lamina.processor.spec.layer.LayerSpec;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.ExecutableElement;
import javax.tools.Diagnostic.Kind;

/**
 * The numbered name of a repetition ({@code hidden2} of {@code @Repeat(3) hidden()}) is not the
 * name of another layer. Two methods of the same name are the duplicate-layer rule's.
 */
final class RepeatNameClashRule extends Rule {

    RepeatNameClashRule() {
        super("lamina:repeat-name-clash", Kind.ERROR,
                "The name of a repetition of a method with @Repeat (hidden2 for hidden()) is not the name of"
                + " another layer");
    }

    @Override
    public void check(ModelSpec model, RuleContext context, Findings findings) {
        Map<String, LayerSpec> first = new HashMap<>();
        // One report for each pair of methods, however many of their names clash.
        Set<List<ExecutableElement>> reported = new HashSet<>();
        for (LayerSpec layer : model.layers()) {
            LayerSpec earlier = first.putIfAbsent(layer.name(), layer);
            if (earlier == null) {
                continue;
            }
            LayerDeclaration one = earlier.declaration();
            LayerDeclaration other = layer.declaration();
            boolean repetitions = one.isRepeated() || other.isRepeated();
            if (repetitions && !one.method().equals(other.method())
                    && reported.add(List.of(one.method(), other.method()))) {
                Location location = other.repeat().map(repeat -> Location.of(repeat.source())).orElse(Location.of(other.method()));
                findings.report(this, location, new Message(
                        "Layer '" + layer.name() + "' is declared twice: " + as(one) + " and " + as(other)
                                + ". Received: " + declared(one) + " and " + declared(other) + ".",
                        "Repetition k of a repeated method hidden() is the layer hidden<k> (block1_<k> for a name"
                                + " ending in a digit), and a layer's name is the prefix of its variables ("
                                + layer.name() + "/kernel) and the name of its field, so it must be unique.",
                        "Rename one of the methods " + one.methodName() + "() and " + other.methodName() + "()."));
            }
        }
    }

    /** "repetition 2 of hidden()", or "by hidden2()" for a method without {@code @Repeat}. */
    private static String as(LayerDeclaration declaration) {
        return declaration.isRepeated()
                ? "as repetition " + declaration.repetition() + " of " + declaration.methodName() + "()"
                : "by " + declaration.methodName() + "()";
    }

    /** "@Repeat(3) hidden()" or "hidden2()". */
    private static String declared(LayerDeclaration declaration) {
        return declaration.repeat().map(repeat -> "@Repeat(" + repeat.count() + ") ").orElse("")
                + declaration.methodName() + "()";
    }
}
