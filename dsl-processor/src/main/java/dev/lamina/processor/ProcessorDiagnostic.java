package dev.lamina.processor;

/**
 * The diagnostics the processor itself reports, outside the check stage's rules. They have ids
 * like the rules, and entries in {@code docs/diagnostics.md}.
 */
enum ProcessorDiagnostic {
    /** A model whose annotations or layer methods still do not compile in the last round. */
    UNREADABLE("lamina:unreadable"),
    /** The generated class's name is taken: another type, or another nested model of the same simple name. */
    GENERATED_NAME_TAKEN("lamina:generated-name-taken"),
    /** A {@code -Alamina.*} option with a value the processor does not understand. */
    OPTION_VALUE("lamina:option-value"),
    /** A bug in the processor: an exception it did not expect. */
    INTERNAL("lamina:internal");

    private final String id;

    ProcessorDiagnostic(String id) {
        this.id = id;
    }

    String id() {
        return id;
    }

    /** The full message: the id in brackets, then the text. */
    String message(String text) {
        return "[" + id + "] " + text;
    }
}
