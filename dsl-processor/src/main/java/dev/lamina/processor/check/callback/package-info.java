/**
 * The rules on the callbacks a model declares ({@code @EarlyStopping}), and what a monitor can
 * watch, which the PLATEAU schedule shares.
 */
package dev.lamina.processor.check.callback;
