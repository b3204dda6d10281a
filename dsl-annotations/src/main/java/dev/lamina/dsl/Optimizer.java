package dev.lamina.dsl;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The optimizer a {@link Model} trains with. Without this annotation a model trains with
 * {@link OptimizerKind#RMSPROP} and its defaults, as Keras's {@code compile()} does. Attributes
 * that do not apply to the chosen optimizer (say {@code beta1} for {@code SGD}) are a compile
 * error, never silently ignored.
 *
 * <pre>{@code
 * @Optimizer(value = OptimizerKind.SGD, learningRate = 0.001, momentum = 0.9, nesterov = true)
 * @Optimizer(value = OptimizerKind.ADAM, learningRate = 0.001, beta1 = 0.9, beta2 = 0.999)
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Optimizer {
    /** Which optimizer. Default {@link OptimizerKind#RMSPROP}, Keras's default. */
    OptimizerKind value() default OptimizerKind.RMSPROP;

    /**
     * The learning rate. Default: the optimizer's Keras default, {@value Defaults#SGD_LEARNING_RATE}
     * for SGD, {@value Defaults#RMSPROP_LEARNING_RATE} for RMSProp, {@value Defaults#ADAM_LEARNING_RATE}
     * for Adam. Must be positive.
     */
    double learningRate() default Defaults.UNSET;

    /**
     * SGD only: the momentum {@code μ} in {@code v = μ·v − lr·g; w += v}; RMSProp: the momentum of
     * its update. Default {@value Defaults#SGD_MOMENTUM}. Must be in {@code [0, 1)}.
     */
    double momentum() default Defaults.SGD_MOMENTUM;

    /** SGD only: use Nesterov momentum ({@code w += μ·v − lr·g}). Default {@code false}; needs a momentum. */
    boolean nesterov() default false;

    /** RMSProp only: the decay of the mean square of the gradients. Default {@value Defaults#RMSPROP_RHO}. In {@code [0, 1)}. */
    double rho() default Defaults.RMSPROP_RHO;

    /** Adam only: the decay of the first moment. Default {@value Defaults#ADAM_BETA1}. In {@code [0, 1)}. */
    double beta1() default Defaults.ADAM_BETA1;

    /** Adam only: the decay of the second moment. Default {@value Defaults#ADAM_BETA2}. In {@code [0, 1)}. */
    double beta2() default Defaults.ADAM_BETA2;

    /** RMSProp and Adam: the fuzz factor added to the denominator. Default {@value Defaults#EPSILON}. Positive. */
    double epsilon() default Defaults.EPSILON;
}
