package test;

import static dev.lamina.dsl.Activation.*;
import static dev.lamina.dsl.Loss.*;

import dev.lamina.dsl.Dense;
import dev.lamina.dsl.Flatten;
import dev.lamina.dsl.Model;
import dev.lamina.dsl.Standardize;
import dev.lamina.runtime.layer.Layer;

@Model(input = {28, 28}, loss = SPARSE_CATEGORICAL_CROSSENTROPY)
public interface SeluWithGlorot {
    @Standardize                      Layer standardize();
    @Flatten                          Layer flatten();
    @Dense(units = 100, act = SELU)   Layer hidden1();
    @Dense(units = 10, act = SOFTMAX) Layer output();
}
