package dev.lamina.runtime.distribute;

import dev.lamina.dsl.Activation;
import dev.lamina.dsl.Init;
import dev.lamina.dsl.Loss;
import dev.lamina.dsl.Metric;
import dev.lamina.runtime.data.Dataset;
import dev.lamina.runtime.layer.BatchNorm;
import dev.lamina.runtime.layer.Dense;
import dev.lamina.runtime.layer.Dropout;
import dev.lamina.runtime.optim.Adam;
import dev.lamina.runtime.optim.Optimizer;
import dev.lamina.runtime.train.ModelConfig;
import dev.lamina.runtime.train.SequentialModel;
import dev.lamina.runtime.train.StackModel;
import java.util.List;
import java.util.Random;

/**
 * A small classifier of 8 inputs into 4 classes (a {@code StackModel}), with or
 * without Batch Normalization and dropout, and its data: what the replication tests train.
 */
final class ReplicaTestModel {
    static final int INPUTS = 8;
    static final int CLASSES = 4;
    private static final ModelConfig CONFIG = new ModelConfig("ReplicaTest", new long[] {INPUTS},
            Loss.SPARSE_CATEGORICAL_CROSSENTROPY, List.of(Metric.ACCURACY), 7L);

    private ReplicaTestModel() {}

    /** A plain multilayer perceptron (no Batch Normalization, no dropout). */
    static SequentialModel plain() {
        return StackModel.create(CONFIG, ReplicaTestModel::adam, hidden1(), hidden2(), output());
    }

    /** With Batch Normalization and dropout after the first hidden layer. */
    static SequentialModel normalizedWithDropout() {
        return StackModel.create(CONFIG, ReplicaTestModel::adam, hidden1(), new BatchNorm("bn1", 32, 0.9, 1e-3, true, true),
                new Dropout("dropout1", 0.2), hidden2(), output());
    }

    private static Dense hidden1() {
        return new Dense("hidden1", INPUTS, 32, Activation.ELU, Init.HE_NORMAL, true);
    }

    private static Dense hidden2() {
        return new Dense("hidden2", 32, 16, Activation.ELU, Init.HE_NORMAL, true);
    }

    private static Dense output() {
        return new Dense("output", 16, CLASSES, Activation.SOFTMAX, Init.GLOROT_UNIFORM, true);
    }

    private static Optimizer adam() {
        return new Adam(0.01, 0.9, 0.999, 1e-7, false);
    }

    /** Four Gaussian blobs in 8 dimensions, overlapping enough that accuracy stays below 1. */
    static Dataset blobs(int n, long seed) {
        Random random = new Random(seed);
        float[] features = new float[n * INPUTS];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = random.nextInt(CLASSES);
            for (int j = 0; j < INPUTS; j++) {
                features[i * INPUTS + j] = (float) (random.nextGaussian() + (j % CLASSES == labels[i] ? 1.5 : 0));
            }
        }
        return Dataset.of(features, new long[] {INPUTS}, labels);
    }
}
