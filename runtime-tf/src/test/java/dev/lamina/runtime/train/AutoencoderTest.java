package dev.lamina.runtime.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lamina.dsl.Activation;
import dev.lamina.dsl.Init;
import dev.lamina.dsl.Loss;
import dev.lamina.dsl.Target;
import dev.lamina.runtime.data.Dataset;
import dev.lamina.runtime.layer.Dense;
import dev.lamina.runtime.layer.Flatten;
import dev.lamina.runtime.optim.Adam;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Models whose target is their input: the reconstruction losses against their formulas. */
class AutoencoderTest {

    /** Points in [0, 1]^4 on a 2-dimensional surface, so a 2-unit code can reconstruct them. */
    private static Dataset surface(int n, long seed) {
        Random random = new Random(seed);
        float[] x = new float[n * 4];
        for (int i = 0; i < n; i++) {
            double a = random.nextDouble();
            double b = random.nextDouble();
            float[] point = {(float) a, (float) b, (float) ((a + b) / 2), (float) (a * b)};
            System.arraycopy(point, 0, x, i * 4, 4);
        }
        return Dataset.of(x, new long[] {2, 2}, new int[n]); // the labels are never read
    }

    private static StackModel autoencoder(Loss loss, Activation output) {
        ModelConfig config = new ModelConfig("Autoencoder", new long[] {2, 2}, loss, List.of(), 5L, Target.INPUT);
        return StackModel.create(config, () -> new Adam(0.01, 0.9, 0.999, 1e-7, false),
                new Flatten("flatten", 4),
                new Dense("code", 4, 2, Activation.ELU, Init.HE_NORMAL, true),
                new Dense("output", 2, 4, output, Init.GLOROT_UNIFORM, true));
    }

    @Test
    void meanSquaredErrorIsTheMeanOfSquaredReconstructionErrors() {
        Dataset data = surface(64, 1);
        try (var model = autoencoder(Loss.MEAN_SQUARED_ERROR, Activation.LINEAR)) {
            float[][] reconstruction = model.predict(data);
            float[] x = new float[4];
            double sum = 0;
            for (int i = 0; i < data.size(); i++) {
                data.copyExample(i, x, 0);
                for (int j = 0; j < 4; j++) {
                    sum += Math.pow(x[j] - reconstruction[i][j], 2);
                }
            }
            Evaluation evaluation = model.evaluate(data);
            assertEquals(sum / (64 * 4), evaluation.loss(), 1e-6);
            assertTrue(evaluation.metrics().isEmpty(), "no accuracy for a reconstruction: " + evaluation.metrics());
        }
    }

    @Test
    void binaryCrossEntropyPerValueAgainstTheInput() {
        Dataset data = surface(64, 2);
        try (var model = autoencoder(Loss.BINARY_CROSSENTROPY, Activation.SIGMOID)) {
            float[][] p = model.predict(data);
            float[] x = new float[4];
            double sum = 0;
            for (int i = 0; i < data.size(); i++) {
                data.copyExample(i, x, 0);
                for (int j = 0; j < 4; j++) {
                    sum -= x[j] * Math.log(p[i][j]) + (1 - x[j]) * Math.log(1 - p[i][j]);
                }
            }
            assertEquals(sum / (64 * 4), model.evaluate(data).loss(), 1e-5);
        }
    }

    @Test
    void reconstructionLossFallsWithTraining() {
        Dataset train = surface(2_000, 3);
        Dataset valid = surface(200, 4);
        try (var model = autoencoder(Loss.MEAN_SQUARED_ERROR, Activation.LINEAR)) {
            double before = model.evaluate(valid).loss();
            History history = model.fit(train, Fit.epochs(5).verbose(false).validation(valid));
            assertTrue(history.last("val_loss") < before / 2, before + " then " + history.get("val_loss"));
            assertFalse(history.names().contains("accuracy"));
        }
    }
}
