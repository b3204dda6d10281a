package dev.lamina.runtime.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the directory holding a data set's files, searching the places of DESIGN §6 in order:
 *
 * <ol>
 *   <li>an explicit directory, if the caller gives one, and then only that one: a user who names
 *       a directory wants an error if it is wrong, not a silent fallback to other data;
 *   <li>the environment variable {@code LAMINA_DATA}: either {@code $LAMINA_DATA/<name>} or
 *       {@code $LAMINA_DATA} itself;
 *   <li>the repository's vendored copy {@code samples/data/<name>}, in the working directory or
 *       any parent of it, so tests (run from a module directory) and the launcher (run from the
 *       repository root) both find it;
 *   <li>{@code /usr/share/datasets/<name>}, where a Debian data set package installs it;
 *   <li>the user cache {@code ~/.cache/lamina/<name>}.
 * </ol>
 *
 * <p>A directory counts only if it holds every required file, so a half-copied directory is
 * skipped rather than loaded. There is no download: the machines this runs on may have no
 * network, and a failed search says how to get the data instead.
 *
 * <p>It checks only that the files exist; their content is the loader's concern.
 */
public final class DataLocator {
    private final String displayName;
    private final String directoryName;
    private final List<String> requiredFiles;
    private final String howToGetIt;
    private final String environmentValue;
    private final Path workingDirectory;
    private final List<Candidate> lastPlaces;

    /**
     * The injectable form, so tests do not depend on the machine's environment, working directory
     * or installed packages.
     *
     * @param environmentValue the value of {@code LAMINA_DATA}, or {@code null} if unset
     * @param workingDirectory where the walk up for {@code samples/data/<name>} starts
     * @param lastPlaces the places searched last, in order (the system data set directory, then
     *     the user cache)
     */
    DataLocator(String displayName, String directoryName, List<String> requiredFiles, String howToGetIt,
            String environmentValue, Path workingDirectory, List<Candidate> lastPlaces) {
        this.displayName = displayName;
        this.directoryName = directoryName;
        this.requiredFiles = List.copyOf(requiredFiles);
        this.howToGetIt = howToGetIt;
        this.environmentValue = environmentValue == null || environmentValue.isBlank() ? null : environmentValue;
        this.workingDirectory = workingDirectory.toAbsolutePath().normalize();
        this.lastPlaces = List.copyOf(lastPlaces);
    }

    /**
     * The locator for this machine: {@code LAMINA_DATA} from the environment, the JVM's working
     * directory, {@code /usr/share/datasets/<directoryName>} and {@code
     * ~/.cache/lamina/<directoryName>}.
     *
     * @param displayName the data set's name in messages (e.g. "Fashion-MNIST")
     * @param directoryName the directory name it has in every searched place (e.g.
     *     "fashion-mnist")
     * @param requiredFiles the file names a directory must hold, all of them, to count
     * @param howToGetIt one sentence for the error message, e.g. the package to install
     */
    public static DataLocator standard(String displayName, String directoryName, List<String> requiredFiles,
            String howToGetIt) {
        return new DataLocator(displayName, directoryName, requiredFiles, howToGetIt, System.getenv("LAMINA_DATA"),
                Path.of("").toAbsolutePath(), List.of(
                        new Candidate(Path.of("/usr/share/datasets", directoryName), "system data set directory"),
                        new Candidate(Path.of(System.getProperty("user.home"), ".cache", "lamina", directoryName),
                                "user cache")));
    }

    /**
     * The first directory that holds every required file.
     *
     * @param explicitDirectory a directory the user named (e.g. with {@code --data}), or {@code
     *     null} to search the standard places
     * @throws DataNotFoundException if the explicit directory lacks a file, or, without one, no
     *     place holds them all; the message lists each place looked at and what it lacked
     */
    public Path locate(Path explicitDirectory) {
        if (explicitDirectory != null) {
            Path dir = explicitDirectory.toAbsolutePath().normalize();
            String problem = problemWith(dir);
            if (problem == null) {
                return dir;
            }
            throw new DataNotFoundException(displayName + " not found in the directory given explicitly, " + dir
                    + ": " + problem + ". When a directory is given, only it is searched. " + requirement());
        }
        List<String> report = new ArrayList<>();
        if (environmentValue == null) {
            report.add("LAMINA_DATA (environment variable): not set");
        }
        for (Candidate candidate : candidates()) {
            String problem = problemWith(candidate.dir());
            if (problem == null) {
                return candidate.dir();
            }
            report.add(candidate.dir() + " (" + candidate.origin() + "): " + problem);
        }
        StringBuilder message = new StringBuilder(displayName).append(" not found. Looked in, in order:\n");
        for (int i = 0; i < report.size(); i++) {
            message.append("  ").append(i + 1).append(". ").append(report.get(i)).append('\n');
        }
        throw new DataNotFoundException(message.append(requirement()).toString());
    }

    /** Every place searched without an explicit directory, in search order. */
    List<Candidate> candidates() {
        List<Candidate> candidates = new ArrayList<>();
        if (environmentValue != null) {
            Path env = Path.of(environmentValue).toAbsolutePath().normalize();
            candidates.add(new Candidate(env.resolve(directoryName), "LAMINA_DATA/" + directoryName));
            candidates.add(new Candidate(env, "LAMINA_DATA"));
        }
        for (Path dir = workingDirectory; dir != null; dir = dir.getParent()) {
            candidates.add(new Candidate(dir.resolve("samples").resolve("data").resolve(directoryName),
                    "vendored copy, walking up from " + workingDirectory));
        }
        candidates.addAll(lastPlaces);
        return candidates;
    }

    /** Why {@code dir} does not count, or {@code null} if it holds every required file. */
    private String problemWith(Path dir) {
        if (!Files.isDirectory(dir)) {
            return Files.exists(dir) ? "not a directory" : "does not exist";
        }
        List<String> missing = new ArrayList<>();
        for (String file : requiredFiles) {
            if (!Files.isRegularFile(dir.resolve(file))) {
                missing.add(file);
            }
        }
        return missing.isEmpty() ? null : "missing " + String.join(", ", missing);
    }

    private String requirement() {
        return "A directory counts only if it holds all of: " + String.join(", ", requiredFiles) + ".\n"
                + "There is no download. " + howToGetIt;
    }

    /** A place to search and where it came from, for the error message. */
    record Candidate(Path dir, String origin) {}
}
