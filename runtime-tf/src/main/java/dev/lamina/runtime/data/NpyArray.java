package dev.lamina.runtime.data;

import java.util.Arrays;

/**
 * An array read from a NumPy {@code .npy} file ({@link Npy#read}): its shape and its values in C
 * (row-major) order, as floats (float32, float64 rounded, uint8) or as whole numbers (int32,
 * int64), whichever the file's type is.
 *
 * @param shape the array's shape ({@code ()} for a scalar)
 * @param dtype NumPy's name of the element type: {@code float32}, {@code float64}, {@code int32},
 *     {@code int64} or {@code uint8}
 */
public record NpyArray(long[] shape, String dtype, float[] floats, long[] integers) {

    public NpyArray {
        shape = shape.clone();
    }

    @Override
    public long[] shape() {
        return shape.clone();
    }

    /** Whether the file held whole numbers (int32, int64): class indices, say. */
    public boolean isInteger() {
        return integers != null;
    }

    /** The number of values: the product of the shape. */
    public int size() {
        return isInteger() ? integers.length : floats.length;
    }

    /** The values as floats, in C order (whole numbers converted); a copy. */
    public float[] toFloats() {
        if (!isInteger()) {
            return floats.clone();
        }
        float[] values = new float[integers.length];
        for (int i = 0; i < values.length; i++) {
            values[i] = integers[i];
        }
        return values;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NpyArray other && Arrays.equals(shape, other.shape) && dtype.equals(other.dtype)
                && Arrays.equals(floats, other.floats) && Arrays.equals(integers, other.integers);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(shape) + dtype.hashCode();
    }

    @Override
    public String toString() {
        return "NpyArray[" + dtype + " " + Arrays.toString(shape) + "]";
    }
}
