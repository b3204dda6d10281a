package dev.lamina.runtime.optim;

import static dev.lamina.runtime.optim.OptimizerHarness.assertClose;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.lamina.runtime.layer.BuildContext;
import dev.lamina.runtime.layer.Weight;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tensorflow.Operand;
import org.tensorflow.op.Op;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TFloat64;

class StepOptimizerTest {
    /**
     * {@code w ← w − (lr·t)·g}: a rule whose update needs a value only the step knows (t), prepared
     * once and handed to every weight's update. It records what it prepared and what each update
     * received.
     */
    private static final class ScaledBySteps extends StepOptimizer<ScaledBySteps.Values> {
        record Values(Operand<TFloat32> rate) {}

        final List<Values> prepared = new ArrayList<>();
        final List<Values> received = new ArrayList<>();

        ScaledBySteps() {
            super(0.1);
        }

        @Override
        Values prepareStep(Ops tf, BuildContext slotContext, Operand<TFloat32> learningRate,
                Operand<TFloat64> step) {
            Values values = new Values(tf.math.mul(learningRate, toFloat(tf, step)));
            prepared.add(values);
            return values;
        }

        @Override
        Op update(Ops tf, Slots slots, Weight weight, Operand<TFloat32> gradient, Values values) {
            received.add(values);
            return tf.assignSub(weight.variable(), tf.math.mul(values.rate(), gradient));
        }
    }

    /** One prepareStep per step; the very values it returned reach the update of each weight. */
    @Test
    void theUpdateOfEveryWeightReceivesWhatPrepareStepReturned() {
        var optimizer = new ScaledBySteps();
        try (var harness = new OptimizerHarness(optimizer, new float[][] {{1f, -2f}, {0.5f}}, new float[][] {{1f, 3f}, {2f}})) {
            assertEquals(1, optimizer.prepared.size());
            assertEquals(2, optimizer.received.size());
            assertSame(optimizer.prepared.get(0), optimizer.received.get(0));
            assertSame(optimizer.prepared.get(0), optimizer.received.get(1));
        }
    }

    /**
     * The prepared value is evaluated in the graph at every run, with that run's rate and t:
     * w ← w − (lr·t)·c·w at t = 1, 2, 3, against the rule in double precision.
     */
    @Test
    void thePreparedValueFollowsTheStepInTheGraph() {
        float[] w0 = {1f, -2f};
        float[] c = {1f, 3f};
        double[] rates = {0.1, 0.05, 0.02};
        try (var harness = new OptimizerHarness(new ScaledBySteps(), w0, c)) {
            double[] w = OptimizerHarness.toDouble(w0);
            for (int t = 1; t <= rates.length; t++) {
                for (int i = 0; i < w.length; i++) {
                    w[i] -= (float) rates[t - 1] * t * harness.gradient(w[i], i);
                }
                assertClose(w, harness.step(rates[t - 1]), 1e-6, "after step " + t);
            }
        }
    }
}
