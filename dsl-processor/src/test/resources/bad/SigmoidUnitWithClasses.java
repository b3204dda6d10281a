package test;

import static dev.lamina.dsl.Activation.*;
import static dev.lamina.dsl.Init.*;
import static dev.lamina.dsl.Loss.*;

import dev.lamina.dsl.Dense;
import dev.lamina.dsl.Model;
import dev.lamina.runtime.layer.Layer;

@Model(input = {8}, loss = SPARSE_CATEGORICAL_CROSSENTROPY)
public interface SigmoidUnitWithClasses {
    @Dense(units = 30, act = RELU, init = HE) Layer hidden();
    @Dense(units = 1, act = SIGMOID) Layer output();
}
