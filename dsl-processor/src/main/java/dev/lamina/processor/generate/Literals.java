package dev.lamina.processor.generate;

import com.palantir.javapoet.CodeBlock;
import java.util.List;

/**
 * Values written as Java source: {@code 0.001}, {@code 1.0E-7}, {@code Double.NaN}, {@code new
 * double[] {5.0, 15.0}}.
 */
final class Literals {
    private Literals() {}

    /**
     * A double; NaN (a value left to the runtime's default) as {@code Double.NaN}, which compiles,
     * unlike {@code NaN}.
     */
    static CodeBlock of(double value) {
        return Double.isNaN(value) ? CodeBlock.of("$T.NaN", Double.class) : CodeBlock.of("$L", value);
    }

    static CodeBlock doubles(List<Double> values) {
        return CodeBlock.of("new double[] {$L}", values.stream().map(Literals::of).collect(CodeBlock.joining(", ")));
    }

    static CodeBlock longs(List<Long> values) {
        return CodeBlock.of("new long[] {$L}", values.stream().map(value -> CodeBlock.of("$L", value))
                .collect(CodeBlock.joining(", ")));
    }

    static CodeBlock ints(List<Integer> values) {
        return CodeBlock.of("new int[] {$L}", values.stream().map(value -> CodeBlock.of("$L", value))
                .collect(CodeBlock.joining(", ")));
    }
}
