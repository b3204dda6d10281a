package dev.lamina.runtime.layer;

import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.core.Variable;
import org.tensorflow.types.TFloat32;

/**
 * One variable of a layer.
 *
 * @param path the variable's stable name, {@code <layer>/<weight>} (e.g. {@code hidden1/kernel}):
 *     the graph op name and the key in saves
 * @param shape its static shape
 * @param variable the graph variable
 * @param trainable whether the optimizer updates it (a kernel) or not (Batch Normalization's
 *     moving statistics, which change only through the layer's own update)
 */
public record Weight(String path, Shape shape, Variable<TFloat32> variable, boolean trainable) {}
