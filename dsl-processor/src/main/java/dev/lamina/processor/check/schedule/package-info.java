/**
 * The rules on the learning-rate schedule ({@code @Schedule}, {@code @Optimizer(schedule = ...)}):
 * every attribute written applies to the kind and is in its range, the parameters a kind cannot do
 * without are there, the optimizer's learning rate is not silently ignored, and a custom schedule's
 * class is one the generated code can create.
 */
package dev.lamina.processor.check.schedule;
