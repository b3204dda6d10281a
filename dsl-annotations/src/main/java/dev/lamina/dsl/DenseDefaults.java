package dev.lamina.dsl;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Defaults for every {@link Dense} layer of a model: the chapter's
 * {@code partial(Dense, activation="elu", kernel_initializer="he_normal", kernel_regularizer=l2(0.01))}.
 * Only the attributes written here apply, each to the layers that do not set their own:
 *
 * <ul>
 *   <li>{@code act} and {@code init} fill a {@code @Dense} that leaves them out (an explicit
 *       {@code init} or a {@link VarianceScaling} keeps its own);
 *   <li>{@code l1} and {@code l2} regularize the kernel of every Dense layer without its own kernel
 *       regularizer ({@link L1}, {@link L2} or {@link L1L2}; {@code @L2(0)} opts a layer out);
 *   <li>{@code maxNorm} constrains the kernel of every Dense layer without its own kernel
 *       constraint ({@link MaxNorm}, {@link UnitNorm} or {@link NonNeg}).
 * </ul>
 *
 * <pre>{@code
 * @DenseDefaults(act = ELU, init = HE_NORMAL, l2 = 0.01)
 * public interface FashionRegularized {
 *     @Dense(units = 300)                                    Layer hidden1();
 *     @Dense(units = 10, act = SOFTMAX, init = GLOROT_UNIFORM)
 *     @L2(0) @MaxNorm(1.0)                                   Layer output();
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface DenseDefaults {
    /** The activation of Dense layers that set none. Applies only when written; the {@link Dense} default is {@link Activation#LINEAR}. */
    Activation act() default Activation.LINEAR;

    /** The kernel initializer of Dense layers that set none. Applies only when written; the {@link Dense} default is {@link Init#GLOROT_UNIFORM}. */
    Init init() default Init.GLOROT_UNIFORM;

    /** An L1 factor for the kernels, as {@link L1} (with {@code l2}, as {@link L1L2}). Applies only when written. At least 0. */
    double l1() default 0.0;

    /** An L2 factor for the kernels, as {@link L2} (with {@code l1}, as {@link L1L2}). Applies only when written. At least 0. */
    double l2() default 0.0;

    /** A max-norm for the kernels, as {@link MaxNorm}. Applies only when written; default: none. Positive. */
    double maxNorm() default Defaults.UNSET;
}
