package dev.lamina.runtime.data;

import dev.lamina.runtime.fs.OsReason;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
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
 * skipped rather than loaded. A place the operating system will not let us look into is reported
 * with its reason; when that place is {@code LAMINA_DATA}, which the user set, the search stops
 * there rather than silently falling back to other data. There is no download: the machines this runs on may have no
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
            if (candidate.origin().startsWith("LAMINA_DATA") && problem.startsWith("cannot")) {
                throw new DataNotFoundException(displayName + " cannot be searched for in " + candidate.dir()
                        + ", named by the environment variable LAMINA_DATA: it " + problem + ". Fix its permissions"
                        + " or unset LAMINA_DATA; other places are not searched instead, as the data found there"
                        + " may not be the data meant. " + requirement());
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

    /**
     * Why {@code dir} does not count, or {@code null} if it holds every required file. A place or
     * file the operating system refuses to look at is reported with its reason ("cannot be read:
     * permission denied"), not as absent or missing.
     */
    private String problemWith(Path dir) {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(dir, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            return "does not exist";
        } catch (IOException e) {
            return "cannot be read: " + OsReason.of(e);
        }
        if (!attributes.isDirectory()) {
            return "not a directory";
        }
        List<String> missing = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        for (String file : requiredFiles) {
            try {
                if (!Files.readAttributes(dir.resolve(file), BasicFileAttributes.class).isRegularFile()) {
                    missing.add(file + " (not a file)");
                }
            } catch (NoSuchFileException e) {
                missing.add(file);
            } catch (IOException e) {
                unreadable.add(file + " (" + OsReason.of(e) + ")");
            }
        }
        if (unreadable.size() == requiredFiles.size()) {
            return "cannot be read: " + OsReason.of(unreadableDirectory(dir));
        }
        List<String> problems = new ArrayList<>();
        if (!missing.isEmpty()) {
            problems.add("missing " + String.join(", ", missing));
        }
        if (!unreadable.isEmpty()) {
            problems.add("cannot read " + String.join(", ", unreadable));
        }
        return problems.isEmpty() ? null : String.join("; ", problems);
    }

    /** The error listing {@code dir} gives, for the reason why none of its files can be looked at. */
    private static IOException unreadableDirectory(Path dir) {
        try (DirectoryStream<Path> listing = Files.newDirectoryStream(dir)) {
            return new IOException("its files cannot be looked at");
        } catch (IOException e) {
            return e;
        }
    }

    private String requirement() {
        return "A directory counts only if it holds all of: " + String.join(", ", requiredFiles) + ".\n"
                + "There is no download. " + howToGetIt;
    }

    /** A place to search and where it came from, for the error message. */
    record Candidate(Path dir, String origin) {}
}
