package dev.lamina.processor.check;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.lamina.processor.spec.ModelSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.tools.Diagnostic.Kind;
import org.junit.jupiter.api.Test;

/** How the runner orders rules and skips those whose requirements an error broke, with rules that report on cue. */
class RuleRunnerTest {
    /** The ids of the rules that ran, in the order they ran. */
    private final List<String> ran = new ArrayList<>();

    @Test
    void aRuleRunsOnlyWhereWhatItRequiresHolds() {
        Rule input = rule("input", Kind.ERROR, Set.of(), Set.of(Requirement.SHAPES));
        Rule shapes = rule("shapes", Kind.WARNING, Set.of(Requirement.SHAPES), Set.of());
        Rule advice = rule("advice", Kind.WARNING, Set.of(Requirement.OUTPUT_LAYER), Set.of());
        RuleRunner.Outcome outcome = new RuleRunner(List.of(input, shapes, advice)).run(null, null);
        assertThat(ran).containsExactly("lamina:input", "lamina:advice").inOrder();
        assertThat(ids(outcome)).containsExactly("lamina:input", "lamina:advice").inOrder();
        assertThat(outcome.holds(Requirement.SHAPES)).isFalse();
        assertThat(outcome.holds(Requirement.OUTPUT_LAYER)).isTrue();
    }

    @Test
    void breakingARequirementBreaksWhatBuildsOnIt() {
        Rule stack = rule("stack", Kind.ERROR, Set.of(), Set.of(Requirement.LAYER_STACK));
        Rule shapes = rule("shapes", Kind.WARNING, Set.of(Requirement.SHAPES), Set.of());
        Rule optimizer = rule("optimizer", Kind.WARNING, Set.of(Requirement.MODEL_TYPE), Set.of());
        new RuleRunner(List.of(stack, shapes, optimizer)).run(null, null);
        assertThat(ran).containsExactly("lamina:stack", "lamina:optimizer").inOrder();
    }

    @Test
    void aWarningBreaksNothing() {
        Rule input = rule("input", Kind.WARNING, Set.of(), Set.of(Requirement.SHAPES));
        Rule shapes = rule("shapes", Kind.WARNING, Set.of(Requirement.SHAPES), Set.of());
        new RuleRunner(List.of(input, shapes)).run(null, null);
        assertThat(ran).containsExactly("lamina:input", "lamina:shapes").inOrder();
    }

    @Test
    void anErrorReportedAsBreakingNothingLeavesTheRequirementStanding() {
        Rule output = new Rule("lamina:output", Kind.ERROR, "output") {
            {
                establish(Requirement.OUTPUT_LAYER);
            }

            @Override
            public void check(ModelSpec model, RuleContext context, Findings findings) {
                findings.reportBreakingNothing(this, new Location(null, null, null), new Message("act", "", ""));
            }
        };
        Rule advice = rule("advice", Kind.WARNING, Set.of(Requirement.OUTPUT_LAYER), Set.of());
        RuleRunner.Outcome outcome = new RuleRunner(List.of(output, advice)).run(null, null);
        assertThat(ids(outcome)).containsExactly("lamina:output", "lamina:advice").inOrder();
        assertThat(outcome.holds(Requirement.OUTPUT_LAYER)).isTrue();
    }

    @Test
    void aRuleListedBeforeWhatItDependsOnRunsAfterItAndItsDiagnosticsStillComeFirst() {
        Rule advice = rule("advice", Kind.WARNING, Set.of(Requirement.OUTPUT_LAYER), Set.of());
        Rule output = rule("output", Kind.WARNING, Set.of(), Set.of(Requirement.OUTPUT_LAYER));
        RuleRunner.Outcome outcome = new RuleRunner(List.of(advice, output)).run(null, null);
        assertThat(ran).containsExactly("lamina:output", "lamina:advice").inOrder();
        assertThat(ids(outcome)).containsExactly("lamina:advice", "lamina:output").inOrder();
    }

    @Test
    void holdsRunsOnlyTheRulesThatEstablishTheRequirement() {
        Rule input = rule("input", Kind.ERROR, Set.of(), Set.of(Requirement.SHAPES));
        Rule output = rule("output", Kind.ERROR, Set.of(), Set.of(Requirement.OUTPUT_LAYER));
        Rule shapes = rule("shapes", Kind.WARNING, Set.of(Requirement.SHAPES), Set.of());
        assertThat(new RuleRunner(List.of(input, output, shapes)).holds(null, null, Requirement.SHAPES)).isFalse();
        assertThat(ran).containsExactly("lamina:input");
    }

    @Test
    void rulesThatDependOnEachOtherAreRefused() {
        Rule first = rule("first", Kind.ERROR, Set.of(Requirement.SHAPES), Set.of(Requirement.OUTPUT_LAYER));
        Rule second = rule("second", Kind.ERROR, Set.of(Requirement.OUTPUT_LAYER), Set.of(Requirement.SHAPES));
        IllegalStateException cycle = assertThrows(IllegalStateException.class,
                () -> new RuleRunner(List.of(first, second)));
        assertThat(cycle).hasMessageThat().contains("lamina:first, lamina:second");
    }

    @Test
    void theCataloguesRulesCanBeOrdered() {
        // Each rule after those it depends on: a rule requiring what only a later-listed rule
        // establishes would still run, after it; a cycle would stop the processor from loading.
        List<Rule> rules = Rules.all();
        new RuleRunner(rules);
        for (Rule rule : rules) {
            assertThat(RuleRunner.dependsOn(rule, rule)).isFalse();
        }
    }

    private static List<String> ids(RuleRunner.Outcome outcome) {
        return outcome.diagnostics().stream().map(Diagnostic::id).toList();
    }

    /** A rule that records that it ran and reports one finding of {@code kind}. */
    private Rule rule(String name, Kind kind, Set<Requirement> requires, Set<Requirement> establishes) {
        return new Rule("lamina:" + name, kind, name) {
            {
                require(requires.toArray(Requirement[]::new));
                establish(establishes.toArray(Requirement[]::new));
            }

            @Override
            public void check(ModelSpec model, RuleContext context, Findings findings) {
                ran.add(id());
                findings.report(this, new Location(null, null, null), new Message(name, "", ""));
            }
        };
    }
}
