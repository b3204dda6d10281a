package dev.lamina.runtime.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Parses {@code model.json}: every required field is checked for presence and type before the
 * record is bound, so a malformed manifest is a {@link CorruptSaveException} naming the field.
 */
final class ManifestReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ManifestReader() {}

    static SaveManifest parse(Path file, byte[] bytes) {
        JsonNode root;
        try {
            root = JSON.readTree(bytes);
        } catch (IOException e) {
            throw new CorruptSaveException(file, "it cannot be parsed (" + e.getMessage() + ")");
        }
        JsonFields fields = JsonFields.root(file, root);
        long format = fields.integer("format");
        fields.text("model");
        fields.integer("seed");
        if (fields.integer("epochsCompleted") < 0) {
            throw fields.invalid("epochsCompleted", "should be at least 0");
        }
        if (!(fields.number("learningRate") > 0)) {
            throw fields.invalid("learningRate", "should be positive");
        }
        JsonFields optimizer = fields.object("optimizer");
        optimizer.text("kind");
        optimizer.strings("slots");
        for (JsonFields variable : fields.objects("variables")) {
            variable.text("path");
            variable.integers("shape");
        }
        if (fields.has("fit")) {
            JsonFields fit = fields.object("fit");
            fit.integer("epochs");
            fit.integer("epochsDone");
            fit.integer("stepsPerEpoch");
            fit.text("schedule");
        }
        fields.stringValues("checksums");
        if (format != SaveManifest.FORMAT) {
            throw fields.invalid("format", "is " + format + "; this runtime reads format " + SaveManifest.FORMAT);
        }
        try {
            return JSON.treeToValue(root, SaveManifest.class);
        } catch (IOException e) {
            throw new CorruptSaveException(file, "it does not describe a save (" + e.getMessage() + ")");
        }
    }
}
