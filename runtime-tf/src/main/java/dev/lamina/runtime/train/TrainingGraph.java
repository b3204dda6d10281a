package dev.lamina.runtime.train;

import dev.lamina.runtime.layer.Activations;
import dev.lamina.runtime.layer.Dense;
import dev.lamina.runtime.layer.Layer;
import dev.lamina.runtime.layer.Mode;
import dev.lamina.runtime.layer.Weight;
import dev.lamina.runtime.layer.WeightFactory;
import dev.lamina.runtime.optim.Optimizer;
import java.util.ArrayList;
import java.util.List;
import org.tensorflow.Operand;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Op;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.op.core.Variable;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;
import org.tensorflow.types.TInt64;

/**
 * The graph of a model: its inputs, the forward pass once per mode (sharing the same variables),
 * the loss and accuracy of each, and one training step. Built once; the session runs its parts.
 */
final class TrainingGraph {
    final Placeholder<TFloat32> input;
    final Placeholder<TInt32> labels;
    /** The learning rate of the step being run: a graph input, so schedules need no rebuild. */
    final Placeholder<TFloat32> learningRate;
    final Variable<TInt64> iterations;
    final List<Weight> trainableWeights;

    final Operand<TFloat32> trainLoss;
    final Operand<TFloat32> trainCorrect;
    final Op trainStep;

    final Operand<TFloat32> evalLoss;
    final Operand<TFloat32> evalCorrect;
    final Operand<TFloat32> probabilities;

    /**
     * @param seed the seed of the initial weights
     * @param layers every layer, the output layer last
     * @param body the forward pass through every layer but the output layer
     * @param head the output layer
     */
    TrainingGraph(Ops tf, ModelConfig config, long seed, List<Layer> layers, ForwardPass body, Dense head, Optimizer optimizer) {
        long[] batchShape = new long[config.inputShape().length + 1];
        batchShape[0] = -1;
        System.arraycopy(config.inputShape(), 0, batchShape, 1, config.inputShape().length);
        input = tf.withName("input").placeholder(TFloat32.class, Placeholder.shape(Shape.of(batchShape)));
        labels = tf.withName("labels").placeholder(TInt32.class, Placeholder.shape(Shape.of(-1)));
        learningRate = tf.withName("learning_rate").placeholder(TFloat32.class, Placeholder.shape(Shape.scalar()));

        WeightFactory factory = new WeightFactory(tf, seed);
        for (Layer layer : layers) {
            layer.build(factory);
        }
        trainableWeights = layers.stream().flatMap(layer -> layer.weights().stream()).toList();
        Ops init = tf.withInitScope();
        iterations = factory.named("optimizer/iterations").variable(init.constant(0L));

        LossFunction lossFunction = new LossFunction(config.loss(), head.activation(), head.units());

        Ops training = tf.withSubScope("training");
        Operand<TFloat32> trainLogits = head.preActivation(training, body.apply(training, input, Mode.TRAINING));
        trainLoss = lossFunction.meanLoss(training, trainLogits, labels);
        trainCorrect = lossFunction.correctCount(training, trainLogits, labels);
        trainStep = optimizer.applyGradients(factory, trainableWeights, gradients(training, trainLoss), learningRate, iterations);

        Ops inference = tf.withSubScope("inference");
        Operand<TFloat32> logits = head.preActivation(inference, body.apply(inference, input, Mode.INFERENCE));
        evalLoss = lossFunction.meanLoss(inference, logits, labels);
        evalCorrect = lossFunction.correctCount(inference, logits, labels);
        probabilities = inference.withName("probabilities").identity(
                Activations.apply(inference, head.activation(), logits));
    }

    private List<Operand<TFloat32>> gradients(Ops tf, Operand<TFloat32> loss) {
        // Differentiate with respect to the trainable variables only: TensorFlow Java's optimizers
        // take every variable of the graph and fail on those that do not reach the loss.
        var gradients = tf.gradients(loss, trainableWeights.stream().map(Weight::variable).toList());
        List<Operand<TFloat32>> result = new ArrayList<>();
        for (int i = 0; i < trainableWeights.size(); i++) {
            result.add(gradients.<TFloat32>dy(i));
        }
        return result;
    }
}
