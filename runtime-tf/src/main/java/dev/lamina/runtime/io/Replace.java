package dev.lamina.runtime.io;

/**
 * Which existing directory a save or export may replace. A directory holding anything that is not
 * Lamina's own is never replaced, whatever this says.
 */
public enum Replace {
    /** An empty directory or one of the same kind (a save over a save, an export over an export): the default. */
    SAME_KIND,
    /** Also one of the other kind: an export over a training save, or a save over an export. */
    SAVE_OR_EXPORT
}
