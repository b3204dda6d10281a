package dev.lamina.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Pins the defaults meant to match Keras (3.x, and tf.keras 2.x where they agree) and Geron's
 * chapter, so that a change to one is a deliberate change to this test too.
 */
class DefaultsTest {

    @Test
    void optimizerDefaultsAreKeras() {
        assertEquals(0.01, Defaults.SGD_LEARNING_RATE);
        assertEquals(0.0, Defaults.SGD_MOMENTUM);
        assertEquals(0.001, Defaults.ADAGRAD_LEARNING_RATE);
        assertEquals(0.1, Defaults.ADAGRAD_INITIAL_ACCUMULATOR);
        assertEquals(0.001, Defaults.RMSPROP_LEARNING_RATE);
        assertEquals(0.9, Defaults.RMSPROP_RHO);
        assertEquals(0.001, Defaults.ADAM_LEARNING_RATE);
        assertEquals(0.9, Defaults.ADAM_BETA1);
        assertEquals(0.999, Defaults.ADAM_BETA2);
        assertEquals(0.001, Defaults.NADAM_LEARNING_RATE);
        assertEquals(0.001, Defaults.ADAMAX_LEARNING_RATE);
        assertEquals(0.001, Defaults.ADAMW_LEARNING_RATE);
        assertEquals(0.004, Defaults.ADAMW_WEIGHT_DECAY);
        // Keras's, for every optimizer; TensorFlow Java's Nadam uses 1e-8 and its RMSProp 1e-10.
        assertEquals(1e-7, Defaults.EPSILON);
    }

    @Test
    void layerDefaultsAreKeras() {
        assertEquals(0.99, Defaults.BATCH_NORM_MOMENTUM);
        assertEquals(1e-3, Defaults.BATCH_NORM_EPSILON);
        // The LeakyReLU layer's default, not the leaky_relu function's 0.2.
        assertEquals(0.3, Defaults.LEAKY_RELU_SLOPE);
        assertEquals(1.0, Defaults.ELU_ALPHA);
        assertEquals(1.6732632423543772, Defaults.SELU_ALPHA);
        assertEquals(1.0507009873554805, Defaults.SELU_SCALE);
        assertEquals(1.0 / 8, Defaults.RRELU_LOWER);
        assertEquals(1.0 / 3, Defaults.RRELU_UPPER);
        assertEquals(2.0, Defaults.MAX_NORM);
        assertEquals(1.0, Defaults.VARIANCE_SCALING_SCALE);
        assertEquals(1.0, Defaults.ORTHOGONAL_GAIN);
    }

    @Test
    void scheduleDefaultsAreKerasAndGerons() {
        assertEquals(1.0, Defaults.POWER_DECAY_POWER);
        assertEquals(0.0, Defaults.COSINE_ALPHA);
        assertEquals(0.0, Defaults.COSINE_WARMUP_STEPS);
        assertEquals(10.0, Defaults.ONE_CYCLE_START_DIVISOR);
        assertEquals(1000.0, Defaults.ONE_CYCLE_LAST_DIVISOR);
        assertEquals(0.1, Defaults.ONE_CYCLE_LAST_FRACTION);
        assertEquals("val_loss", Defaults.PLATEAU_MONITOR);
        assertEquals(0.1, Defaults.PLATEAU_FACTOR);
        assertEquals(10, Defaults.PLATEAU_PATIENCE);
        assertEquals(1e-4, Defaults.PLATEAU_MIN_DELTA);
        assertEquals(0, Defaults.PLATEAU_COOLDOWN);
        assertEquals(0.0, Defaults.PLATEAU_MIN_RATE);
    }

    @Test
    void earlyStoppingDefaultsAreKeras() throws NoSuchMethodException {
        assertEquals("val_loss", Defaults.EARLY_STOPPING_MONITOR);
        assertEquals(0.0, Defaults.EARLY_STOPPING_MIN_DELTA);
        assertEquals(0, Defaults.EARLY_STOPPING_PATIENCE);
        assertEquals(0, Defaults.EARLY_STOPPING_START_FROM_EPOCH);
        assertEquals(false, EarlyStopping.class.getMethod("restoreBest").getDefaultValue());
        assertEquals(MonitorMode.AUTO, EarlyStopping.class.getMethod("mode").getDefaultValue());
    }

    @Test
    void unsetIsNaNSoThatNoValueCanBeMistakenForIt() {
        assertTrue(Double.isNaN(Defaults.UNSET));
    }

    @Test
    void annotationAttributesDefaultToTheConstants() throws NoSuchMethodException {
        assertEquals(Defaults.BATCH_NORM_MOMENTUM, BatchNorm.class.getMethod("momentum").getDefaultValue());
        assertEquals(Defaults.LEAKY_RELU_SLOPE, LeakyReLU.class.getMethod("slope").getDefaultValue());
        assertEquals(Defaults.MAX_NORM, MaxNorm.class.getMethod("value").getDefaultValue());
        assertEquals(Defaults.PLATEAU_PATIENCE, Schedule.class.getMethod("patience").getDefaultValue());
        assertEquals(Init.ZEROS, Dense.class.getMethod("biasInit").getDefaultValue());
        assertEquals(WeightTarget.KERNEL, L2.class.getMethod("on").getDefaultValue());
        assertEquals(ScheduleKind.CONSTANT, Optimizer.class.getMethod("schedule").getDefaultValue());
        assertEquals(void.class, Schedule.class.getMethod("custom").getDefaultValue());
        assertEquals(Defaults.EARLY_STOPPING_PATIENCE, EarlyStopping.class.getMethod("patience").getDefaultValue());
        assertEquals(Preset.NONE, Model.class.getMethod("preset").getDefaultValue());
    }
}
