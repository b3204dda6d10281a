/**
 * The model between the stages: immutable records that {@code read} produces, {@code check}
 * judges and {@code generate} turns into code. Every record keeps the element, annotation mirror
 * and attribute values it came from (a {@link dev.lamina.processor.spec.Source}), so that any
 * stage can point a diagnostic at the exact attribute the user wrote.
 */
package dev.lamina.processor.spec;
