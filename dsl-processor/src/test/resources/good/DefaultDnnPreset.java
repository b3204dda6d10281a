package test;

import static dev.lamina.dsl.Activation.*;
import static dev.lamina.dsl.Init.*;
import static dev.lamina.dsl.Loss.*;
import static dev.lamina.dsl.Metric.*;
import static dev.lamina.dsl.OptimizerKind.*;
import static dev.lamina.dsl.Preset.*;
import static dev.lamina.dsl.ScheduleKind.*;

import dev.lamina.dsl.ActivationLayer;
import dev.lamina.dsl.BatchNorm;
import dev.lamina.dsl.Dense;
import dev.lamina.dsl.EarlyStopping;
import dev.lamina.dsl.Flatten;
import dev.lamina.dsl.Model;
import dev.lamina.dsl.Optimizer;
import dev.lamina.runtime.layer.Layer;

/**
 * The chapter's default DNN configuration: the preset fills in ELU and He normal where a layer
 * sets neither; a layer's own settings win, and a Dense layer followed by BatchNorm and an
 * activation layer keeps LINEAR.
 */
@Model(input = {28, 28}, loss = SPARSE_CATEGORICAL_CROSSENTROPY, metrics = ACCURACY, preset = DEFAULT_DNN)
@Optimizer(value = NADAM, schedule = ONE_CYCLE)
@EarlyStopping(patience = 10, restoreBest = true)
public interface DefaultDnnPreset {
    @Flatten                                          Layer flatten();
    @Dense(units = 300)                               Layer hidden1();
    @Dense(units = 200, act = RELU)                   Layer hidden2();
    @Dense(units = 100, useBias = false)              Layer hidden3();
    @BatchNorm                                        Layer bn3();
    @ActivationLayer(SWISH)                           Layer swish3();
    @Dense(units = 10, act = SOFTMAX)                 Layer output();
}
