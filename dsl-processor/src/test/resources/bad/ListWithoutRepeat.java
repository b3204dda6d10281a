package test;

import static dev.lamina.dsl.Activation.*;
import static dev.lamina.dsl.Init.*;
import static dev.lamina.dsl.Loss.*;

import dev.lamina.dsl.Dense;
import dev.lamina.dsl.Flatten;
import dev.lamina.dsl.Model;
import dev.lamina.dsl.Repeat;
import dev.lamina.runtime.layer.Layer;
import java.util.List;

@Model(input = {28, 28}, loss = SPARSE_CATEGORICAL_CROSSENTROPY)
public interface ListWithoutRepeat {
    @Flatten                                         Layer flatten();
    @Dense(units = 64, act = RELU, init = HE_NORMAL) List<Layer> hidden();
    @Dense(units = 10, act = SOFTMAX)                Layer output();
}
