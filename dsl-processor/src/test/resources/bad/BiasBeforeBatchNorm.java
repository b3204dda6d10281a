package test;

import static dev.lamina.dsl.Activation.*;
import static dev.lamina.dsl.Init.*;
import static dev.lamina.dsl.Loss.*;

import dev.lamina.dsl.ActivationLayer;
import dev.lamina.dsl.BatchNorm;
import dev.lamina.dsl.Dense;
import dev.lamina.dsl.Flatten;
import dev.lamina.dsl.Model;
import dev.lamina.runtime.layer.Layer;

@Model(input = {28, 28}, loss = SPARSE_CATEGORICAL_CROSSENTROPY)
public interface BiasBeforeBatchNorm {
    @Flatten                          Layer flatten();
    @Dense(units = 300, init = HE)    Layer hidden1();
    @BatchNorm                        Layer bn1();
    @ActivationLayer(ELU)             Layer elu1();
    @Dense(units = 10, act = SOFTMAX) Layer output();
}
