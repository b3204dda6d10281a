package dev.lamina.runtime.io;

/** What a Lamina directory holds: a training save ({@code save}) or a SavedModel export. */
public enum SaveKind {
    /** Everything needed to resume training: checkpoint and manifest. */
    SAVE("a Lamina save"),
    /** A TensorFlow SavedModel for serving. */
    EXPORT("a SavedModel export");

    private final String description;

    SaveKind(String description) {
        this.description = description;
    }

    /** "a Lamina save", "a SavedModel export": for messages. */
    public String description() {
        return description;
    }
}
