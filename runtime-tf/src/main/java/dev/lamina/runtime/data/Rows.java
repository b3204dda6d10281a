package dev.lamina.runtime.data;

import java.util.function.IntUnaryOperator;

/** Checks and flattens arrays of rows (one array per example) into the row-major layout a {@link Dataset} holds. */
final class Rows {
    private Rows() {}

    /**
     * The common length of {@code count} rows, whose lengths {@code lengthOf} gives ({@code -1} for
     * a null row); fails naming the first row that differs.
     *
     * @param caller the method named in the message ({@code Dataset.fromRows})
     * @param what what a row holds, for the message ({@code feature})
     */
    static int width(int count, IntUnaryOperator lengthOf, String caller, String what) {
        if (count == 0) {
            throw new IllegalArgumentException(caller + ": expected at least one row. Received: 0 rows.");
        }
        int width = lengthOf.applyAsInt(0);
        for (int i = 0; i < count; i++) {
            int length = lengthOf.applyAsInt(i);
            if (length < 1 || length != width) {
                throw new IllegalArgumentException(caller + ": expected every row to hold the same number (>= 1) of "
                        + what + " values. Received: row 0 has " + Math.max(width, 0) + ", row " + i + " has "
                        + (length < 0 ? "null" : String.valueOf(length)) + ".");
            }
        }
        return width;
    }

    static float[] flatten(float[][] rows, String caller) {
        int width = width(rows.length, i -> rows[i] == null ? -1 : rows[i].length, caller, "feature");
        float[] flat = new float[rows.length * width];
        for (int i = 0; i < rows.length; i++) {
            System.arraycopy(rows[i], 0, flat, i * width, width);
        }
        return flat;
    }

    /** Rounds to float, the precision the graph computes in. */
    static float[] flatten(double[][] rows, String caller) {
        int width = width(rows.length, i -> rows[i] == null ? -1 : rows[i].length, caller, "feature");
        float[] flat = new float[rows.length * width];
        for (int i = 0; i < rows.length; i++) {
            for (int j = 0; j < width; j++) {
                flat[i * width + j] = (float) rows[i][j];
            }
        }
        return flat;
    }
}
