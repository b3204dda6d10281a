package dev.lamina.runtime.distribute;

import dev.lamina.dsl.Activation;
import dev.lamina.dsl.Init;
import dev.lamina.dsl.Loss;
import dev.lamina.dsl.Metric;
import dev.lamina.runtime.data.Dataset;
import dev.lamina.runtime.layer.BatchNorm;
import dev.lamina.runtime.layer.Dense;
import dev.lamina.runtime.layer.Dropout;
import dev.lamina.runtime.layer.Layer;
import dev.lamina.runtime.layer.Mode;
import dev.lamina.runtime.optim.Adam;
import dev.lamina.runtime.optim.Optimizer;
import dev.lamina.runtime.train.ModelConfig;
import dev.lamina.runtime.train.SequentialModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * A small classifier of 8 inputs into 4 classes, as the processor would generate it, with or
 * without Batch Normalization and dropout: what the replication tests train.
 */
final class ReplicaTestModel extends SequentialModel {
    static final int INPUTS = 8;
    static final int CLASSES = 4;

    private final ModelConfig config = new ModelConfig("ReplicaTest", new long[] {INPUTS},
            Loss.SPARSE_CATEGORICAL_CROSSENTROPY, List.of(Metric.ACCURACY), 7L);
    private final List<Layer> layers = new ArrayList<>();

    private ReplicaTestModel(boolean normalizeAndDrop) {
        layers.add(new Dense("hidden1", INPUTS, 32, Activation.ELU, Init.HE_NORMAL, true));
        if (normalizeAndDrop) {
            layers.add(new BatchNorm("bn1", 32, 0.9, 1e-3, true, true));
            layers.add(new Dropout("dropout1", 0.2));
        }
        layers.add(new Dense("hidden2", 32, 16, Activation.ELU, Init.HE_NORMAL, true));
        layers.add(new Dense("output", 16, CLASSES, Activation.SOFTMAX, Init.GLOROT_UNIFORM, true));
    }

    /** A plain multilayer perceptron (no Batch Normalization, no dropout). */
    static ReplicaTestModel plain() {
        ReplicaTestModel model = new ReplicaTestModel(false);
        model.build();
        return model;
    }

    /** With Batch Normalization and dropout after the first hidden layer. */
    static ReplicaTestModel normalizedWithDropout() {
        ReplicaTestModel model = new ReplicaTestModel(true);
        model.build();
        return model;
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

    @Override
    protected ModelConfig config() {
        return config;
    }

    @Override
    protected Optimizer optimizer() {
        return new Adam(0.01, 0.9, 0.999, 1e-7, false);
    }

    @Override
    protected List<Layer> layers() {
        return layers;
    }

    @Override
    protected Operand<TFloat32> body(Ops tf, Operand<TFloat32> x, Mode mode) {
        for (Layer layer : layers.subList(0, layers.size() - 1)) {
            x = layer.apply(tf, x, mode);
        }
        return x;
    }

    @Override
    protected Dense head() {
        return (Dense) layers.get(layers.size() - 1);
    }
}
