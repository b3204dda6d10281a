package dev.lamina.processor.check.callback;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.lamina.processor.Compile.assertClean;
import static dev.lamina.processor.Compile.assertOnlyError;
import static dev.lamina.processor.Compile.bad;
import static dev.lamina.processor.Compile.compile;
import static dev.lamina.processor.Compile.good;
import static dev.lamina.processor.Compile.messages;

import com.google.testing.compile.Compilation;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** The rules about {@code @EarlyStopping}: lamina:early-stopping-range and lamina:early-stopping-monitor. */
class EarlyStoppingRulesTest {

    @Test
    void negativeCountsAreErrorsOnEachAttributeAndANegativeMinDeltaIsAccepted() {
        JavaFileObject source = bad("EarlyStoppingOutOfRange");
        Compilation compilation = compile(source);
        assertThat(messages(compilation, Diagnostic.Kind.ERROR)).hasSize(2);
        assertThat(compilation).hadErrorContaining("[lamina:early-stopping-range] @EarlyStopping patience must be at"
                + " least 0. Received: patience = -1.").inFile(source).onLineContaining("patience = -1");
        assertThat(compilation).hadErrorContaining("[lamina:early-stopping-range] @EarlyStopping startFromEpoch must"
                + " be at least 0. Received: startFromEpoch = -2.").inFile(source).onLineContaining("startFromEpoch");
    }

    @Test
    void aMonitorTheModelDoesNotReportIsAnError() {
        assertOnlyError(bad("EarlyStoppingUnknownMonitor"), "lamina:early-stopping-monitor",
                "@EarlyStopping monitors \"val_accuracy\", which model 'EarlyStoppingUnknownMonitor' does not report."
                        + " Received: monitor = \"val_accuracy\". Training stops when the monitored quantity stops"
                        + " improving; a quantity that is never reported never stops, so training would never stop"
                        + " early. Use \"loss\" or \"val_loss\".",
                "monitor = \"val_accuracy\"");
    }

    @Test
    void theChaptersEarlyStoppingIsClean() {
        assertClean(good("EarlyStopped"));
    }
}
