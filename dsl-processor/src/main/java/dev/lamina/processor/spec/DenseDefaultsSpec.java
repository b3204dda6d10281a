package dev.lamina.processor.spec;

import dev.lamina.dsl.Activation;
import dev.lamina.dsl.Init;
import java.util.Optional;

/**
 * A model's {@code @DenseDefaults}: only what it writes, each for the Dense layers that do not set
 * their own.
 *
 * @param source the model type and its {@code @DenseDefaults}
 * @param activation the activation, when written
 * @param init the kernel initializer in canonical form, when written
 * @param kernelRegularizer the kernel regularizer, when {@code l1} or {@code l2} is written
 * @param kernelConstraint the kernel max-norm, when {@code maxNorm} is written
 */
public record DenseDefaultsSpec(Source source, Optional<Activation> activation, Optional<Init> init,
        Optional<RegularizerSpec> kernelRegularizer, Optional<ConstraintSpec> kernelConstraint) {}
