package dev.lamina.samples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import org.tensorflow.TensorFlow;
import picocli.CommandLine.IVersionProvider;

/**
 * {@code samples/run --version}: Lamina's version (written into {@code version.properties} by the
 * build), the TensorFlow native library's, and the Java runtime's: what a bug report needs.
 */
final class LauncherVersion implements IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {"Lamina " + lamina(), "TensorFlow " + tensorFlow(),
                "Java " + Runtime.version() + " (" + System.getProperty("os.name") + ", " + System.getProperty("os.arch") + ")"};
    }

    /** The version the build wrote; "development build" when the resource was not filtered (an IDE run). */
    static String lamina() {
        try (InputStream in = LauncherVersion.class.getResourceAsStream("version.properties")) {
            Properties properties = new Properties();
            if (in != null) {
                properties.load(in);
            }
            String version = properties.getProperty("version", "");
            return version.isEmpty() || version.startsWith("${") ? "(development build)" : version;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The native library's version; what stopped it loading, on a platform without one. */
    private static String tensorFlow() {
        try {
            return TensorFlow.version();
        } catch (LinkageError e) {
            return "(native library not loadable: " + e.getMessage() + ")";
        }
    }
}
