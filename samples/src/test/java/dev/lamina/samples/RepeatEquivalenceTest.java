package dev.lamina.samples;

import static dev.lamina.dsl.Activation.RELU;
import static dev.lamina.dsl.Activation.SOFTMAX;
import static dev.lamina.dsl.Activation.TANH;
import static dev.lamina.dsl.Distribution.UNIFORM;
import static dev.lamina.dsl.FanMode.FAN_AVG;
import static dev.lamina.dsl.Init.HE_NORMAL;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lamina.dsl.BatchNorm;
import dev.lamina.dsl.Dense;
import dev.lamina.dsl.Flatten;
import dev.lamina.dsl.Loss;
import dev.lamina.dsl.Model;
import dev.lamina.dsl.Repeat;
import dev.lamina.dsl.VarianceScaling;
import dev.lamina.runtime.data.Dataset;
import dev.lamina.runtime.layer.Layer;
import dev.lamina.runtime.layer.Weight;
import dev.lamina.runtime.train.Fit;
import dev.lamina.runtime.train.SequentialModel;
import dev.lamina.runtime.train.WeightSnapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A repeated declaration builds the same network as the stack written out with the same names:
 * the same variables, with the same shapes and the same initial values for a seed, and the same
 * values after training on the same data.
 */
class RepeatEquivalenceTest {

    @Model(input = {4, 4}, loss = Loss.SPARSE_CATEGORICAL_CROSSENTROPY)
    interface Repeated {
        @Flatten                                                                Layer flatten();
        @Repeat(3) @Dense(units = 8, act = RELU, init = HE_NORMAL)             List<Layer> hidden();
        @Repeat(2) @BatchNorm                                                   List<Layer> bn1();
        @Repeat(2) @Dense(units = 6, act = TANH)
        @VarianceScaling(scale = 1.0, mode = FAN_AVG, distribution = UNIFORM) List<Layer> deep();
        @Dense(units = 3, act = SOFTMAX)                                        Layer output();
    }

    @Model(input = {4, 4}, loss = Loss.SPARSE_CATEGORICAL_CROSSENTROPY)
    interface WrittenOut {
        @Flatten                                                   Layer flatten();
        @Dense(units = 8, act = RELU, init = HE_NORMAL)            Layer hidden1();
        @Dense(units = 8, act = RELU, init = HE_NORMAL)            Layer hidden2();
        @Dense(units = 8, act = RELU, init = HE_NORMAL)            Layer hidden3();
        @BatchNorm                                                 Layer bn1_1();
        @BatchNorm                                                 Layer bn1_2();
        @Dense(units = 6, act = TANH)
        @VarianceScaling(scale = 1.0, mode = FAN_AVG, distribution = UNIFORM) Layer deep1();
        @Dense(units = 6, act = TANH)
        @VarianceScaling(scale = 1.0, mode = FAN_AVG, distribution = UNIFORM) Layer deep2();
        @Dense(units = 3, act = SOFTMAX)                           Layer output();
    }

    @Test
    void theRepeatedAndTheWrittenOutStackHaveTheSameVariablesShapesAndInitialValues() {
        try (var repeated = RepeatedModel.create(7); var writtenOut = WrittenOutModel.create(7)) {
            List<Layer> repeatedLayers = new ArrayList<>(repeated.hidden());
            repeatedLayers.addAll(repeated.bn1());
            repeatedLayers.addAll(repeated.deep());
            List<Layer> writtenOutLayers = List.of(writtenOut.hidden1(), writtenOut.hidden2(), writtenOut.hidden3(),
                    writtenOut.bn1_1(), writtenOut.bn1_2(), writtenOut.deep1(), writtenOut.deep2());
            assertEquals(describe(writtenOutLayers), describe(repeatedLayers));
            assertSameValues(writtenOut.weights(), repeated.weights());
            // 3 Dense (kernel, bias), 2 BatchNorm (gamma, beta, moving mean and variance), 2 Dense, the output.
            assertEquals(6 + 8 + 4 + 2, repeated.weights().paths().size());
        }
    }

    @Test
    void theyTrainToTheSameWeights() {
        Dataset data = randomData(64);
        try (var repeated = RepeatedModel.create(7); var writtenOut = WrittenOutModel.create(7)) {
            train(repeated, data);
            train(writtenOut, data);
            assertSameValues(writtenOut.weights(), repeated.weights());
        }
    }

    /** Each layer's name and its variables' paths and shapes. */
    private static List<String> describe(List<Layer> layers) {
        List<String> described = new ArrayList<>();
        for (Layer layer : layers) {
            for (Weight weight : layer.weights()) {
                described.add(layer.name() + " " + weight.path() + " " + weight.shape());
            }
        }
        return described;
    }

    private static void assertSameValues(WeightSnapshot expected, WeightSnapshot actual) {
        assertEquals(List.copyOf(expected.paths()), List.copyOf(actual.paths()));
        for (String path : expected.paths()) {
            assertArrayEquals(expected.get(path), actual.get(path), path);
        }
    }

    private static void train(SequentialModel model, Dataset data) {
        model.fit(data, Fit.epochs(2).batchSize(16).verbose(false));
    }

    private static Dataset randomData(int examples) {
        Random random = new Random(3);
        float[] features = new float[examples * 16];
        for (int i = 0; i < features.length; i++) {
            features[i] = (float) random.nextGaussian();
        }
        int[] labels = new int[examples];
        for (int i = 0; i < examples; i++) {
            labels[i] = random.nextInt(3);
        }
        return Dataset.of(features, new long[] {4, 4}, labels);
    }
}
