package test;

import static dev.lamina.dsl.Activation.*;
import static dev.lamina.dsl.Init.*;
import static dev.lamina.dsl.Loss.*;

import dev.lamina.dsl.Dense;
import dev.lamina.dsl.Model;
import dev.lamina.runtime.layer.Layer;

interface SharedBody {
    @Dense(units = 0, act = RELU, init = HE) Layer hidden();
    @Dense(units = 30, act = RELU)           Layer advised();
}

@Model(input = {8}, loss = SPARSE_CATEGORICAL_CROSSENTROPY)
interface FirstHead extends SharedBody {
    @Dense(units = 10, act = SOFTMAX) Layer output();
}

@Model(input = {8}, loss = BINARY_CROSSENTROPY)
interface SecondHead extends SharedBody {
    @Dense(units = 1, act = SIGMOID) Layer output();
}
