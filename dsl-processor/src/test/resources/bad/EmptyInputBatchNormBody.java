package test;

import static dev.lamina.dsl.Activation.*;
import static dev.lamina.dsl.Loss.*;

import dev.lamina.dsl.BatchNorm;
import dev.lamina.dsl.Dense;
import dev.lamina.dsl.Model;
import dev.lamina.runtime.layer.Layer;

interface NormalizedBody {
    @BatchNorm Layer bn();
}

@Model(input = {}, loss = SPARSE_CATEGORICAL_CROSSENTROPY)
interface EmptyInputBatchNormBody extends NormalizedBody {
    @Dense(units = 10, act = SOFTMAX) Layer output();
}
