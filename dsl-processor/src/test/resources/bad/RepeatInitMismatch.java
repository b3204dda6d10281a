package test;

import static dev.lamina.dsl.Activation.*;
import static dev.lamina.dsl.Init.*;
import static dev.lamina.dsl.Loss.*;

import dev.lamina.dsl.Dense;
import dev.lamina.dsl.Flatten;
import dev.lamina.dsl.Model;
import dev.lamina.dsl.Repeat;
import dev.lamina.dsl.Standardize;
import dev.lamina.runtime.layer.Layer;
import java.util.List;

/** One wrong initializer, repeated: one warning, not four. */
@Model(input = {28, 28}, loss = SPARSE_CATEGORICAL_CROSSENTROPY)
public interface RepeatInitMismatch {
    @Standardize                                                Layer standardize();
    @Flatten                                                    Layer flatten();
    @Repeat(4) @Dense(units = 32, act = SELU, init = HE_NORMAL) List<Layer> hidden();
    @Dense(units = 10, act = SOFTMAX)                           Layer output();
}
