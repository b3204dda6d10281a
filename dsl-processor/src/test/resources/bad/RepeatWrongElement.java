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
public interface RepeatWrongElement {
    @Flatten                                                    Layer flatten();
    @Repeat(3) @Dense(units = 64, act = RELU, init = HE_NORMAL) List<dev.lamina.runtime.layer.Flatten> hidden();
    @Dense(units = 10, act = SOFTMAX)                           Layer output();
}
