package dev.lamina.runtime.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lamina.dsl.Activation;
import dev.lamina.dsl.Init;
import dev.lamina.dsl.Loss;
import dev.lamina.dsl.Metric;
import dev.lamina.runtime.data.Dataset;
import dev.lamina.runtime.layer.Dense;
import dev.lamina.runtime.optim.Sgd;
import dev.lamina.runtime.plot.GradientNormChart;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report of a 2-2-2 sigmoid net on one example, against backpropagation written out by hand. */
class GradientHealthTest {
    private static final float[] X = {1.5f, -2f};
    private static final int LABEL = 1;
    private static final float[] W1 = {0.5f, -1f, 2f, 3f};   // (in, out) row-major
    private static final float[] B1 = {0.1f, -0.2f};
    private static final float[] W2 = {1f, -0.5f, 0.25f, 2f};
    private static final float[] B2 = {0f, 0.3f};

    @Test
    void matchesTheHandComputation(@TempDir Path dir) throws Exception {
        ModelConfig config = new ModelConfig("Tiny", new long[] {2}, Loss.SPARSE_CATEGORICAL_CROSSENTROPY,
                List.of(Metric.ACCURACY), 1L);
        try (var model = StackModel.create(config, () -> new Sgd(0.1, 0, false),
                new Dense("hidden", 2, 2, Activation.SIGMOID, Init.GLOROT_UNIFORM, true),
                new Dense("output", 2, 2, Activation.SOFTMAX, Init.GLOROT_UNIFORM, true))) {
            Map<String, float[]> weights = new LinkedHashMap<>();
            weights.put("hidden/kernel", W1);
            weights.put("hidden/bias", B1);
            weights.put("output/kernel", W2);
            weights.put("output/bias", B2);
            model.setWeights(new WeightSnapshot(weights));

            GradientHealth report = model.gradientHealth(Dataset.of(X.clone(), new long[] {2}, new int[] {LABEL}));

            // Forward: a = W1ᵀx + b1, h = σ(a), z = W2ᵀh + b2, p = softmax(z), loss = −ln p[label].
            double[] h = new double[2];
            for (int j = 0; j < 2; j++) {
                double a = X[0] * W1[j] + X[1] * W1[2 + j] + B1[j];
                h[j] = 1 / (1 + Math.exp(-a));
            }
            double[] z = new double[2];
            for (int k = 0; k < 2; k++) {
                z[k] = h[0] * W2[k] + h[1] * W2[2 + k] + B2[k];
            }
            double norm = Math.exp(z[0]) + Math.exp(z[1]);
            double[] dz = {Math.exp(z[0]) / norm - (LABEL == 0 ? 1 : 0), Math.exp(z[1]) / norm - (LABEL == 1 ? 1 : 0)};
            // Backward: ∂/∂W2[j][k] = h_j·dz_k; ∂/∂h_j = Σ_k W2[j][k]·dz_k; ∂/∂a_j = ∂/∂h_j·h_j(1 − h_j);
            // ∂/∂W1[i][j] = x_i·∂/∂a_j.
            double w2Norm = 0;
            double w1Norm = 0;
            double b1Norm = 0;
            for (int j = 0; j < 2; j++) {
                double dh = 0;
                for (int k = 0; k < 2; k++) {
                    w2Norm += Math.pow(h[j] * dz[k], 2);
                    dh += W2[j * 2 + k] * dz[k];
                }
                double da = dh * h[j] * (1 - h[j]);
                b1Norm += da * da;
                for (int i = 0; i < 2; i++) {
                    w1Norm += Math.pow(X[i] * da, 2);
                }
            }
            assertEquals(Math.sqrt(w1Norm), report.kernelGradientNorm("hidden"), 1e-6);
            assertEquals(Math.sqrt(b1Norm), report.layer("hidden").gradientNorms().get("bias"), 1e-6);
            assertEquals(Math.sqrt(w2Norm), report.kernelGradientNorm("output"), 1e-6);
            assertEquals(Math.sqrt(dz[0] * dz[0] + dz[1] * dz[1]), report.layer("output").gradientNorms().get("bias"), 1e-6);

            LayerHealth hidden = report.layer("hidden");
            assertEquals((h[0] + h[1]) / 2, hidden.activationMean(), 1e-6);
            assertEquals(Math.abs(h[0] - h[1]) / 2, hidden.activationStd(), 1e-6);
            double saturated = ((h[0] < 0.01 || h[0] > 0.99) ? 0.5 : 0) + ((h[1] < 0.01 || h[1] > 0.99) ? 0.5 : 0);
            assertEquals(saturated, hidden.saturatedFraction(), 1e-9);
            assertTrue(Double.isNaN(hidden.deadFraction()));

            report.writeCsv(dir);
            GradientNormChart.write(report, dir);
            assertEquals(5, Files.readAllLines(dir.resolve(GradientHealth.CSV_FILE)).size());
            assertTrue(Files.size(dir.resolve(GradientNormChart.FILE)) > 0);
            assertTrue(report.toTable().lines().anyMatch(line -> line.startsWith("hidden ")));
        }
    }
}
