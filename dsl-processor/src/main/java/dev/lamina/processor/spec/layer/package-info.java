/**
 * The layer specs: the sealed {@code LayerSpec} and one record per layer annotation
 * ({@code DenseSpec}, {@code BatchNormSpec}, …), each with its attributes read and defaults resolved.
 */
package dev.lamina.processor.spec.layer;
