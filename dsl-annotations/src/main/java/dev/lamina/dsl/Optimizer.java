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
 * @Optimizer(value = OptimizerKind.SGD, learningRate = 0.01, clipValue = 1.0)
 * @Optimizer(value = OptimizerKind.NADAM, schedule = ScheduleKind.ONE_CYCLE)
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Optimizer {
    /** Which optimizer. Default {@link OptimizerKind#RMSPROP}, Keras's default. */
    OptimizerKind value() default OptimizerKind.RMSPROP;

    /**
     * The learning rate; with a {@link #schedule()}, the rate the schedule starts from (or peaks
     * at, for 1cycle) unless {@link Schedule} sets its own. Default: the optimizer's Keras default,
     * {@value Defaults#SGD_LEARNING_RATE} for SGD, {@value Defaults#ADAGRAD_LEARNING_RATE} for
     * AdaGrad, {@value Defaults#RMSPROP_LEARNING_RATE} for RMSProp, {@value Defaults#ADAM_LEARNING_RATE}
     * for Adam, {@value Defaults#NADAM_LEARNING_RATE} for Nadam, {@value Defaults#ADAMAX_LEARNING_RATE}
     * for Adamax, {@value Defaults#ADAMW_LEARNING_RATE} for AdamW. Must be positive.
     */
    double learningRate() default Defaults.UNSET;

    /**
     * SGD: the momentum {@code μ} in {@code v = μ·v − lr·g; w += v}; RMSProp: the momentum of its
     * update. Default {@value Defaults#SGD_MOMENTUM}. Must be in {@code [0, 1)}.
     */
    double momentum() default Defaults.SGD_MOMENTUM;

    /** SGD only: use Nesterov momentum ({@code w += μ·v − lr·g}). Default {@code false}; needs a momentum. */
    boolean nesterov() default false;

    /**
     * AdaGrad only: the starting value of each weight's sum of squared gradients. Default
     * {@value Defaults#ADAGRAD_INITIAL_ACCUMULATOR}. At least 0.
     */
    double initialAccumulator() default Defaults.ADAGRAD_INITIAL_ACCUMULATOR;

    /** RMSProp only: the decay of the mean square of the gradients. Default {@value Defaults#RMSPROP_RHO}. In {@code [0, 1)}. */
    double rho() default Defaults.RMSPROP_RHO;

    /**
     * RMSProp only: divide by the estimated variance of the gradients ({@code v − ḡ²}) rather than
     * their mean square. Default {@code false}.
     */
    boolean centered() default false;

    /**
     * Adam, Nadam, Adamax and AdamW: the decay of the first moment. Default {@value Defaults#ADAM_BETA1}.
     * In {@code [0, 1)}.
     */
    double beta1() default Defaults.ADAM_BETA1;

    /**
     * Adam, Nadam, Adamax and AdamW: the decay of the second moment (Adamax: of the infinity
     * norm). Default {@value Defaults#ADAM_BETA2}. In {@code [0, 1)}.
     */
    double beta2() default Defaults.ADAM_BETA2;

    /**
     * Every optimizer but SGD: the fuzz factor added to the denominator. Default
     * {@value Defaults#EPSILON}, Keras's for all of them. Positive.
     */
    double epsilon() default Defaults.EPSILON;

    /**
     * Adam and AdamW only: the AMSGrad variant, which divides by the largest second moment seen so
     * far (Reddi et al., 2018). Default {@code false}.
     */
    boolean amsgrad() default false;

    /**
     * AdamW only: the decoupled weight decay, {@code w -= lr · weightDecay · w} before each update.
     * Default {@value Defaults#ADAMW_WEIGHT_DECAY}. At least 0.
     */
    double weightDecay() default Defaults.ADAMW_WEIGHT_DECAY;

    /**
     * Clips every gradient element to {@code [-clipValue, clipValue]} (Keras {@code clipvalue}).
     * Default: no clipping. Positive; at most one of {@code clipValue}, {@code clipNorm} and
     * {@code globalClipNorm}.
     */
    double clipValue() default Defaults.UNSET;

    /**
     * Rescales each gradient tensor whose L2 norm exceeds it to that norm (Keras {@code clipnorm}).
     * Default: no clipping. Positive; at most one of {@code clipValue}, {@code clipNorm} and
     * {@code globalClipNorm}.
     */
    double clipNorm() default Defaults.UNSET;

    /**
     * Rescales all gradients together when their global L2 norm exceeds it (Keras
     * {@code global_clipnorm}). Default: no clipping. Positive; at most one of {@code clipValue},
     * {@code clipNorm} and {@code globalClipNorm}.
     */
    double globalClipNorm() default Defaults.UNSET;

    /**
     * How the learning rate changes during training: a {@link Schedule} of this kind with its
     * defaults, unless the model also carries {@link Schedule} (which must then name the same
     * kind). Default {@link ScheduleKind#CONSTANT}.
     */
    ScheduleKind schedule() default ScheduleKind.CONSTANT;
}
