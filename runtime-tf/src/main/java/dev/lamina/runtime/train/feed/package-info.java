/**
 * What the training and evaluation loops feed a step: the batch's tensors ({@code BatchFeed}) or
 * only its example indices into data held in the graph ({@code IndexFeed}), each made once per
 * loop and refilled batch after batch. Used by the runtime's loops; not needed by model code.
 */
package dev.lamina.runtime.train.feed;
