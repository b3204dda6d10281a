package dev.lamina.runtime.train;

import org.tensorflow.Operand;
import org.tensorflow.op.Op;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TFloat64;

/**
 * One training step as graph ops, for one set of frozen layers: the forward pass in training mode,
 * the loss (with penalties), and the op that updates the variables and sums the
 * epoch's metrics.
 *
 * @param loss the batch's mean loss, penalties included
 * @param runningLossSum the epoch's {@code Σ n_b·loss_b} including this batch (see {@link EpochMetrics})
 * @param update gradients, optimizer update, state updates, constraints and the epoch metrics' sums
 */
record TrainingStep(Operand<TFloat32> loss, Operand<TFloat64> runningLossSum, Op update) {}
