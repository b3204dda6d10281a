/**
 * The rules on the output layer, the loss, the target and the metrics: the last layer's activation
 * and units fit the loss and the target, and the metrics fit what the model predicts.
 */
package dev.lamina.processor.check.output;
