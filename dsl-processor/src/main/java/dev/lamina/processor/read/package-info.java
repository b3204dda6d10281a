/**
 * Stage one: turns a {@code @Model} type into a {@link dev.lamina.processor.spec.ModelSpec}.
 * Defaults are resolved here (a learning rate left unset becomes the optimizer's Keras default,
 * {@code HE} becomes {@code HE_NORMAL}, {@code @DenseDefaults} fills the {@code @Dense} attributes a
 * layer leaves out, {@code @Optimizer(schedule = ...)} alone becomes a schedule with its defaults)
 * and inherited layers are collected in order. Nothing is judged here beyond "can it be read": a
 * value that does not compile yet makes the model
 * {@link dev.lamina.processor.read.UnreadableException unreadable}, and the processor retries it in
 * the next round.
 */
package dev.lamina.processor.read;
