package dev.lamina.runtime.train;

import org.tensorflow.Operand;
import org.tensorflow.op.Op;
import org.tensorflow.types.TFloat32;

/**
 * One training step as graph ops, for one set of frozen layers: the forward pass in training mode,
 * the loss (with penalties) and correct count to fetch, and the op that updates the variables.
 *
 * @param loss the batch's mean loss, penalties included
 * @param correct the number of correct predictions in the batch
 * @param update gradients, optimizer update, state updates and constraints
 */
record TrainingStep(Operand<TFloat32> loss, Operand<TFloat32> correct, Op update) {}
