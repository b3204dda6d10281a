package dev.lamina.runtime.io;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@value #FILE_NAME}: the arrays of a fit's {@link Resumable} parts (early stopping's best
 * weights), by part and name, in a version of a save made during a fit. Binary, big-endian:
 * per part its key and array count, per array its name, length and floats. The manifest's
 * checksum covers it like every file of the save.
 */
public final class StateArrays {
    public static final String FILE_NAME = "fit-arrays.bin";

    private StateArrays() {}

    /** Writes {@code arrays} into {@code version}; nothing when there are none. */
    public static void write(Path version, Map<String, Map<String, float[]>> arrays) throws IOException {
        if (arrays.values().stream().allMatch(Map::isEmpty)) {
            return;
        }
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(
                Files.newOutputStream(version.resolve(FILE_NAME))))) {
            out.writeInt(arrays.size());
            for (Map.Entry<String, Map<String, float[]>> part : arrays.entrySet()) {
                out.writeUTF(part.getKey());
                out.writeInt(part.getValue().size());
                for (Map.Entry<String, float[]> array : part.getValue().entrySet()) {
                    out.writeUTF(array.getKey());
                    out.writeInt(array.getValue().length);
                    for (float value : array.getValue()) {
                        out.writeFloat(value);
                    }
                }
            }
        }
    }

    /** The arrays in {@code version}; empty when it has none. */
    public static Map<String, Map<String, float[]>> read(Path version) throws IOException {
        Map<String, Map<String, float[]>> arrays = new LinkedHashMap<>();
        Path file = version.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return arrays;
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            int parts = in.readInt();
            for (int p = 0; p < parts; p++) {
                Map<String, float[]> part = new LinkedHashMap<>();
                arrays.put(in.readUTF(), part);
                int count = in.readInt();
                for (int a = 0; a < count; a++) {
                    String name = in.readUTF();
                    float[] values = new float[in.readInt()];
                    for (int i = 0; i < values.length; i++) {
                        values[i] = in.readFloat();
                    }
                    part.put(name, values);
                }
            }
        }
        return arrays;
    }
}
