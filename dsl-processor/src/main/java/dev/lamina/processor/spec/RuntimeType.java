package dev.lamina.processor.spec;

/**
 * The runtime classes generated code refers to, named once. The processor never loads them: it
 * looks them up as elements when checking user code and names them in generated code, so it does
 * not depend on the runtime (or on TensorFlow) itself.
 */
public enum RuntimeType {
    SEQUENTIAL_MODEL("dev.lamina.runtime.train", "SequentialModel"),
    MODEL_CONFIG("dev.lamina.runtime.train", "ModelConfig"),
    CALLBACK("dev.lamina.runtime.train", "Callback"),
    EARLY_STOPPING("dev.lamina.runtime.callback", "EarlyStopping"),
    REDUCE_LR_ON_PLATEAU("dev.lamina.runtime.callback", "ReduceLROnPlateau"),
    MONITOR("dev.lamina.runtime.callback", "Monitor"),
    LAYER("dev.lamina.runtime.layer", "Layer"),
    DENSE("dev.lamina.runtime.layer", "Dense"),
    FLATTEN("dev.lamina.runtime.layer", "Flatten"),
    BATCH_NORM("dev.lamina.runtime.layer", "BatchNorm"),
    DROPOUT("dev.lamina.runtime.layer", "Dropout"),
    ALPHA_DROPOUT("dev.lamina.runtime.layer", "AlphaDropout"),
    ACTIVATION_LAYER("dev.lamina.runtime.layer", "ActivationLayer"),
    LEAKY_RELU("dev.lamina.runtime.layer", "LeakyReLU"),
    PRELU("dev.lamina.runtime.layer", "PReLU"),
    RRELU("dev.lamina.runtime.layer", "RReLU"),
    STANDARDIZE("dev.lamina.runtime.layer", "Standardize"),
    MODE("dev.lamina.runtime.layer", "Mode"),
    INITIALIZER("dev.lamina.runtime.init", "Initializer"),
    VARIANCE_SCALING("dev.lamina.runtime.init", "VarianceScaling"),
    REGULARIZER("dev.lamina.runtime.regularize", "Regularizer"),
    CONSTRAINT("dev.lamina.runtime.regularize", "Constraint"),
    OPTIMIZER("dev.lamina.runtime.optim", "Optimizer"),
    SGD("dev.lamina.runtime.optim", "Sgd"),
    ADAGRAD("dev.lamina.runtime.optim", "Adagrad"),
    RMS_PROP("dev.lamina.runtime.optim", "RmsProp"),
    ADAM("dev.lamina.runtime.optim", "Adam"),
    NADAM("dev.lamina.runtime.optim", "Nadam"),
    ADAMAX("dev.lamina.runtime.optim", "Adamax"),
    ADAMW("dev.lamina.runtime.optim", "AdamW"),
    GRADIENT_CLIPPING("dev.lamina.runtime.optim", "GradientClipping"),
    LEARNING_RATE_SCHEDULE("dev.lamina.runtime.schedule", "LearningRateSchedule"),
    GRANULARITY("dev.lamina.runtime.schedule", "Granularity"),
    EXPONENTIAL_DECAY("dev.lamina.runtime.schedule", "ExponentialDecay"),
    POWER_DECAY("dev.lamina.runtime.schedule", "PowerDecay"),
    PIECEWISE_CONSTANT("dev.lamina.runtime.schedule", "PiecewiseConstant"),
    COSINE_DECAY("dev.lamina.runtime.schedule", "CosineDecay"),
    ONE_CYCLE("dev.lamina.runtime.schedule", "OneCycle");

    private final String packageName;
    private final String simpleName;

    RuntimeType(String packageName, String simpleName) {
        this.packageName = packageName;
        this.simpleName = simpleName;
    }

    public String packageName() {
        return packageName;
    }

    public String simpleName() {
        return simpleName;
    }

    public String qualifiedName() {
        return packageName + "." + simpleName;
    }
}
