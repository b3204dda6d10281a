package dev.lamina.runtime.summary;

import dev.lamina.runtime.layer.Layer;
import dev.lamina.runtime.layer.Weight;
import java.util.ArrayList;
import java.util.List;

/**
 * Keras's {@code model.summary()}: one row per layer (name, type, output shape, parameter count)
 * and the totals, trainable and not. {@link #toString()} is the table; print it.
 *
 * <p>A parameter counts as trainable when its variable is (kernels, biases, Batch
 * Normalization's γ and β) and its layer is not frozen, as Keras counts a layer with
 * {@code trainable = False}; Batch Normalization's moving mean and variance and the input
 * standardization's statistics are never trainable.
 *
 * @param model the model's name
 * @param inputShape one example's input shape, without the batch dimension
 * @param rows one per layer, in order
 */
public record ModelSummary(String model, long[] inputShape, List<LayerRow> rows) {

    public ModelSummary {
        inputShape = inputShape.clone();
        rows = List.copyOf(rows);
    }

    /** The summary of {@code layers} (in order, the output layer last) fed examples of {@code inputShape}. */
    public static ModelSummary of(String model, long[] inputShape, List<? extends Layer> layers) {
        List<LayerRow> rows = new ArrayList<>();
        long[] shape = inputShape;
        for (Layer layer : layers) {
            shape = layer.outputShape(shape);
            long trainable = 0;
            long fixed = 0;
            for (Weight weight : layer.weights()) {
                if (weight.trainable() && !layer.isFrozen()) {
                    trainable += weight.shape().size();
                } else {
                    fixed += weight.shape().size();
                }
            }
            rows.add(new LayerRow(layer.name(), layer.getClass().getSimpleName(), shape, trainable, fixed));
        }
        return new ModelSummary(model, inputShape, rows);
    }

    @Override
    public long[] inputShape() {
        return inputShape.clone();
    }

    /** Keras's {@code Trainable params}. */
    public long trainableParameters() {
        return rows.stream().mapToLong(LayerRow::trainableParameters).sum();
    }

    /** Keras's {@code Non-trainable params}. */
    public long nonTrainableParameters() {
        return rows.stream().mapToLong(LayerRow::nonTrainableParameters).sum();
    }

    /** Keras's {@code Total params}. */
    public long totalParameters() {
        return trainableParameters() + nonTrainableParameters();
    }

    /** The table, as Keras prints it. */
    @Override
    public String toString() {
        return SummaryTable.format(this);
    }
}
