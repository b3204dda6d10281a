package dev.lamina.processor;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The processor's version, as Maven wrote it into {@code version.properties} at build time; named
 * in "please report" errors so that a report says which build failed. It never throws: it is read
 * while reporting a failure already.
 */
final class ProcessorVersion {
    private ProcessorVersion() {}

    static String get() {
        try (InputStream in = ProcessorVersion.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return "(unknown version)";
            }
            Properties properties = new Properties();
            properties.load(in);
            String version = properties.getProperty("version", "");
            // Unfiltered (run from an IDE that does not filter resources): no version to give.
            return version.isEmpty() || version.startsWith("${") ? "(development build)" : version;
        } catch (IOException e) {
            return "(unknown version: " + e.getMessage() + ")";
        }
    }
}
