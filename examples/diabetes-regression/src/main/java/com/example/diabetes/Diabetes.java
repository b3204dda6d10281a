package com.example.diabetes;

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
 * Disease progression from ten baseline variables: the inputs standardized with the training
 * data's mean and deviation (kept in the save), one hidden layer, one linear output.
 * Lamina generates {@code DiabetesModel} from this interface.
 */
@Model(input = {10}, loss = Loss.MEAN_SQUARED_ERROR, metrics = {Metric.RMSE, Metric.MAE})
@Optimizer(value = OptimizerKind.ADAM, learningRate = 0.01)
public interface Diabetes {
    @Standardize                                     Layer standardize();
    @Dense(units = 16, act = RELU, init = HE_NORMAL) Layer hidden();
    @Dense(units = 1)                                Layer output();
}
