package dev.lamina.runtime.data;

import java.util.Arrays;

/**
 * The content of an IDX file of unsigned bytes: its dimensions and its values, row-major.
 *
 * <p>The values stay raw bytes (read them as {@code data[i] & 0xFF}) because converting them is
 * the caller's business: Fashion-MNIST scales pixels to [0, 1] but keeps labels as integers. The
 * arrays are not copied, so that a 47 MB image file is held once; treat them as read-only.
 *
 * @param shape the dimensions, outermost first (e.g. {@code {60000, 28, 28}})
 * @param data the product of {@code shape} values
 */
public record IdxArray(int[] shape, byte[] data) {
    /** @throws IllegalArgumentException if {@code data} does not hold exactly the values {@code shape} promises */
    public IdxArray {
        long count = 1;
        for (int dimension : shape) {
            count *= dimension;
        }
        if (count != data.length) {
            throw new IllegalArgumentException("IdxArray: shape " + Arrays.toString(shape) + " holds " + count
                    + " values. Received: " + data.length + " values.");
        }
    }

    /** The value at flat index {@code i}, as the unsigned byte (0..255) the file stores. */
    public int unsigned(int i) {
        return data[i] & 0xFF;
    }

    @Override
    public String toString() {
        return "IdxArray[shape=" + Arrays.toString(shape) + ", " + data.length + " bytes]";
    }
}
