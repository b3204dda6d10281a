package dev.lamina.processor.annotation;

import java.lang.annotation.Annotation;
import java.util.List;

/**
 * The names of the DSL annotations' attributes, for every place the processor reads an attribute
 * or points a diagnostic at one. A name is written once, here, in the class of the annotation that
 * declares it, and {@code AttributeNamesTest} checks each against that annotation's methods: an
 * attribute renamed in {@code dsl-annotations} fails the processor's build, not a user's compile
 * with {@code lamina:internal}.
 *
 * <p>Each nested class lists, in {@code ANNOTATIONS}, the annotation types its names belong to.
 */
public final class AttributeNames {
    private AttributeNames() {}

    /** {@code @Model}'s attributes. */
    public static final class Model {
        static final List<Class<? extends Annotation>> ANNOTATIONS = List.of(dev.lamina.dsl.Model.class);

        public static final String INPUT = "input";
        public static final String LOSS = "loss";
        public static final String METRICS = "metrics";
        public static final String SEED = "seed";
        public static final String TARGET = "target";
        public static final String PRESET = "preset";

        private Model() {}
    }

    /** {@code @Dense}'s attributes. */
    public static final class Dense {
        static final List<Class<? extends Annotation>> ANNOTATIONS = List.of(dev.lamina.dsl.Dense.class);

        public static final String UNITS = "units";
        public static final String ACT = "act";
        public static final String INIT = "init";
        public static final String USE_BIAS = "useBias";
        public static final String BIAS_INIT = "biasInit";

        private Dense() {}
    }

    /** {@code @DenseDefaults}'s attributes. */
    public static final class DenseDefaults {
        static final List<Class<? extends Annotation>> ANNOTATIONS = List.of(dev.lamina.dsl.DenseDefaults.class);

        public static final String ACT = "act";
        public static final String INIT = "init";
        public static final String L1 = "l1";
        public static final String L2 = "l2";
        public static final String MAX_NORM = "maxNorm";

        private DenseDefaults() {}
    }

    /** {@code @BatchNorm}'s attributes. */
    public static final class BatchNorm {
        static final List<Class<? extends Annotation>> ANNOTATIONS = List.of(dev.lamina.dsl.BatchNorm.class);

        public static final String MOMENTUM = "momentum";
        public static final String EPSILON = "epsilon";
        public static final String CENTER = "center";
        public static final String SCALE = "scale";

        private BatchNorm() {}
    }

    /** {@code @Dropout}'s attributes. The rate is {@code value}. */
    public static final class Dropout {
        static final List<Class<? extends Annotation>> ANNOTATIONS = List.of(dev.lamina.dsl.Dropout.class);

        public static final String VALUE = "value";

        private Dropout() {}
    }

    /** {@code @AlphaDropout}'s attributes. The rate is {@code value}. */
    public static final class AlphaDropout {
        static final List<Class<? extends Annotation>> ANNOTATIONS = List.of(dev.lamina.dsl.AlphaDropout.class);

        public static final String VALUE = "value";

        private AlphaDropout() {}
    }

    /** {@code @ActivationLayer}'s attributes. */
    public static final class ActivationLayer {
        static final List<Class<? extends Annotation>> ANNOTATIONS = List.of(dev.lamina.dsl.ActivationLayer.class);

        public static final String VALUE = "value";

        private ActivationLayer() {}
    }

    /** {@code @LeakyReLU}'s attributes. */
    public static final class LeakyReLU {
        static final List<Class<? extends Annotation>> ANNOTATIONS = List.of(dev.lamina.dsl.LeakyReLU.class);

        public static final String SLOPE = "slope";

        private LeakyReLU() {}
    }

    /** {@code @PReLU}'s attributes. */
    public static final class PReLU {
        static final List<Class<? extends Annotation>> ANNOTATIONS = List.of(dev.lamina.dsl.PReLU.class);

        public static final String SHARED_AXES = "sharedAxes";

        private PReLU() {}
    }

    /** {@code @RReLU}'s attributes. */
    public static final class RReLU {
        static final List<Class<? extends Annotation>> ANNOTATIONS = List.of(dev.lamina.dsl.RReLU.class);

        public static final String LOWER = "lower";
        public static final String UPPER = "upper";

        private RReLU() {}
    }

    /** {@code @Repeat}'s attributes. The number of layers is {@code value}. */
    public static final class Repeat {
        static final List<Class<? extends Annotation>> ANNOTATIONS = List.of(dev.lamina.dsl.Repeat.class);

        public static final String VALUE = "value";

        private Repeat() {}
    }

    /** {@code @L1}'s attributes. The factor is {@code value}. */
    public static final class L1 {
        static final List<Class<? extends Annotation>> ANNOTATIONS = List.of(dev.lamina.dsl.L1.class);

        public static final String VALUE = "value";

        private L1() {}
    }

