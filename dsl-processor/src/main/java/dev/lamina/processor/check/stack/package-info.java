/**
 * The rules on the layers in order: what one layer can receive from the one before (a vector for
 * Dense, the input for Standardize), and the chapter's advice on stacking them: an initializer that
 * fits the activation and is random, no softmax or saturating stack in the hidden layers, no activation applied
 * twice, no bias that Batch Normalization removes.
 */
package dev.lamina.processor.check.stack;
