/**
 * Stage two: judges a {@link dev.lamina.processor.spec.ModelSpec}. This package is the framework:
 * the {@link dev.lamina.processor.check.Checker}, the {@link dev.lamina.processor.check.Rule} base
 * class (each rule declares its stable id, {@code lamina:<name>}, severity and summary once, to
 * its constructor), what rules report ({@link dev.lamina.processor.check.Findings},
 * {@link dev.lamina.processor.check.Location}, {@link dev.lamina.processor.check.Message} in three
 * parts: what is wrong with the value received, why, and the fix), suppression, shape inference,
 * and the phrases and views of a model that rules of several families share. The rules themselves
 * live in one subpackage per family, each listing its rules in the order they run
 * ({@code declaration}, {@code layer}, {@code stack}, {@code selfnormalizing}, {@code output},
 * {@code transfer}, {@code optimizer}, {@code schedule}, {@code callback}, {@code preset});
 * {@link dev.lamina.processor.check.Rules} puts the families in order.
 *
 * <p>The checker runs them all, so one compile shows every problem, then gates: only a model
 * without errors becomes a {@link dev.lamina.processor.check.CheckedModel}, the one thing the
 * generator accepts. Shape inference lives here too, because "this layer cannot take that shape" is
 * a check.
 */
package dev.lamina.processor.check;
