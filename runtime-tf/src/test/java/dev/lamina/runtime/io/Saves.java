package dev.lamina.runtime.io;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/** Small saves for the io tests: a manifest, a one-file save, and hand edits that keep or break its checksums. */
final class Saves {
    static final SaveManifest MANIFEST = new SaveManifest(SaveManifest.FORMAT, "M", 1, 0, 0.01,
            new SaveManifest.OptimizerState("Sgd", List.of()),
            List.of(new SaveManifest.SavedVariable("dense/kernel", new long[] {2, 2})), null, Map.of(), null);

    private Saves() {}

    /** A save whose one data file, {@code variables.index}, holds {@code content}. */
    static void write(Path target, String content) {
        SaveDirectory.write(target, version -> Files.writeString(version.resolve("variables.index"), content), MANIFEST,
                Replace.SAME_KIND);
    }

    /** The data file of the current version. */
    static String content(Path target) throws IOException {
        return Files.readString(SaveDirectory.read(target).files().resolve("variables.index"));
    }

    /**
     * Replaces the current manifest by {@code json} and records its checksum in the pointer, as a
     * careful hand edit would: what is left to catch is the content itself.
     */
    static void replaceManifest(Path target, String json) throws Exception {
        Path manifest = SaveDirectory.currentVersion(target).resolve(SaveManifest.FILE_NAME);
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        Files.write(manifest, bytes);
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode pointer = (ObjectNode) mapper.readTree(target.resolve(SavePointer.FILE_NAME).toFile());
        pointer.put("manifestSha256", HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
        mapper.writeValue(target.resolve(SavePointer.FILE_NAME).toFile(), pointer);
    }

    /** The entries of {@code directory}, sorted by name. */
    static List<String> entries(Path directory) throws IOException {
        try (var list = Files.list(directory)) {
            return list.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }
}
