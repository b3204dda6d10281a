package dev.lamina.runtime.train;

import dev.lamina.runtime.layer.StateUpdate;
import java.util.List;
import org.tensorflow.Operand;
import org.tensorflow.types.TFloat32;

/**
 * What a forward pass over a batch computes, on one device or combined over replicas.
 *
 * @param meanLoss the mean data loss over the batch's examples (penalties are added once, by the model)
 * @param metricSums each measured metric's sum over the batch, in the model's metric order
 * @param output the logits (training) or the output layer's activations (inference), one row per example
 * @param stateUpdates the state variables' new values (moving statistics), one per variable
 */
public record PassOutputs(Operand<TFloat32> meanLoss, List<Operand<TFloat32>> metricSums, Operand<TFloat32> output,
        List<StateUpdate> stateUpdates) {
    public PassOutputs {
        metricSums = List.copyOf(metricSums);
        stateUpdates = List.copyOf(stateUpdates);
    }
}
