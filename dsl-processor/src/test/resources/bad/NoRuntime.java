package test;

import static dev.lamina.dsl.Activation.SIGMOID;
import static dev.lamina.dsl.Loss.BINARY_CROSSENTROPY;

import dev.lamina.dsl.Dense;
import dev.lamina.dsl.Model;

/** Compiles without the runtime: it names no runtime type. */
@Model(input = {8}, loss = BINARY_CROSSENTROPY)
public interface NoRuntime {
    @Dense(units = 1, act = SIGMOID) Object output();
}
