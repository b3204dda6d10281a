/**
 * The DSL's annotations as the processor names them: the attribute names that {@code read} reads,
 * {@code spec} keeps and {@code check} points diagnostics at, each checked by a test against the
 * annotation that declares it.
 */
package dev.lamina.processor.annotation;
