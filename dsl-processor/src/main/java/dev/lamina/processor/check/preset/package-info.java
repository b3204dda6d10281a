/**
 * The rules of the chapter's default configuration ({@code preset = DEFAULT_DNN}): warnings where
 * a model departs from it (Batch Normalization for deep nets, early stopping, momentum).
 */
package dev.lamina.processor.check.preset;
