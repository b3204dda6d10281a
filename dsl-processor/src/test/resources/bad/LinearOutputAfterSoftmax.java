package test;

import static dev.lamina.dsl.Activation.*;
import static dev.lamina.dsl.Loss.*;

import dev.lamina.dsl.Dense;
import dev.lamina.dsl.Model;
import dev.lamina.runtime.layer.Layer;

@Model(input = {8}, loss = SPARSE_CATEGORICAL_CROSSENTROPY)
public interface LinearOutputAfterSoftmax {
    @Dense(units = 16, act = SOFTMAX) Layer hidden();
    @Dense(units = 3)                 Layer output();
}
