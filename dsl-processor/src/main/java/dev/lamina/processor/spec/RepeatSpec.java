package dev.lamina.processor.spec;

import dev.lamina.dsl.Repeat;

/**
 * A layer method's {@code @Repeat}: how many identical layers the method declares.
 *
 * @param source the method and its {@code @Repeat}
 * @param count the number of repetitions, as written (checked later, may be out of range here)
 */
public record RepeatSpec(Source source, int count) {

    /**
     * Whether the count is one the method can declare layers with: from 1 to {@link Repeat#MAX}.
     * A method with another count declares no layer (the repeat-count rule says why), so that a
     * typo such as {@code @Repeat(1000000)} never builds a million layers.
     */
    public boolean declaresLayers() {
        return count >= 1 && count <= Repeat.MAX;
    }

    /**
     * The name of repetition {@code number} (from 1) of {@code method}: {@code hidden7}, or, when the
     * method's name ends in a digit, {@code block1_3}, so that {@code block1} repeated and
     * {@code block} repeated more than ten times cannot both name a layer {@code block13}.
     */
    public static String layerName(String method, int number) {
        boolean endsInDigit = !method.isEmpty() && Character.isDigit(method.charAt(method.length() - 1));
        return method + (endsInDigit ? "_" : "") + number;
    }
}
