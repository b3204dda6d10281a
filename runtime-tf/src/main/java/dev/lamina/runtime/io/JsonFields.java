package dev.lamina.runtime.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;

/**
 * Checks the fields of one JSON object of a save file before it is bound, so that a malformed
 * file ({@code null}, a missing or mistyped field) is reported as damage naming the field, never
 * as a {@code NullPointerException} later.
 */
final class JsonFields {
    private final Path file;
    private final JsonNode object;
    /** The object's path in the file, for messages: {@code ""} for the root, else {@code "optimizer."}. */
    private final String prefix;

    private JsonFields(Path file, JsonNode object, String prefix) {
        this.file = file;
        this.object = object;
        this.prefix = prefix;
    }

    /** The root of {@code file}, which must be a JSON object. */
    static JsonFields root(Path file, JsonNode root) {
        if (root == null || !root.isObject()) {
            throw new CorruptSaveException(file, "expected a JSON object, found "
                    + (root == null || root.isMissingNode() ? "nothing" : root.getNodeType().toString().toLowerCase()));
        }
        return new JsonFields(file, root, "");
    }

    /** The object in field {@code name}. */
    JsonFields object(String name) {
        JsonNode value = require(name);
        if (!value.isObject()) {
            throw mistyped(name, "an object");
        }
        return new JsonFields(file, value, prefix + name + ".");
    }

    /** The array in field {@code name}. */
    JsonNode array(String name) {
        JsonNode value = require(name);
        if (!value.isArray()) {
            throw mistyped(name, "an array");
        }
        return value;
    }

    /** Each element of the array {@code name} as an object. */
    java.util.List<JsonFields> objects(String name) {
        JsonNode array = array(name);
        java.util.List<JsonFields> elements = new java.util.ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            String element = prefix + name + "[" + i + "]";
            if (!array.get(i).isObject()) {
                throw new CorruptSaveException(file, "field '" + element + "' should be an object");
            }
            elements.add(new JsonFields(file, array.get(i), element + "."));
        }
        return elements;
    }

    /** Checks that field {@code name} is an array of integers. */
    void integers(String name) {
        for (JsonNode element : array(name)) {
            if (!element.canConvertToLong() || !element.isIntegralNumber()) {
                throw mistyped(name, "an array of integers");
            }
        }
    }

    /** Checks that field {@code name} is an array of strings. */
    void strings(String name) {
        for (JsonNode element : array(name)) {
            if (!element.isTextual()) {
                throw mistyped(name, "an array of strings");
            }
        }
    }

    /** Checks that field {@code name} is an object whose values are strings. */
    void stringValues(String name) {
        JsonNode value = object(name).object;
        value.properties().forEach(entry -> {
            if (!entry.getValue().isTextual()) {
                throw new CorruptSaveException(file, "field '" + prefix + name + "." + entry.getKey() + "' should be a string");
            }
        });
    }

    long integer(String name) {
        JsonNode value = require(name);
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw mistyped(name, "an integer");
        }
        return value.longValue();
    }

    double number(String name) {
        JsonNode value = require(name);
        if (!value.isNumber()) {
            throw mistyped(name, "a number");
        }
        return value.doubleValue();
    }

    String text(String name) {
        JsonNode value = require(name);
        if (!value.isTextual()) {
            throw mistyped(name, "a string");
        }
        return value.textValue();
    }

    /** Whether the optional field {@code name} is present and not null. */
    boolean has(String name) {
        return object.hasNonNull(name);
    }

    /** A damage report about field {@code name}: what the check above it found wrong. */
    CorruptSaveException invalid(String name, String problem) {
        return new CorruptSaveException(file, "field '" + prefix + name + "' " + problem);
    }

    private JsonNode require(String name) {
        JsonNode value = object.get(name);
        if (value == null || value.isNull()) {
            throw new CorruptSaveException(file, "field '" + prefix + name + "' is missing");
        }
        return value;
    }

    private CorruptSaveException mistyped(String name, String expected) {
        return invalid(name, "should be " + expected + ", found " + object.get(name));
    }
}
