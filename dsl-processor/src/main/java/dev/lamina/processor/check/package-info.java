/**
 * Stage two: judges a {@link dev.lamina.processor.spec.ModelSpec}. Each {@link
 * dev.lamina.processor.check.Rule} is one small class with a stable id ({@code lamina:<name>}),
 * a severity and messages in three parts: what is wrong (with the value received), why, and the
 * fix. The {@link dev.lamina.processor.check.Checker} runs them all, so one compile shows every
 * problem, then gates: only a model without errors becomes a
 * {@link dev.lamina.processor.check.CheckedModel}, the one thing the generator accepts. Shape
 * inference lives here too, because "this layer cannot take that shape" is a check.
 */
package dev.lamina.processor.check;
