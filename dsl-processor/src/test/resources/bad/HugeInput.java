package test;

import static dev.lamina.dsl.Activation.*;
import static dev.lamina.dsl.Loss.*;
import static dev.lamina.dsl.OptimizerKind.*;

import dev.lamina.dsl.Dense;
import dev.lamina.dsl.Flatten;
import dev.lamina.dsl.Model;
import dev.lamina.dsl.Optimizer;
import dev.lamina.runtime.layer.Layer;

@Model(input = {100000, 100000}, loss = SPARSE_CATEGORICAL_CROSSENTROPY)
public interface HugeInput {
    @Flatten                          Layer flatten();
    @Dense(units = 10, act = SOFTMAX) Layer output();
}
