package dev.lamina.processor.spec;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The shape of one example, without the batch dimension: {@code (28, 28)} for a grayscale image,
 * {@code (784)} once flattened. Dimensions are {@code long} because an unchecked input can
 * multiply past {@link Integer#MAX_VALUE}, and shape inference must not fail before the check
 * that reports it.
 *
 * @param dims the dimensions, outermost first
 */
public record ShapeSpec(List<Long> dims) {

    public ShapeSpec {
        dims = List.copyOf(dims);
    }

    /** A shape from {@code @Model(input = ...)} values. */
    public static ShapeSpec of(long... dims) {
        return new ShapeSpec(Arrays.stream(dims).boxed().toList());
    }

    /** The number of dimensions. */
    public int rank() {
        return dims.size();
    }

    /**
     * The number of values in one example: the product of the dimensions (1 for rank 0). It
     * saturates at {@link Long#MAX_VALUE} instead of overflowing: "too large" is all a check
     * needs to know.
     */
    public long size() {
        long size = 1;
        for (long dim : dims) {
            try {
                size = Math.multiplyExact(size, dim);
            } catch (ArithmeticException overflow) {
                return Long.MAX_VALUE;
            }
        }
        return size;
    }

    /** This shape with every dimension folded into one, as a {@code Flatten} layer does. */
    public ShapeSpec flattened() {
        return of(size());
    }

    /** The shape as a tuple, the way Keras prints shapes: {@code (28, 28)}. */
    @Override
    public String toString() {
        return dims.stream().map(String::valueOf).collect(Collectors.joining(", ", "(", ")"));
    }

    /** The shape as an array initializer, the way users write it in {@code @Model}: {@code {28, 28}}. */
    public String toArrayLiteral() {
        return dims.stream().map(String::valueOf).collect(Collectors.joining(", ", "{", "}"));
    }
}
