package dev.lamina.processor.generate;

import static com.google.common.truth.Truth.assertThat;
import static dev.lamina.processor.Compile.assertClean;

import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What each optimizer, schedule and {@code @DenseDefaults} combination generates, beyond the golden
 * files: every value resolved and written out, and the generated model compiling against the
 * runtime. Each case is a small model: its model-level annotations, its hidden layer, and a line the
 * generated source must contain.
 */
class GeneratedConfigurationTest {
    private static final String SOURCE = """
            package test;

            import static dev.lamina.dsl.Activation.*;
            import static dev.lamina.dsl.Granularity.*;
            import static dev.lamina.dsl.Init.*;
            import static dev.lamina.dsl.Loss.*;
            import static dev.lamina.dsl.Metric.*;
            import static dev.lamina.dsl.OptimizerKind.*;
            import static dev.lamina.dsl.ScheduleKind.*;
            import static dev.lamina.dsl.WeightTarget.*;

            import dev.lamina.dsl.*;
            import dev.lamina.runtime.layer.Layer;

            @Model(input = {8}, loss = SPARSE_CATEGORICAL_CROSSENTROPY, metrics = ACCURACY)
            %s
            public interface Config {
                %s Layer hidden();
                @Dense(units = 3, act = SOFTMAX) Layer output();
            }
            """;

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void generates(String annotations, String layer, String expected) {
        JavaFileObject source = JavaFileObjects.forSourceString("test.Config", SOURCE.formatted(annotations, layer));
        assertThat(generated(source)).contains(expected);
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                // Each optimizer's constructor, with the values written and Keras's defaults.
                Arguments.of("@Optimizer(ADAGRAD)", "@Dense(units = 16)",
                        "return new Adagrad(0.001, 0.1, 1.0E-7);"),
                Arguments.of("@Optimizer(value = ADAGRAD, initialAccumulator = 0.0)", "@Dense(units = 16)",
                        "return new Adagrad(0.001, 0.0, 1.0E-7);"),
                Arguments.of("@Optimizer(value = RMSPROP, centered = true, momentum = 0.5, clipNorm = 2.0)",
                        "@Dense(units = 16)",
                        "return new RmsProp(0.001, 0.9, 0.5, 1.0E-7, true).withClipping(GradientClipping.norm(2.0));"),
                Arguments.of("@Optimizer(value = ADAM, amsgrad = true, epsilon = 1e-8)", "@Dense(units = 16)",
                        "return new Adam(0.001, 0.9, 0.999, 1.0E-8, true);"),
                Arguments.of("@Optimizer(value = NADAM, beta1 = 0.95)", "@Dense(units = 16)",
                        "return new Nadam(0.001, 0.95, 0.999, 1.0E-7);"),
                Arguments.of("@Optimizer(value = ADAMAX, learningRate = 0.002)", "@Dense(units = 16)",
                        "return new Adamax(0.002, 0.9, 0.999, 1.0E-7);"),
                Arguments.of("@Optimizer(ADAMW)", "@Dense(units = 16)",
                        "return new AdamW(0.001, 0.004, 0.9, 0.999, 1.0E-7, false);"),
                // Each schedule's constructor; rates left out are the optimizer's.
                // 1cycle cycling momentum: the schedule feeds it, so the optimizer takes it as an input.
                Arguments.of("@Optimizer(NADAM) @Schedule(value = ONE_CYCLE, maxRate = 0.005, cycleMomentum = true)",
                        "@Dense(units = 16)", "return new Nadam(0.001, 0.9, 0.999, 1.0E-7).withMomentumCycling();"),
                Arguments.of("@Optimizer(NADAM) @Schedule(value = ONE_CYCLE, maxRate = 0.005, cycleMomentum = true)",
                        "@Dense(units = 16)", "return new OneCycle(0.005, Double.NaN, Double.NaN, 0.1).withMomentum(0.95, 0.85);"),
                Arguments.of("@Optimizer(value = SGD, learningRate = 0.1)"
                                + " @Schedule(value = POWER, decaySteps = 10000)",
                        "@Dense(units = 16)",
                        "return new PowerDecay(0.1, 10000.0, 1.0, Granularity.STEP);"),
                Arguments.of("@Schedule(value = PIECEWISE, boundaries = {5, 15}, values = {0.01, 0.005, 0.001},"
                                + " per = EPOCH)",
                        "@Dense(units = 16)",
                        "return new PiecewiseConstant(new double[] {5.0, 15.0}, new double[] {0.01, 0.005, 0.001},"
                                + " Granularity.EPOCH);"),
                Arguments.of("@Schedule(value = COSINE, decaySteps = 1000)", "@Dense(units = 16)",
                        "return new CosineDecay(0.001, 1000.0, 0.0, 0.0, Double.NaN, Granularity.STEP);"),
                Arguments.of("@Schedule(value = COSINE, decaySteps = 1000, alpha = 0.1, warmupSteps = 100,"
                                + " warmupTarget = 0.01)",
                        "@Dense(units = 16)",
                        "return new CosineDecay(0.001, 1000.0, 0.1, 100.0, 0.01, Granularity.STEP);"),
                Arguments.of("@Optimizer(value = SGD, schedule = ONE_CYCLE) @Schedule(value = ONE_CYCLE,"
                                + " maxRate = 0.05, startRate = 0.005, lastRate = 1e-5, lastFraction = 0.05)",
                        "@Dense(units = 16)",
                        "return new OneCycle(0.05, 0.005, 1.0E-5, 0.05);"),
                Arguments.of("@Schedule(value = PLATEAU, monitor = \"val_accuracy\", minRate = 1e-5, cooldown = 2)",
                        "@Dense(units = 16)",
                        "return List.of(new ReduceLROnPlateau(new Monitor(\"val_accuracy\", MonitorMode.AUTO, 1.0E-4), 0.1, 10, 2,"
                                + " 1.0E-5));"),
                Arguments.of("@Optimizer(value = SGD, learningRate = 0.01) @Schedule(value = EXPONENTIAL,"
                                + " initialRate = 0.01, decayRate = 0.5, decaySteps = 1000, staircase = true)",
                        "@Dense(units = 16)",
                        "return new ExponentialDecay(0.01, 0.5, 1000.0, true, Granularity.STEP);"),
                // @DenseDefaults: only what it writes, and never over a layer's own setting.
                Arguments.of("@DenseDefaults(l1 = 0.001, l2 = 0.01, maxNorm = 3.0)", "@Dense(units = 16)",
                        "new Dense(\"hidden\", 8, 16, Activation.LINEAR, Init.GLOROT_UNIFORM, true)\n"
                                + "      .withKernelRegularizer(Regularizer.l1l2(0.001, 0.01))\n"
                                + "      .withKernelConstraint(Constraint.maxNorm(3.0));"),
                Arguments.of("@DenseDefaults(act = ELU, l2 = 0.01, maxNorm = 3.0)",
                        "@Dense(units = 16, act = RELU, init = HE) @L1(0.001) @NonNeg",
                        "new Dense(\"hidden\", 8, 16, Activation.RELU, Init.HE_NORMAL, true)\n"
                                + "      .withKernelRegularizer(Regularizer.l1(0.001))\n"
                                + "      .withKernelConstraint(Constraint.nonNeg());"),
                Arguments.of("@DenseDefaults(l2 = 0.01)", "@Dense(units = 16) @L1(value = 0.1, on = BIAS)",
                        ".withKernelRegularizer(Regularizer.l2(0.01))\n"
                                + "      .withBiasRegularizer(Regularizer.l1(0.1));"),
                // ELU wants He; the warning is suppressed, as a user who means it would.
                Arguments.of("@DenseDefaults(act = ELU) @SuppressWarnings(\"lamina:init-activation\")",
                        "@Dense(units = 16)",
                        "new Dense(\"hidden\", 8, 16, Activation.ELU, Init.GLOROT_UNIFORM, true);"));
    }

    private static String generated(JavaFileObject source) {
        try {
            return assertClean(source).generatedSourceFile("test.ConfigModel")
                    .orElseThrow(() -> new AssertionError("test.ConfigModel was not generated"))
                    .getCharContent(false).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
