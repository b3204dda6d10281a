package test;

import static dev.lamina.dsl.Activation.*;
import static dev.lamina.dsl.Loss.*;
import static dev.lamina.dsl.Metric.*;
import static dev.lamina.dsl.Preset.*;

import dev.lamina.dsl.AlphaDropout;
import dev.lamina.dsl.Dense;
import dev.lamina.dsl.Flatten;
import dev.lamina.dsl.Model;
import dev.lamina.dsl.Standardize;
import dev.lamina.runtime.layer.Layer;

/** The chapter's self-normalizing configuration, the preset filling in SELU and LeCun normal. */
@Model(input = {28, 28}, loss = SPARSE_CATEGORICAL_CROSSENTROPY, metrics = ACCURACY, preset = SELF_NORMALIZING)
public interface SelfNormalizingPreset {
    @Standardize                      Layer standardize();
    @Flatten                          Layer flatten();
    @Dense(units = 300)               Layer hidden1();
    @AlphaDropout(0.1)                Layer drop1();
    @Dense(units = 100)               Layer hidden2();
    @Dense(units = 10, act = SOFTMAX) Layer output();
}
