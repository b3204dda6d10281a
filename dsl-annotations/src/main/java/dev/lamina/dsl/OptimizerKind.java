package dev.lamina.dsl;

/** The optimizer a model is trained with; update rules and defaults are Keras's. */
public enum OptimizerKind {
    /** Stochastic gradient descent, optionally with momentum and Nesterov momentum. */
    SGD,
    /** RMSProp: Keras's default when a model is compiled without naming an optimizer. */
    RMSPROP,
    /** Adam (Kingma and Ba, 2015). */
    ADAM
}
