package dev.lamina.runtime.data;

/**
 * A data set could not be found. Its message lists every place looked at, in order, with what was
 * wrong with each (absent, or which files were missing), and how to get the data: the user should
 * never have to read the search code to learn where to put the files.
 *
 * <p>Unchecked, because nothing in a training program can recover from it; the launcher prints
 * the message and stops.
 */
public final class DataNotFoundException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    DataNotFoundException(String message) {
        super(message);
    }
}