    /** {@code @L2}'s attributes. The factor is {@code value}. */
    public static final class L2 {
        static final List<Class<? extends Annotation>> ANNOTATIONS = List.of(dev.lamina.dsl.L2.class);

        public static final String VALUE = "value";

        private L2() {}
    }

    /** {@code @L1L2}'s attributes. */
    public static final class L1L2 {
        static final List<Class<? extends Annotation>> ANNOTATIONS = List.of(dev.lamina.dsl.L1L2.class);

        public static final String L1 = "l1";
        public static final String L2 = "l2";

        private L1L2() {}
    }

    /** {@code @MaxNorm}'s attributes. The largest norm is {@code value}. */
    public static final class MaxNorm {
        static final List<Class<? extends Annotation>> ANNOTATIONS = List.of(dev.lamina.dsl.MaxNorm.class);

        public static final String VALUE = "value";

        private MaxNorm() {}
    }

    /** {@code @VarianceScaling}'s attributes. */
    public static final class VarianceScaling {
        static final List<Class<? extends Annotation>> ANNOTATIONS = List.of(dev.lamina.dsl.VarianceScaling.class);

        public static final String SCALE = "scale";
        public static final String MODE = "mode";
        public static final String DISTRIBUTION = "distribution";

        private VarianceScaling() {}
    }

    /** {@code @Optimizer}'s attributes. The optimizer's kind is {@code value}. */
    public static final class Optimizer {
        static final List<Class<? extends Annotation>> ANNOTATIONS = List.of(dev.lamina.dsl.Optimizer.class);

        public static final String VALUE = "value";
        public static final String LEARNING_RATE = "learningRate";
        public static final String MOMENTUM = "momentum";
        public static final String NESTEROV = "nesterov";
        public static final String INITIAL_ACCUMULATOR = "initialAccumulator";
        public static final String RHO = "rho";
        public static final String CENTERED = "centered";
        public static final String BETA1 = "beta1";
        public static final String BETA2 = "beta2";
        public static final String EPSILON = "epsilon";
        public static final String AMSGRAD = "amsgrad";
        public static final String WEIGHT_DECAY = "weightDecay";
        public static final String CLIP_VALUE = "clipValue";
        public static final String CLIP_NORM = "clipNorm";
        public static final String GLOBAL_CLIP_NORM = "globalClipNorm";
        public static final String SCHEDULE = "schedule";

        private Optimizer() {}
    }

    /** {@code @Schedule}'s attributes. The schedule's kind is {@code value}. */
    public static final class Schedule {
        static final List<Class<? extends Annotation>> ANNOTATIONS = List.of(dev.lamina.dsl.Schedule.class);

        public static final String VALUE = "value";
        public static final String INITIAL_RATE = "initialRate";
        public static final String DECAY_RATE = "decayRate";
        public static final String DECAY_STEPS = "decaySteps";
        public static final String STAIRCASE = "staircase";
        public static final String POWER = "power";
        public static final String BOUNDARIES = "boundaries";
        public static final String VALUES = "values";
        public static final String ALPHA = "alpha";
        public static final String WARMUP_STEPS = "warmupSteps";
        public static final String WARMUP_TARGET = "warmupTarget";
        public static final String MAX_RATE = "maxRate";
        public static final String START_RATE = "startRate";
        public static final String LAST_RATE = "lastRate";
        public static final String LAST_FRACTION = "lastFraction";
        public static final String CYCLE_MOMENTUM = "cycleMomentum";
        public static final String MONITOR = "monitor";
        public static final String FACTOR = "factor";
        public static final String PATIENCE = "patience";
        public static final String MIN_DELTA = "minDelta";
        public static final String COOLDOWN = "cooldown";
        public static final String MIN_RATE = "minRate";
        public static final String PER = "per";
        public static final String CUSTOM = "custom";

        private Schedule() {}
    }

    /** {@code @EarlyStopping}'s attributes. */
    public static final class EarlyStopping {
        static final List<Class<? extends Annotation>> ANNOTATIONS = List.of(dev.lamina.dsl.EarlyStopping.class);

        public static final String MONITOR = "monitor";
        public static final String MIN_DELTA = "minDelta";
        public static final String PATIENCE = "patience";
        public static final String MODE = "mode";
        public static final String RESTORE_BEST = "restoreBest";
        public static final String START_FROM_EPOCH = "startFromEpoch";

        private EarlyStopping() {}
    }

    /** What every regularizer and constraint annotation has: the weight it acts on. */
    public static final class Weight {
        static final List<Class<? extends Annotation>> ANNOTATIONS = List.of(dev.lamina.dsl.L1.class,
                dev.lamina.dsl.L2.class, dev.lamina.dsl.L1L2.class, dev.lamina.dsl.MaxNorm.class,
                dev.lamina.dsl.UnitNorm.class, dev.lamina.dsl.NonNeg.class);

        public static final String ON = "on";

        private Weight() {}
    }
}
