package test;

import static dev.lamina.dsl.Activation.*;
import static dev.lamina.dsl.Init.*;
import static dev.lamina.dsl.Loss.*;
import static dev.lamina.dsl.Metric.*;

import dev.lamina.dsl.Dense;
import dev.lamina.dsl.EarlyStopping;
import dev.lamina.dsl.Model;
import dev.lamina.runtime.layer.Layer;

/** The chapter's early stopping, declared on the model. */
@Model(input = {8}, loss = SPARSE_CATEGORICAL_CROSSENTROPY, metrics = ACCURACY)
@EarlyStopping(patience = 10, restoreBest = true)
public interface EarlyStopped {
    @Dense(units = 16, act = ELU, init = HE) Layer hidden();
    @Dense(units = 3, act = SOFTMAX)         Layer output();
}
