/**
 * The rules of self-normalizing networks (SELU, the chapter's section on it): what breaks
 * self-normalization is a warning in a model with SELU hidden layers and an error under
 * {@code preset = SELF_NORMALIZING}.
 */
package dev.lamina.processor.check.selfnormalizing;
