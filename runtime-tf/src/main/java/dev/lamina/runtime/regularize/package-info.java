/**
 * Weight regularizers (penalties added to the loss) and constraints (projections applied after
 * each optimizer update), with Keras's formulas. Layers take them through fluent methods such as
 * {@code Dense.withKernelRegularizer}; the training step collects them through {@code
 * Layer.penalty} and {@code Layer.constraints}.
 */
package dev.lamina.runtime.regularize;
