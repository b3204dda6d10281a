package dev.lamina.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.lamina.processor.check.Requirement;
import dev.lamina.processor.check.Rule;
import dev.lamina.processor.check.Rules;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every diagnostic id has its entry in docs/diagnostics.md, and every entry is a real id. */
class DiagnosticsCatalogueTest {
    private static final Path CATALOGUE = Path.of("..", "docs", "diagnostics.md");

    @Test
    void everyIdIsDocumentedAndNothingElseIs() throws IOException {
        String catalogue = Files.readString(CATALOGUE, StandardCharsets.UTF_8);
        List<String> ids = new ArrayList<>(Rules.all().stream().map(Rule::id).toList());
        for (ProcessorDiagnostic diagnostic : ProcessorDiagnostic.values()) {
            ids.add(diagnostic.id());
        }
        List<String> documented = Pattern.compile("(?m)^### `(lamina:[a-z-]+)`").matcher(catalogue).results()
                .map(match -> match.group(1))
                .toList();
        assertThat(documented).containsExactlyElementsIn(ids);
    }

    @Test
    void theSummaryTableGivesEachRulesSeverityAndSummary() throws IOException {
        String catalogue = Files.readString(CATALOGUE, StandardCharsets.UTF_8);
        for (Rule rule : Rules.all()) {
            String severity = rule.severity() == javax.tools.Diagnostic.Kind.ERROR ? "error" : "warning";
            List<String> rows = Pattern.compile("(?m)^\\| (error|warning) \\| `" + Pattern.quote(rule.id())
                            + "` \\| (.*) \\|$").matcher(catalogue).results()
                    .map(match -> match.group(1) + " | " + match.group(2).replace("`", ""))
                    .toList();
            assertThat(rows).containsExactly(severity + " | " + rule.summary());
        }
    }

    @Test
    void theRequirementsTableNamesWhatEstablishesAndRequiresEachRequirement() throws IOException {
        String catalogue = Files.readString(CATALOGUE, StandardCharsets.UTF_8);
        for (Requirement requirement : Requirement.values()) {
            Matcher row = Pattern.compile("(?m)^   \\| `" + requirement + "` \\| [^|]* \\| ([^|]*) \\| ([^|]*) \\|$")
                    .matcher(catalogue);
            assertWithMessage("the row of " + requirement).that(row.find()).isTrue();
            assertWithMessage("what establishes " + requirement).that(ids(row.group(1))).containsExactlyElementsIn(
                    Rules.all().stream().filter(rule -> rule.establishes().contains(requirement)).map(Rule::id)
                            .toList());
            List<String> requiring = Rules.all().stream().filter(rule -> rule.requires().contains(requirement))
                    .map(Rule::id).toList();
            if (requirement == Requirement.MODEL_TYPE) {
                // "every other rule": directly, or through what it requires.
                for (Rule rule : Rules.all()) {
                    boolean establishesTheType = !Collections.disjoint(rule.establishes(),
                            EnumSet.of(Requirement.RUNTIME, Requirement.MODEL_TYPE));
                    assertWithMessage(rule.id() + " requires the model type").that(establishesTheType
                            || rule.requires().stream().anyMatch(r -> r.withFoundations().contains(requirement)))
                            .isTrue();
                }
            } else {
                assertWithMessage("what requires " + requirement).that(ids(row.group(2)))
                        .containsExactlyElementsIn(requiring);
            }
        }
    }

    /** The ids a table cell names: {@code `lamina:x`}. */
    private static List<String> ids(String cell) {
        return Pattern.compile("`(lamina:[a-z-]+)`").matcher(cell).results().map(match -> match.group(1)).toList();
    }

    @Test
    void everyRuleHasAnIdASeverityAndASummaryWithoutATrailingPeriod() {
        for (Rule rule : Rules.all()) {
            assertThat(rule.id()).matches("lamina:[a-z]+(-[a-z]+)*");
            assertThat(rule.severity()).isAnyOf(javax.tools.Diagnostic.Kind.ERROR, javax.tools.Diagnostic.Kind.WARNING);
            assertThat(rule.summary()).doesNotMatch(".*\\.$");
        }
    }
}
