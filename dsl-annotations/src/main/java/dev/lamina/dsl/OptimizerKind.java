package dev.lamina.dsl;

/** The optimizer a model is trained with; update rules and defaults are Keras's. */
public enum OptimizerKind {
    /** Stochastic gradient descent, optionally with momentum and Nesterov momentum. */
    SGD,
    /** AdaGrad: each weight's step shrinks with the sum of its squared gradients (Duchi et al., 2011). */
    ADAGRAD,
    /** RMSProp: Keras's default when a model is compiled without naming an optimizer. */
    RMSPROP,
    /** Adam (Kingma and Ba, 2015), optionally AMSGrad. */
    ADAM,
    /** Nadam: Adam with Nesterov momentum (Dozat, 2016), in Keras 3's form. */
    NADAM,
    /** Adamax: Adam with the infinity norm in place of the second moment (Kingma and Ba, 2015). */
    ADAMAX,
    /** AdamW: Adam with decoupled weight decay (Loshchilov and Hutter, 2019). */
    ADAMW
}
