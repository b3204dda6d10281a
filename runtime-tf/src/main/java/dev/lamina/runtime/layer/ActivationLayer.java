package dev.lamina.runtime.layer;

import dev.lamina.dsl.Activation;
import java.util.Objects;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * An activation as a layer of its own, Keras's {@code Activation(act)}: {@code y = act(x)}, the
 * same in every mode. It lets Batch Normalization sit between a Dense layer and its activation
 * ({@code Dense(use_bias=False) → BatchNorm → Activation}), the pattern the chapter recommends.
 */
public final class ActivationLayer extends Layer {
    private final Activation activation;

    /**
     * @param name the layer's name
     * @param activation the function applied to each input, with Keras's constants (see {@link Activations})
     */
    public ActivationLayer(String name, Activation activation) {
        super(name);
        this.activation = Objects.requireNonNull(activation,
                () -> "ActivationLayer '" + name + "': expected an activation. Received: null");
    }

    public Activation activation() {
        return activation;
    }

    @Override
    public Operand<TFloat32> apply(Ops tf, Operand<TFloat32> x, Mode mode) {
        return Activations.apply(tf, activation, x);
    }
}
