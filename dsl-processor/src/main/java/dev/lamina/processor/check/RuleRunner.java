package dev.lamina.processor.check;

import dev.lamina.processor.spec.ModelSpec;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Runs rules on a model so that each runs only where what it {@linkplain Rule#requires() requires}
 * holds. A rule runs after every rule that establishes what it requires (or what that builds on);
 * otherwise the order is the catalogue's, and the diagnostics come out in the catalogue's order
 * whatever order the rules ran in.
 */
final class RuleRunner {
    /** In the catalogue's order, which is the order diagnostics print in. */
    private final List<Rule> rules;
    /** The same rules, each after those it depends on. */
    private final List<Rule> executionOrder;

    /**
     * @throws IllegalStateException when the rules' requirements form a cycle, so that no order
     *     runs every rule after those it depends on
     */
    RuleRunner(List<Rule> rules) {
        this.rules = List.copyOf(rules);
        this.executionOrder = executionOrder(rules);
    }

    /**
     * What running rules found on one model.
     *
     * @param diagnostics every finding, in the catalogue's order
     * @param broken the requirements an error broke
     */
    record Outcome(List<Diagnostic> diagnostics, Set<Requirement> broken) {

        /** Whether {@code requirement} and everything it builds on hold. */
        boolean holds(Requirement requirement) {
            return Collections.disjoint(requirement.withFoundations(), broken);
        }
    }

    /** Runs every rule whose requirements hold on {@code model}. */
    Outcome run(ModelSpec model, RuleContext context) {
        return run(model, context, executionOrder);
    }

    /**
     * Whether {@code requirement} holds on {@code model}, running only the rules that establish it
     * or what it builds on.
     */
    boolean holds(ModelSpec model, RuleContext context, Requirement requirement) {
        Set<Requirement> needed = requirement.withFoundations();
        List<Rule> establishing = executionOrder.stream()
                .filter(rule -> !Collections.disjoint(rule.establishes(), needed))
                .toList();
        return run(model, context, establishing).holds(requirement);
    }

    private Outcome run(ModelSpec model, RuleContext context, List<Rule> order) {
        Map<Rule, List<Diagnostic>> found = new HashMap<>();
        Set<Requirement> broken = EnumSet.noneOf(Requirement.class);
        for (Rule rule : order) {
            if (!rule.requires().stream().allMatch(required -> Collections.disjoint(required.withFoundations(), broken))) {
                continue;
            }
            Findings findings = new Findings();
            rule.check(model, context, findings);
            found.put(rule, findings.diagnostics());
            broken.addAll(findings.broken());
        }
        List<Diagnostic> diagnostics = rules.stream()
                .filter(found::containsKey)
                .flatMap(rule -> found.get(rule).stream())
                .toList();
        return new Outcome(diagnostics, broken);
    }

    /** The catalogue's order, except that a rule comes after every rule it depends on. */
    private static List<Rule> executionOrder(List<Rule> rules) {
        List<Rule> pending = new ArrayList<>(rules);
        List<Rule> order = new ArrayList<>();
        while (!pending.isEmpty()) {
            Rule next = pending.stream()
                    .filter(rule -> pending.stream().noneMatch(other -> other != rule && dependsOn(rule, other)))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("The requirements of these rules form a cycle: "
                            + pending.stream().map(Rule::id).collect(Collectors.joining(", "))));
            pending.remove(next);
            order.add(next);
        }
        return order;
    }

    /** Whether {@code rule} requires something {@code other} establishes, directly or as a foundation. */
    static boolean dependsOn(Rule rule, Rule other) {
        return rule.requires().stream()
                .flatMap(required -> required.withFoundations().stream())
                .anyMatch(other.establishes()::contains);
    }
}
