/**
 * The rules on {@code @Optimizer}: every attribute written applies to the optimizer chosen and is
 * in its range, gradients are clipped one way at most, and the chapter's advice against AdaGrad on
 * deep networks.
 */
package dev.lamina.processor.check.optimizer;
