package dev.lamina.samples;

import static dev.lamina.dsl.Activation.RELU;
import static dev.lamina.dsl.Init.HE_NORMAL;

import dev.lamina.dsl.Dense;
import dev.lamina.dsl.Loss;
import dev.lamina.dsl.Metric;
import dev.lamina.dsl.Model;
import dev.lamina.dsl.Optimizer;
import dev.lamina.dsl.OptimizerKind;
import dev.lamina.dsl.Standardize;
import dev.lamina.runtime.layer.Layer;

/**
 * A tabular regression: disease progression from the ten baseline variables of the diabetes data,
 * standardized with the training set's statistics, one hidden layer, a linear output trained with
 * mean squared error, reported as RMSE and MAE in the target's units.
 */
@Model(input = {10}, loss = Loss.MEAN_SQUARED_ERROR, metrics = {Metric.RMSE, Metric.MAE})
@Optimizer(value = OptimizerKind.ADAM, learningRate = 0.01)
public interface DiabetesRegressor {
    @Standardize                                  Layer standardize();
    @Dense(units = 16, act = RELU, init = HE_NORMAL) Layer hidden();
    @Dense(units = 1)                             Layer output();
}
