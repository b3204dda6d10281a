package test;

import static dev.lamina.dsl.Activation.*;
import static dev.lamina.dsl.Loss.*;

import dev.lamina.dsl.Dense;
import dev.lamina.dsl.Model;
import dev.lamina.runtime.layer.Layer;

@Model(input = {32, 32}, loss = BINARY_CROSSENTROPY)
interface ReusingLargeImages extends ReusedBody {
    @Dense(units = 1, act = SIGMOID) Layer output();
}
