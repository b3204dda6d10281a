package dev.lamina.processor.check;

import dev.lamina.processor.spec.ModelSpec;
import dev.lamina.processor.spec.layer.LayerSpec;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.lang.model.element.Element;

/**
 * Merges what the repetitions of one {@code @Repeat} method have in common. Every rule sees each
 * repetition as a layer, so a rule about a layer's attributes reports once per repetition, on the
 * same line; a hundred messages that differ only in the layer's name would be noise. Diagnostics
 * of one rule at the same place whose messages are the same once the repetitions' names are set
 * aside become the first of them, naming the others: "... The same holds for hidden2 to hidden100."
 * Messages that say different things (the first repetition receives another shape than the rest)
 * stay apart.
 */
final class RepeatedDiagnostics {
    private RepeatedDiagnostics() {}

    static List<Diagnostic> merge(ModelSpec model, List<Diagnostic> diagnostics) {
        Map<Element, List<LayerSpec>> repetitions = model.layers().stream()
                .filter(layer -> layer.declaration().isRepeated())
                .collect(Collectors.groupingBy(layer -> layer.declaration().method()));
        Map<Element, Pattern> patterns = new HashMap<>();
        Map<Object, Group> groups = new LinkedHashMap<>();
        for (Diagnostic diagnostic : diagnostics) {
            List<LayerSpec> layers = repetitions.get(diagnostic.element());
            if (layers == null) {
                groups.put(new Object(), new Group(diagnostic, List.of(), ""));
                continue;
            }
            Pattern names = patterns.computeIfAbsent(diagnostic.element(), element -> namePattern(layers));
            Matcher subject = names.matcher(diagnostic.message());
            String name = subject.find() ? subject.group() : "";
            Object key = Arrays.asList(diagnostic.id(), diagnostic.kind(), diagnostic.element(), diagnostic.mirror(),
                    diagnostic.value(), names.matcher(diagnostic.message()).replaceAll("<repetition>"));
            Group group = groups.get(key);
            if (group == null) {
                groups.put(key, new Group(diagnostic, layers, name));
            } else {
                group.others.add(name);
            }
        }
        return groups.values().stream().map(Group::diagnostic).toList();
    }

    /** Any of the layers' names as a whole word: {@code hidden1}, but not in {@code hidden10}. */
    private static Pattern namePattern(List<LayerSpec> layers) {
        return Pattern.compile(layers.stream().map(layer -> Pattern.quote(layer.name()))
                .collect(Collectors.joining("|", "(?<![\\w$])(?:", ")(?![\\w$])")));
    }

    /**
     * Diagnostics that say the same of different repetitions: the first, which names
     * {@code subject}, and the names of the others.
     */
    private record Group(Diagnostic first, List<LayerSpec> repetitions, String subject, Set<String> others) {
        Group(Diagnostic first, List<LayerSpec> repetitions, String subject) {
            this(first, repetitions, subject, new LinkedHashSet<>());
        }

        Diagnostic diagnostic() {
            List<LayerSpec> named = repetitions.stream()
                    .filter(layer -> others.contains(layer.name()) && !layer.name().equals(subject))
                    .toList();
            if (named.isEmpty()) {
                return first;
            }
            return new Diagnostic(first.id(), first.kind(),
                    first.message() + " The same holds for " + RepetitionNames.of(named) + ".",
                    first.element(), first.mirror(), first.value());
        }
    }
}
