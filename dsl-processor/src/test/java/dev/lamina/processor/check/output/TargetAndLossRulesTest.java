package dev.lamina.processor.check.output;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.lamina.processor.Compile.assertClean;
import static dev.lamina.processor.Compile.assertOnlyError;
import static dev.lamina.processor.Compile.bad;
import static dev.lamina.processor.Compile.compile;
import static dev.lamina.processor.Compile.good;
import static dev.lamina.processor.Compile.messages;

import com.google.testing.compile.Compilation;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The output layer, the loss and the target together: autoencoders ({@code target = INPUT}) and
 * mean squared error. lamina:reconstruction-loss, lamina:output-layer (its reconstruction and
 * regression cases), lamina:mse-with-squashing-output and lamina:accuracy-metric, and the monitors
 * that may name an accuracy.
 */
class TargetAndLossRulesTest {

    // An autoencoder.

    @Test
    void aReconstructionNeedsOneOutputUnitPerInputValue() {
        assertOnlyError(bad("ReconstructionWrongUnits"), "lamina:output-layer",
                "Output layer 'reconstruction' must have one unit per input value when the model reconstructs its"
                        + " input (target = INPUT): 784 for input = {28, 28}. Received: units = 100. The target of"
                        + " an autoencoder is its input, flattened: the loss compares each output unit with one input"
                        + " value, so there must be as many units as values. Set units = 784 on 'reconstruction',"
                        + " e.g. '@Dense(units = 784, act = SIGMOID)'.",
                "units = 100)");
    }

    @Test
    void aReconstructionHasNoClasses() {
        assertOnlyError(bad("ReconstructionWithClasses"), "lamina:reconstruction-loss",
                "Model 'ReconstructionWithClasses' reconstructs its input (target = INPUT) and cannot be trained with"
                        + " loss = SPARSE_CATEGORICAL_CROSSENTROPY. Received: loss ="
                        + " SPARSE_CATEGORICAL_CROSSENTROPY. Sparse categorical cross-entropy scores a probability"
                        + " per class against an integer label, and a reconstruction has no classes: its target is"
                        + " every value of the input. Use loss = BINARY_CROSSENTROPY with a SIGMOID output for inputs"
                        + " in [0, 1], or loss = MEAN_SQUARED_ERROR; to classify, remove target = INPUT.",
                "loss = SPARSE_CATEGORICAL_CROSSENTROPY,");
    }

    @Test
    void aBinaryCrossEntropyReconstructionNeedsSigmoidAndInputsInZeroToOne() {
        // act is left to its default, so the caret is on the annotation.
        assertOnlyError(bad("ReconstructionBinaryLinear"), "lamina:output-layer",
                "Output layer 'reconstruction' must use act = SIGMOID with loss = BINARY_CROSSENTROPY when the model"
                        + " reconstructs its input (target = INPUT). Received: act = LINEAR. Binary cross-entropy"
                        + " reconstructs each input value as a probability, which sigmoid produces, so the inputs"
                        + " themselves must lie in [0, 1] (pixel intensities divided by 255). Set act = SIGMOID on"
                        + " 'reconstruction' and scale the inputs to [0, 1]; for inputs outside [0, 1], use"
                        + " loss = MEAN_SQUARED_ERROR.",
                "@Dense(units = 8)");
    }

    @Test
    void aSoftmaxCannotReconstruct() {
        assertOnlyError(bad("ReconstructionSoftmax"), "lamina:output-layer",
                "Output layer 'reconstruction' must not use act = SOFTMAX when the model reconstructs its input"
                        + " (target = INPUT). Received: act = SOFTMAX. Softmax makes the outputs sum to 1",
                "act = SOFTMAX)");
    }

    @Test
    void aReconstructionHasNoAccuracy() {
        assertOnlyError(bad("ReconstructionAccuracy"), "lamina:accuracy-metric",
                "Model 'ReconstructionAccuracy' reconstructs its input (target = INPUT), which has no accuracy."
                        + " Received: metrics = ACCURACY. Accuracy counts the predictions that match their class"
                        + " label, and a reconstruction has nothing to count as correct: each value is only more or"
                        + " less close to the input's, which the loss already measures. Remove metrics = ACCURACY;"
                        + " watch loss and val_loss instead.",
                "metrics = ACCURACY)");
    }

    @Test
    void aBinaryOutputAsWideAsTheInputSuggestsTheTarget() {
        assertOnlyError(bad("ReconstructionWithoutTarget"), "lamina:output-layer",
                "Output layer 'reconstruction' must have exactly 1 unit with loss = BINARY_CROSSENTROPY. Received:"
                        + " units = 784. Binary cross-entropy compares one probability, that of the positive class,"
                        + " with each label. Set units = 1, or for more than two classes use loss ="
                        + " SPARSE_CATEGORICAL_CROSSENTROPY with one SOFTMAX unit per class; if 'reconstruction'"
                        + " reconstructs the input (784 values), add target = INPUT to @Model.",
                "units = 784)");
    }

