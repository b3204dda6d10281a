/**
 * Stage three: writes {@code <Name>Model} with JavaPoet, from a
 * {@link dev.lamina.processor.check.CheckedModel} only. The generated class holds only what is
 * specific to the model (its configuration as constants, one field per layer, the forward pass as
 * straight-line calls, the typed accessors) and extends the runtime's {@code SequentialModel} for
 * everything else. Output depends on nothing but the model, so it is byte-identical from build to
 * build.
 */
package dev.lamina.processor.generate;
