/**
 * The Lamina annotation processor. For each {@code @Model} type it runs three stages, one package
 * each: {@code read} (annotations to a {@code ModelSpec}), {@code check} (rules, diagnostics, a
 * gate) and {@code generate} ({@code <Name>Model} with JavaPoet). A type's failure stays with that
 * type: other models in the same compilation are still generated.
 */
package dev.lamina.processor;
