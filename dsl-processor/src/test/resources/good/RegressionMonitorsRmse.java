package test;

import static dev.lamina.dsl.Activation.*;
import static dev.lamina.dsl.Init.*;
import static dev.lamina.dsl.Loss.*;
import static dev.lamina.dsl.Metric.*;

import dev.lamina.dsl.*;
import dev.lamina.runtime.layer.Layer;

/** A regression with Huber loss, reporting RMSE and MAE under Keras's names, stopped early on one of them. */
@Model(input = {10}, loss = HUBER, metrics = {RMSE, MAE})
@EarlyStopping(monitor = "val_root_mean_squared_error", patience = 10, restoreBest = true)
public interface RegressionMonitorsRmse {
    @Standardize                               Layer standardize();
    @Dense(units = 16, act = RELU, init = HE) Layer hidden();
    @Dense(units = 1)                          Layer output();
}
