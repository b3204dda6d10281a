package dev.lamina.runtime.summary;

import java.util.List;
import java.util.Locale;

/** Lays a {@link ModelSummary} out as Keras's summary table, the columns as wide as their longest cell. */
final class SummaryTable {
    private static final String[] HEADERS = {"Layer (type)", "Output Shape", "Param #"};
    private static final String GAP = "  ";

    private SummaryTable() {}

    static String format(ModelSummary summary) {
        List<String[]> cells = summary.rows().stream()
                .map(row -> new String[] {row.name() + " (" + row.type() + ")", row.shapeText(), grouped(row.parameters())})
                .toList();
        int[] widths = new int[HEADERS.length];
        for (int column = 0; column < widths.length; column++) {
            widths[column] = HEADERS[column].length();
            for (String[] row : cells) {
                widths[column] = Math.max(widths[column], row[column].length());
            }
        }
        int width = widths[0] + widths[1] + widths[2] + 2 * GAP.length();
        StringBuilder table = new StringBuilder();
        table.append("Model: \"").append(summary.model()).append("\"\n");
        table.append("_".repeat(width)).append('\n');
        line(table, HEADERS, widths);
        table.append("=".repeat(width)).append('\n');
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                table.append("_".repeat(width)).append('\n');
            }
            line(table, cells.get(i), widths);
        }
        table.append("=".repeat(width)).append('\n');
        table.append("Total params: ").append(grouped(summary.totalParameters())).append('\n');
        table.append("Trainable params: ").append(grouped(summary.trainableParameters())).append('\n');
        table.append("Non-trainable params: ").append(grouped(summary.nonTrainableParameters())).append('\n');
        table.append("_".repeat(width)).append('\n');
        return table.toString();
    }

    /** One row: the name and shape left-aligned, the count right-aligned. */
    private static void line(StringBuilder table, String[] cells, int[] widths) {
        table.append(String.format(Locale.ROOT, "%-" + widths[0] + "s" + GAP + "%-" + widths[1] + "s" + GAP + "%"
                + widths[2] + "s", (Object[]) cells).stripTrailing()).append('\n');
    }

    /** {@code 266610} as {@code 266,610}, as Keras 3 prints counts. */
    private static String grouped(long count) {
        return String.format(Locale.ROOT, "%,d", count);
    }
}
