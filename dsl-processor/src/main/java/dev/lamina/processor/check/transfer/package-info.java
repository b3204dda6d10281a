/**
 * The rules that compare the models of one compilation: layers that several models reuse (inherit
 * from an interface that is not a model) have weights of the same shape in each, so that one
 * model's save can be transferred into another.
 */
package dev.lamina.processor.check.transfer;
