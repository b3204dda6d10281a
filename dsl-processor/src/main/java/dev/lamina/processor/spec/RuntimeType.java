package dev.lamina.processor.spec;

/**
 * The runtime classes generated code refers to, named once. The processor never loads them: it
 * looks them up as elements when checking user code and names them in generated code, so it does
 * not depend on the runtime (or on TensorFlow) itself.
 */
public enum RuntimeType {
    SEQUENTIAL_MODEL("dev.lamina.runtime.train", "SequentialModel"),
    MODEL_CONFIG("dev.lamina.runtime.train", "ModelConfig"),
    LAYER("dev.lamina.runtime.layer", "Layer"),
    DENSE("dev.lamina.runtime.layer", "Dense"),
    FLATTEN("dev.lamina.runtime.layer", "Flatten"),
    MODE("dev.lamina.runtime.layer", "Mode"),
    OPTIMIZER("dev.lamina.runtime.optim", "Optimizer"),
    SGD("dev.lamina.runtime.optim", "Sgd"),
    RMS_PROP("dev.lamina.runtime.optim", "RmsProp"),
    ADAM("dev.lamina.runtime.optim", "Adam");

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
