package dev.lamina.runtime.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Reads a CSV file with a header into a {@link Dataset}, columns chosen by name:
 *
 * <pre>{@code
 * Dataset data = Csv.read(Path.of("diabetes.csv")).target("progression").load();      // regression
 * Dataset iris = Csv.read(Path.of("iris.csv")).classTarget("species").load();          // text classes
 * Dataset some = Csv.read(path).features("age", "bmi").targets("y1", "y2").load();    // 2 outputs
 * }</pre>
 *
 * The features are every column that is not a target unless {@link #features} names them. Every
 * value is parsed as a number; a missing, non-numeric or non-finite one stops the load with the
 * file, line and column. Class labels ({@link #classTarget}) may be any text: the distinct labels,
 * sorted (numerically when all are integers, as scikit-learn's {@code LabelEncoder}), become
 * classes {@code 0..k-1}, and the names are kept ({@link Dataset#classNames()}) and saved with a
 * model trained on them. Parsing (quotes, escapes, separators) is Jackson's CSV module.
 */
public final class Csv {
    private enum TargetKind { REAL, CLASSES, BINARY }

    private final Path file;
    private final char separator;
    private final List<String> features;
    private final List<String> targets;
    private final TargetKind kind;

    private Csv(Path file, char separator, List<String> features, List<String> targets, TargetKind kind) {
        this.file = file;
        this.separator = separator;
        this.features = features;
        this.targets = targets;
        this.kind = kind;
    }

    /** A reader of {@code file}, comma-separated, with no target chosen yet. */
    public static Csv read(Path file) {
        return new Csv(file, ',', null, List.of(), TargetKind.REAL);
    }

    /** The column separator; default {@code ','}. */
    public Csv separator(char separator) {
        return new Csv(file, separator, features, targets, kind);
    }

    /** The feature columns, in this order; default: every column that is not a target, in file order. */
    public Csv features(String... names) {
        return new Csv(file, separator, List.of(names), targets, kind);
    }

    /** One real-valued target column: a regression. */
    public Csv target(String name) {
        return new Csv(file, separator, features, List.of(name), TargetKind.REAL);
    }

    /** Several real-valued target columns, one per output unit: a multi-output regression. */
    public Csv targets(String... names) {
        return new Csv(file, separator, features, List.of(names), TargetKind.REAL);
    }

    /** A column of class labels (any text), mapped to class indices with their names kept. */
    public Csv classTarget(String name) {
        return new Csv(file, separator, features, List.of(name), TargetKind.CLASSES);
    }

    /** A column of 0/1 labels, for binary cross-entropy. */
    public Csv binaryTarget(String name) {
        return new Csv(file, separator, features, List.of(name), TargetKind.BINARY);
    }

    /** Reads the file: every chosen value checked, the first bad one named by line and column. */
    public Dataset load() {
        if (targets.isEmpty()) {
            throw new IllegalArgumentException("Csv: choose the target column first: .target(\"name\"),"
                    + " .targets(...), .classTarget(\"name\") or .binaryTarget(\"name\").");
        }
        CsvTable table = CsvTable.read(file, separator);
        int[] targetColumns = targets.stream().mapToInt(table::column).toArray();
        List<String> featureNames = features != null ? features
                : table.header.stream().filter(name -> !targets.contains(name)).toList();
        int[] featureColumns = featureNames.stream().mapToInt(table::column).toArray();
        if (featureColumns.length == 0) {
            throw new InvalidDataException(file, file + ": no feature columns: the header " + table.header
                    + " has only the target.", null);
        }
        int n = table.rows.size();
        float[] x = new float[n * featureColumns.length];
        for (int r = 0; r < n; r++) {
            for (int j = 0; j < featureColumns.length; j++) {
                x[r * featureColumns.length + j] = number(table, r, featureColumns[j]);
            }
        }
        return Dataset.of(x, new long[] {featureColumns.length}, targets(table, targetColumns));
    }

    private Targets targets(CsvTable table, int[] columns) {
        int n = table.rows.size();
        if (kind == TargetKind.CLASSES) {
            return classes(table, columns[0]);
        }
        if (kind == TargetKind.BINARY) {
            int[] labels = new int[n];
            for (int r = 0; r < n; r++) {
                float value = number(table, r, columns[0]);
                if (value != 0 && value != 1) {
                    throw table.error(r, columns[0], "expected a binary label, 0 or 1. Received: '"
                            + table.cell(r, columns[0]) + "'. For more classes use classTarget");
                }
                labels[r] = (int) value;
            }
            return Targets.binary(labels);
        }
        float[] y = new float[n * columns.length];
        for (int r = 0; r < n; r++) {
            for (int j = 0; j < columns.length; j++) {
                y[r * columns.length + j] = number(table, r, columns[j]);
            }
        }
        return Targets.realOwned(y, columns.length);
    }

    /** Text labels to indices: the distinct labels sorted, numerically when every one is an integer. */
    private static Targets classes(CsvTable table, int column) {
        int n = table.rows.size();
        List<String> labels = new ArrayList<>(n);
        for (int r = 0; r < n; r++) {
            String label = table.cell(r, column);
            if (label.isEmpty()) {
                throw table.error(r, column, "missing class label");
            }
            labels.add(label);
        }
        boolean integers = labels.stream().allMatch(label -> label.matches("-?\\d{1,18}"));
        Comparator<String> order = integers ? Comparator.comparingLong(Long::parseLong) : Comparator.naturalOrder();
        List<String> names = new ArrayList<>(new TreeSet<>(order) {{ addAll(labels); }});
        Map<String, Integer> index = new HashMap<>();
        for (int k = 0; k < names.size(); k++) {
            index.put(names.get(k), k);
        }
        int[] indices = labels.stream().mapToInt(index::get).toArray();
        return Targets.classes(indices, names);
    }

    private static float number(CsvTable table, int r, int c) {
        String text = table.cell(r, c);
        if (text.isEmpty()) {
            throw table.error(r, c, "missing value. Fill it in (e.g. with the column's mean) or remove the line");
        }
        double value;
        try {
            value = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw table.error(r, c, "expected a number. Received: '" + text + "'");
        }
        if (!Double.isFinite(value) || Float.isInfinite((float) value)) {
            throw table.error(r, c, "expected a finite number. Received: '" + text + "'. Replace missing or"
                    + " infinite values before training");
        }
        return (float) value;
    }
}
