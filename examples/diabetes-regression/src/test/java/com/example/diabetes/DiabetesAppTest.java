package com.example.diabetes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lamina.runtime.data.TrainTest;
import dev.lamina.runtime.train.Evaluation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The network against two baselines on the same test patients: ordinary least squares (computed
 * here in plain Java) and predicting the training mean. Then the save, reloaded in a new JVM,
 * predicts one patient as the trained model did.
 */
class DiabetesAppTest {
    private static final Path CSV = Path.of("data", "diabetes.csv");

    @Test
    void beatsTheMeanAndMatchesLeastSquaresThenPredictsFromASaveInANewJvm(@TempDir Path dir) throws Exception {
        Path save = dir.resolve("model");
        Evaluation test = DiabetesApp.train(CSV, save, 150);

        TrainTest split = DiabetesApp.data(CSV);
        double network = test.metric("root_mean_squared_error");
        double ols = LeastSquares.fit(split.train()).rmse(split.test());
        double mean = LeastSquares.meanRmse(split.train(), split.test());
        System.out.printf("test RMSE: network %.2f, least squares %.2f, mean %.2f%n", network, ols, mean);
        assertTrue(network <= 1.10 * ols, "network " + network + " vs least squares " + ols);
        assertTrue(network <= 0.70 * mean, "network " + network + " vs the mean " + mean);

        float[] patient = new float[10];
        split.test().copyExample(0, patient, 0);
        float inThisJvm = DiabetesApp.predict(save, patient);
        float inANewJvm = Float.parseFloat(runInNewJvm("predict", save.toString(), csv(patient)));
        assertEquals(inThisJvm, inANewJvm, 1e-4f * Math.abs(inThisJvm));
    }

    private static String csv(float[] values) {
        StringBuilder text = new StringBuilder();
        for (float value : values) {
            text.append(text.length() == 0 ? "" : ",").append(value);
        }
        return text.toString();
    }

    /** Runs {@link DiabetesApp#main} in a fresh JVM on this test's class path; returns its last output line. */
    private static String runInNewJvm(String... args) throws IOException, InterruptedException {
        Path launcher = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(launcher.toString(), "-cp",
                System.getProperty("java.class.path"), DiabetesApp.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("TF_CPP_MIN_LOG_LEVEL", "2");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), output);
        String[] lines = output.strip().split("\\R");
        return lines[lines.length - 1];
    }
}
