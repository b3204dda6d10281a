package test;

import static dev.lamina.dsl.Activation.*;
import static dev.lamina.dsl.Loss.*;
import static dev.lamina.dsl.OptimizerKind.*;

import dev.lamina.dsl.Dense;
import dev.lamina.dsl.Flatten;
import dev.lamina.dsl.Model;
import dev.lamina.dsl.Optimizer;
import dev.lamina.runtime.layer.Layer;

public final class SameSimpleName {
    @Model(input = {8}, loss = BINARY_CROSSENTROPY)
    interface Net {
        @Dense(units = 1, act = SIGMOID) Layer output();
    }

    static final class Other {
        @Model(input = {8}, loss = BINARY_CROSSENTROPY)
        interface Net { // the second model named Net
            @Dense(units = 1, act = SIGMOID) Layer output();
        }
    }
}
