package dev.lamina.runtime.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lamina.runtime.fs.Permissions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataLocatorTest {
    private static final List<String> FILES = FashionMnist.FILES;

    @TempDir
    Path tmp;

    /** A locator whose every input is under the test's temporary directory. */
    private DataLocator locator(String env, Path cwd) {
        return new DataLocator("Fashion-MNIST", "fashion-mnist", FILES, "Install it.", env, cwd, List.of(
                new DataLocator.Candidate(tmp.resolve("system/fashion-mnist"), "system data set directory"),
                new DataLocator.Candidate(tmp.resolve("cache/fashion-mnist"), "user cache")));
    }

    /** Creates {@code dir} holding the required files, except those in {@code omit}. */
    private static Path dataDir(Path dir, String... omit) throws IOException {
        Files.createDirectories(dir);
        for (String file : FILES) {
            if (!List.of(omit).contains(file)) {
                Files.write(dir.resolve(file), new byte[] {1});
            }
        }
        return dir;
    }

    private Path cwd() throws IOException {
        return Files.createDirectories(tmp.resolve("repo/runtime-tf/src"));
    }

    @Test
    void explicitDirectoryIsReturnedWhenComplete() throws IOException {
        Path dir = dataDir(tmp.resolve("mine"));

        assertEquals(dir, locator(null, cwd()).locate(dir));
    }

    @Test
    void explicitDirectoryMissingAFileIsAnErrorNamingFileAndPlace() throws IOException {
        Path dir = dataDir(tmp.resolve("mine"), FashionMnist.TEST_LABELS);
        dataDir(tmp.resolve("repo/samples/data/fashion-mnist"));

        DataNotFoundException e = assertThrows(DataNotFoundException.class, () -> locator(null, cwd()).locate(dir));

        assertTrue(e.getMessage().contains(dir.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("missing t10k-labels-idx1-ubyte.gz"), e.getMessage());
        assertTrue(e.getMessage().contains("only it is searched"), e.getMessage());
        assertFalse(e.getMessage().contains("samples"), "a complete vendored copy is not a fallback: " + e.getMessage());
    }

    @Test
    void explicitDirectoryThatDoesNotExistSaysSo() throws IOException {
        Path dir = tmp.resolve("typo");

        DataNotFoundException e = assertThrows(DataNotFoundException.class, () -> locator(null, cwd()).locate(dir));

        assertTrue(e.getMessage().contains(dir + ": does not exist"), e.getMessage());
    }

    @Test
    void environmentVariableWithSubdirectory() throws IOException {
        Path env = tmp.resolve("data");
        Path dir = dataDir(env.resolve("fashion-mnist"));

        assertEquals(dir, locator(env.toString(), cwd()).locate(null));
    }

    @Test
    void environmentVariableHoldingTheFilesDirectly() throws IOException {
        Path env = dataDir(tmp.resolve("fm"));

        assertEquals(env, locator(env.toString(), cwd()).locate(null));
    }

    @Test
    void environmentVariableComesBeforeTheVendoredCopy() throws IOException {
        Path env = dataDir(tmp.resolve("fm"));
        dataDir(tmp.resolve("repo/samples/data/fashion-mnist"));

        assertEquals(env, locator(env.toString(), cwd()).locate(null));
    }

    @Test
    void vendoredCopyIsFoundByWalkingUpFromTheWorkingDirectory() throws IOException {
        Path vendored = dataDir(tmp.resolve("repo/samples/data/fashion-mnist"));

        assertEquals(vendored, locator(null, cwd()).locate(null));
        assertEquals(vendored, locator("", tmp.resolve("repo")).locate(null), "from the root too; blank env is unset");
    }

    @Test
    void incompleteDirectoriesAreSkipped() throws IOException {
        dataDir(tmp.resolve("repo/samples/data/fashion-mnist"), FashionMnist.TRAIN_IMAGES);
        Path cache = dataDir(tmp.resolve("cache/fashion-mnist"));

        assertEquals(cache, locator(null, cwd()).locate(null));
    }

    @Test
    void systemDirectoryComesBeforeTheCache() throws IOException {
        Path system = dataDir(tmp.resolve("system/fashion-mnist"));
        dataDir(tmp.resolve("cache/fashion-mnist"));

        assertEquals(system, locator(null, cwd()).locate(null));
    }

    @Test
    void nothingFoundListsEveryPlaceInOrder() throws IOException {
        Path env = Files.createDirectories(tmp.resolve("env"));
        Path cwd = cwd();
        dataDir(tmp.resolve("repo/samples/data/fashion-mnist"), FashionMnist.TEST_LABELS);

        DataNotFoundException e = assertThrows(DataNotFoundException.class,
                () -> locator(env.toString(), cwd).locate(null));

        String m = e.getMessage();
        List<String> places = List.of(
                env.resolve("fashion-mnist") + " (LAMINA_DATA/fashion-mnist): does not exist",
                env + " (LAMINA_DATA): missing " + String.join(", ", FILES),
                cwd.resolve("samples/data/fashion-mnist") + " (vendored copy",
                tmp.resolve("repo/runtime-tf/samples/data/fashion-mnist").toString(),
                tmp.resolve("repo/samples/data/fashion-mnist") + " (vendored copy, walking up from " + cwd
                        + "): missing t10k-labels-idx1-ubyte.gz",
                tmp.resolve("samples/data/fashion-mnist").toString(),
                tmp.resolve("system/fashion-mnist") + " (system data set directory): does not exist",
                tmp.resolve("cache/fashion-mnist") + " (user cache): does not exist");
        int previous = -1;
        for (String place : places) {
            int at = m.indexOf(place);
            assertTrue(at > previous, "expected after position " + previous + ": " + place + "\nin: " + m);
            previous = at;
        }
        assertTrue(m.startsWith("Fashion-MNIST not found. Looked in, in order:\n  1. "), m);
        assertTrue(m.contains("There is no download. Install it."), m);
        assertTrue(m.contains("all of: " + String.join(", ", FILES)), m);
    }

    @Test
    void unsetEnvironmentVariableIsReported() throws IOException {
        DataNotFoundException e = assertThrows(DataNotFoundException.class, () -> locator(null, cwd()).locate(null));

        assertTrue(e.getMessage().contains("1. LAMINA_DATA (environment variable): not set"), e.getMessage());
    }

    @Test
    void standardLocatorSearchesTheDocumentedPlaces() {
        DataLocator standard = DataLocator.standard("Fashion-MNIST", "fashion-mnist", FILES, "Install it.");

        List<Path> dirs = standard.candidates().stream().map(DataLocator.Candidate::dir).toList();

        assertTrue(dirs.contains(Path.of("").toAbsolutePath().resolve("samples/data/fashion-mnist")), dirs.toString());
        int system = dirs.indexOf(Path.of("/usr/share/datasets/fashion-mnist"));
        int cache = dirs.indexOf(Path.of(System.getProperty("user.home"), ".cache/lamina/fashion-mnist"));
        assertEquals(dirs.size() - 2, system, dirs.toString());
        assertEquals(dirs.size() - 1, cache, dirs.toString());
    }

    /** A directory without read permission used to be reported as missing every file. */
    @Test
    void aDirectoryWithoutReadPermissionIsReportedAsUnreadableNotMissing() throws IOException {
        Permissions.assumeEnforced(tmp);
        Path dir = dataDir(tmp.resolve("mine"));
        Permissions.set(dir, "---------");
        try {
            DataNotFoundException e = assertThrows(DataNotFoundException.class, () -> locator(null, cwd()).locate(dir));

            assertTrue(e.getMessage().contains(dir + ": cannot be read: permission denied"), e.getMessage());
            assertFalse(e.getMessage().contains("missing"), e.getMessage());
        } finally {
            Permissions.set(dir, "rwx------");
        }
    }

    /** An unreadable LAMINA_DATA used to be skipped silently in favour of the next place. */
    @Test
    void anUnreadableLaminaDataStopsTheSearchWithTheReason() throws IOException {
        Permissions.assumeEnforced(tmp);
        Path env = dataDir(tmp.resolve("env"));
        dataDir(tmp.resolve("repo/samples/data/fashion-mnist"));
        Permissions.set(env, "---------");
        try {
            DataNotFoundException e = assertThrows(DataNotFoundException.class,
                    () -> locator(env.toString(), cwd()).locate(null));

            assertTrue(e.getMessage().contains("named by the environment variable LAMINA_DATA: it cannot be read:"
                    + " permission denied"), e.getMessage());
        } finally {
            Permissions.set(env, "rwx------");
        }
    }

    /** Root-proof: a required name that is not a file is named as such. */
    @Test
    void aRequiredNameThatIsADirectoryIsNamedAsNotAFile() throws IOException {
        Path dir = dataDir(tmp.resolve("mine"), FashionMnist.TEST_LABELS);
        Files.createDirectory(dir.resolve(FashionMnist.TEST_LABELS));

        DataNotFoundException e = assertThrows(DataNotFoundException.class, () -> locator(null, cwd()).locate(dir));

        assertTrue(e.getMessage().contains("missing t10k-labels-idx1-ubyte.gz (not a file)"), e.getMessage());
    }
}
