package dev.lamina.processor;

import java.util.Map;
import java.util.Set;
import javax.annotation.processing.Messager;
import javax.tools.Diagnostic.Kind;

/**
 * The processor's {@code -A} options.
 *
 * <table>
 *   <caption>Options</caption>
 *   <tr><th>Option</th><th>Purpose</th><th>Default</th></tr>
 *   <tr><td>{@code lamina.warningsAsErrors}</td><td>Treat every Lamina warning that is not
 *       suppressed as an error (and so generate nothing for that model).</td><td>{@code false}</td></tr>
 * </table>
 *
 * @param warningsAsErrors whether unsuppressed warnings count as errors
 */
record Options(boolean warningsAsErrors) {
    static final String WARNINGS_AS_ERRORS = "lamina.warningsAsErrors";

    /** The option names, as {@link javax.annotation.processing.Processor#getSupportedOptions()} lists them. */
    static Set<String> names() {
        return Set.of(WARNINGS_AS_ERRORS);
    }

    /**
     * Reads the options, warning about a value that is neither {@code true} nor {@code false}
     * instead of guessing silently.
     */
    static Options from(Map<String, String> options, Messager messager) {
        return new Options(flag(options, WARNINGS_AS_ERRORS, messager));
    }

    private static boolean flag(Map<String, String> options, String name, Messager messager) {
        String value = options.get(name);
        if (value == null || value.equalsIgnoreCase("false")) {
            return false;
        }
        // javac passes "-Aname" without a value as null, handled above as the default; "-Aname=" as "".
        if (value.equalsIgnoreCase("true")) {
            return true;
        }
        messager.printMessage(Kind.WARNING, ProcessorDiagnostic.OPTION_VALUE.message(
                "-A" + name + " expects true or false. Received: -A" + name + "=" + value + "."
                        + " Lamina cannot tell what was meant, so it keeps the default, false."
                        + " Write -A" + name + "=true or leave the option out."));
        return false;
    }
}
