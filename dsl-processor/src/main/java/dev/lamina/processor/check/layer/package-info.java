/**
 * The rules on each layer's attributes and the annotations on its weights: ranges (units, rates,
 * momentum, slopes, factors, norms), and regularizers, constraints, initializers and {@code @Frozen}
 * on a layer that has what they act on.
 */
package dev.lamina.processor.check.layer;
