/**
 * The rules on the model type and its abstract methods as declarations: the runtime is on the class
 * path, the type is one a generated class can complete, the input shape is one, and every abstract
 * method is a layer the generated class can implement. {@code RuntimeMissingRule} and
 * {@code ModelKindRule} are the checker's preconditions.
 */
package dev.lamina.processor.check.declaration;