    @Test
    void autoencodersThatFitTheirLossAreAccepted() {
        // 784 sigmoid units against a 28x28 input (binary cross-entropy); 8 linear units against 2x4 (MSE).
        assertClean(good("StackedAutoencoder"));
        assertClean(good("MseReconstruction"));
    }

    // Mean squared error against labels: a regression.

    @Test
    void aRegressionMayPredictSeveralValues() {
        // Ten real-valued targets per example: the units are the targets' width, checked against
        // the data before training.
        assertClean(good("MultiOutputRegression"));
    }

    @Test
    void aRegressionThroughASoftmaxCannotLearn() {
        assertOnlyError(bad("RegressionSoftmax"), "lamina:output-layer",
                "Output layer 'output' must not use act = SOFTMAX with loss = MEAN_SQUARED_ERROR against labels."
                        + " Received: act = SOFTMAX. Mean squared error against labels predicts one number, from a"
                        + " single unit, and a softmax over a single unit always outputs 1",
                "act = SOFTMAX)");
    }

    @Test
    void aRegressionThroughASigmoidIsAWarningOnItsActAndTheModelIsStillGenerated() {
        JavaFileObject source = bad("RegressionSigmoid");
        Compilation compilation = compile(source);
        assertThat(compilation).succeeded();
        assertThat(compilation).hadWarningContaining("[lamina:mse-with-squashing-output] Output layer 'output'"
                        + " squashes its prediction with act = SIGMOID under loss = MEAN_SQUARED_ERROR. Received:"
                        + " act = SIGMOID. A sigmoid output lies in (0, 1), so a label outside it is never reached,"
                        + " and where the sigmoid saturates its gradient vanishes, so a prediction that is far off"
                        + " learns slowest. Use act = LINEAR (the default) to predict a number;"
                        + " for 0/1 labels use loss = BINARY_CROSSENTROPY; or, if the labels lie in (0, 1) and this"
                        + " is intended, add @SuppressWarnings(\"lamina:mse-with-squashing-output\") to the method.")
                .inFile(source).onLineContaining("act = SIGMOID)");
        assertThat(messages(compilation, Diagnostic.Kind.WARNING)).hasSize(1);
        assertThat(compilation).generatedSourceFile("test.RegressionSigmoidModel");
    }

    @Test
    void suppressWarningsOnTheOutputLayerSilencesTheSigmoidWarning() {
        assertClean(good("SuppressedMseSigmoid"));
    }

    @Test
    void aRegressionHasNoAccuracy() {
        assertOnlyError(bad("RegressionAccuracy"), "lamina:accuracy-metric",
                "Model 'RegressionAccuracy' is trained with loss = MEAN_SQUARED_ERROR, which has no accuracy."
                        + " Received: metrics = ACCURACY. Mean squared error predicts the label as a number",
                "metrics = ACCURACY)");
    }

    @Test
    void aClassificationHasNoRegressionMetric() {
        assertOnlyError(bad("ClassifierWithRmse"), "lamina:regression-metric",
                "Model 'ClassifierWithRmse' is a classification (loss = SPARSE_CATEGORICAL_CROSSENTROPY) and declares"
                        + " the regression metric RMSE. Received: metrics = [ACCURACY, RMSE].",
                "metrics = {ACCURACY, RMSE})");
    }

    @Test
    void aRegressionMayDeclareRegressionMetrics() {
        assertClean(good("RegressionMonitorsRmse"));
    }

    @Test
    void monitorsCannotWatchAnAccuracyTheModelDoesNotMeasure() {
        // The runtime reports no accuracy for a regression, whatever metrics says: three errors in all.
        JavaFileObject source = bad("RegressionMonitorsAccuracy");
        Compilation compilation = compile(source);
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("[lamina:accuracy-metric] Model 'RegressionMonitorsAccuracy'")
                .inFile(source).onLineContaining("metrics = ACCURACY");
        assertThat(compilation).hadErrorContaining("[lamina:plateau-monitor] @Schedule(PLATEAU) monitors"
                        + " \"val_accuracy\", which model 'RegressionMonitorsAccuracy' does not report.")
                .inFile(source).onLineContaining("monitor = \"val_accuracy\"");
        assertThat(compilation).hadErrorContaining("[lamina:early-stopping-monitor] @EarlyStopping monitors"
                        + " \"accuracy\", which model 'RegressionMonitorsAccuracy' does not report.")
                .inFile(source).onLineContaining("monitor = \"accuracy\"");
        assertThat(compilation).hadErrorContaining("Use \"loss\" or \"val_loss\".");
        assertThat(messages(compilation, Diagnostic.Kind.ERROR)).hasSize(3);
    }

    @Test
    void aRegressionWithALinearOutputIsAccepted() {
        assertClean(good("Regression"));
    }

    @Test
    void aRegressionMonitorsItsMetricsByTheirKerasNames() {
        // Huber loss with RMSE and MAE; early stopping on val_root_mean_squared_error.
        assertClean(good("RegressionMonitorsRmse"));
    }
}
