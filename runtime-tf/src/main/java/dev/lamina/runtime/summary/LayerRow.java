package dev.lamina.runtime.summary;

import java.util.Arrays;

/**
 * One line of a {@link ModelSummary}: a layer, the shape of one example of its output, and its
 * parameters.
 *
 * @param name the layer's name ({@code hidden1})
 * @param type the layer's kind ({@code Dense})
 * @param outputShape one example's output shape, without the batch dimension
 * @param trainableParameters the values the optimizer updates (none in a frozen layer)
 * @param nonTrainableParameters the values it does not (Batch Normalization's moving statistics,
 *     input standardization's statistics, every weight of a frozen layer)
 */
public record LayerRow(String name, String type, long[] outputShape, long trainableParameters,
        long nonTrainableParameters) {

    public LayerRow {
        outputShape = outputShape.clone();
    }

    @Override
    public long[] outputShape() {
        return outputShape.clone();
    }

    /** Every parameter of the layer: Keras's {@code Param #}. */
    public long parameters() {
        return trainableParameters + nonTrainableParameters;
    }

    /** The output shape as Keras prints it, the batch dimension first: {@code (None, 300)}. */
    public String shapeText() {
        StringBuilder text = new StringBuilder("(None");
        Arrays.stream(outputShape).forEach(d -> text.append(", ").append(d));
        return text.append(')').toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LayerRow other && name.equals(other.name) && type.equals(other.type)
                && Arrays.equals(outputShape, other.outputShape)
                && trainableParameters == other.trainableParameters
                && nonTrainableParameters == other.nonTrainableParameters;
    }

    @Override
    public int hashCode() {
        return 31 * name.hashCode() + Arrays.hashCode(outputShape);
    }

    @Override
    public String toString() {
        return name + " (" + type + ") " + shapeText() + " " + parameters();
    }
}
