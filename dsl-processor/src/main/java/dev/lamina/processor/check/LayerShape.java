package dev.lamina.processor.check;

import dev.lamina.processor.spec.ShapeSpec;
import dev.lamina.processor.spec.layer.LayerSpec;

/**
 * What one layer receives and produces, per example (no batch dimension).
 *
 * @param layer the layer
 * @param input the shape it receives: the model's input for the first layer
 * @param output the shape it produces
 */
public record LayerShape(LayerSpec layer, ShapeSpec input, ShapeSpec output) {}
