package dev.lamina.samples;

import static dev.lamina.dsl.Activation.SELU;
import static dev.lamina.dsl.Activation.SOFTMAX;
import static dev.lamina.dsl.Init.LECUN_NORMAL;

import dev.lamina.dsl.Dense;
import dev.lamina.dsl.Flatten;
import dev.lamina.dsl.Loss;
import dev.lamina.dsl.Metric;
import dev.lamina.dsl.Model;
import dev.lamina.dsl.Optimizer;
import dev.lamina.dsl.OptimizerKind;
import dev.lamina.dsl.Standardize;
import dev.lamina.runtime.layer.Layer;

/**
 * The chapter's self-normalizing experiment: 100 hidden layers of 100 SELU units with LeCun normal
 * initialization on standardized inputs, trained with SGD (learning rate 0.001, momentum 0.9).
 * Without Batch Normalization the activations keep a mean near 0 and a standard deviation near 1
 * through all 100 layers.
 */
@Model(input = {28, 28}, loss = Loss.SPARSE_CATEGORICAL_CROSSENTROPY, metrics = Metric.ACCURACY)
@Optimizer(value = OptimizerKind.SGD, learningRate = 0.001, momentum = 0.9)
public interface FashionSeluDeep {
    @Standardize Layer standardize();
    @Flatten     Layer flatten();
    @Dense(units = 100, act = SELU, init = LECUN_NORMAL) Layer hidden1();
    @Dense(units = 100, act = SELU, init = LECUN_NORMAL) Layer hidden2();
    @Dense(units = 100, act = SELU, init = LECUN_NORMAL) Layer hidden3();
    @Dense(units = 100, act = SELU, init = LECUN_NORMAL) Layer hidden4();
    @Dense(units = 100, act = SELU, init = LECUN_NORMAL) Layer hidden5();
    @Dense(units = 100, act = SELU, init = LECUN_NORMAL) Layer hidden6();
    @Dense(units = 100, act = SELU, init = LECUN_NORMAL) Layer hidden7();
    @Dense(units = 100, act = SELU, init = LECUN_NORMAL) Layer hidden8();
    @Dense(units = 100, act = SELU, init = LECUN_NORMAL) Layer hidden9();
    @Dense(units = 100, act = SELU, init = LECUN_NORMAL) Layer hidden10();
    @Dense(units = 100, act = SELU, init = LECUN_NORMAL) Layer hidden11();
    @Dense(units = 100, act = SELU, init = LECUN_NORMAL) Layer hidden12();
    @Dense(units = 100, act = SELU, init = LECUN_NORMAL) Layer hidden13();
    @Dense(units = 100, act = SELU, init = LECUN_NORMAL) Layer hidden14();
    @Dense(units = 100, act = SELU, init = LECUN_NORMAL) Layer hidden15();
    @Dense(units = 100, act = SELU, init = LECUN_NORMAL) Layer hidden16();
    @Dense(units = 100, act = SELU, init = LECUN_NORMAL) Layer hidden17();
    @Dense(units = 100, act = SELU, init = LECUN_NORMAL) Layer hidden18();
    @Dense(units = 100, act = SELU, init = LECUN_NORMAL) Layer hidden19();
    @Dense(units = 100, act = SELU, init = LECUN_NORMAL) Layer hidden20();
    @Dense(units = 100, act = SELU, init = LECUN_NORMAL) Layer hidden21();
    @Dense(units = 100, act = SELU, init = LECUN_NORMAL) Layer hidden22();
    @Dense(units = 100, act = SELU, init = LECUN_NORMAL) Layer hidden23();
    @Dense(units = 100, act = SELU, init = LECUN_NORMAL) Layer hidden24();
    @Dense(units = 100, act = SELU, init = LECUN_NORMAL) Layer hidden25();
    @Dense(units = 100, act = SELU, init = LECUN_NORMAL) Layer hidden26();
    @Dense(units = 100, act = SELU, init = LECUN_NORMAL) Layer hidden27();
    @Dense(units = 100, act = SELU, init = LECUN_NORMAL) Layer hidden28();
    @Dense(units = 100, act = SELU, init = LECUN_NORMAL) Layer hidden29();
    @Dense(units = 100, act = SELU, init = LECUN_NORMAL) Layer hidden30();
    @Dense(units = 100, act = SELU, init = LECUN_NORMAL) Layer hidden31();
    @Dense(units = 100, act = SELU, init = LECUN_NORMAL) Layer hidden32();
    @Dense(units = 100, act = SELU, init = LECUN_NORMAL) Layer hidden33();
    @Dense(units = 100, act = SELU, init = LECUN_NORMAL) Layer hidden34();
    @Dense(units = 100, act = SELU, init = LECUN_NORMAL) Layer hidden35();
    @Dense(units = 100, act = SELU, init = LECUN_NORMAL) Layer hidden36();
    @Dense(units = 100, act = SELU, init = LECUN_NORMAL) Layer hidden37();
    @Dense(units = 100, act = SELU, init = LECUN_NORMAL) Layer hidden38();
    @Dense(units = 100, act = SELU, init = LECUN_NORMAL) Layer hidden39();
    @Dense(units = 100, act = SELU, init = LECUN_NORMAL) Layer hidden40();
    @Dense(units = 100, act = SELU, init = LECUN_NORMAL) Layer hidden41();
    @Dense(units = 100, act = SELU, init = LECUN_NORMAL) Layer hidden42();
    @Dense(units = 100, act = SELU, init = LECUN_NORMAL) Layer hidden43();
    @Dense(units = 100, act = SELU, init = LECUN_NORMAL) Layer hidden44();
    @Dense(units = 100, act = SELU, init = LECUN_NORMAL) Layer hidden45();
    @Dense(units = 100, act = SELU, init = LECUN_NORMAL) Layer hidden46();
    @Dense(units = 100, act = SELU, init = LECUN_NORMAL) Layer hidden47();
    @Dense(units = 100, act = SELU, init = LECUN_NORMAL) Layer hidden48();
    @Dense(units = 100, act = SELU, init = LECUN_NORMAL) Layer hidden49();
    @Dense(units = 100, act = SELU, init = LECUN_NORMAL) Layer hidden50();
    @Dense(units = 100, act = SELU, init = LECUN_NORMAL) Layer hidden51();
    @Dense(units = 100, act = SELU, init = LECUN_NORMAL) Layer hidden52();
    @Dense(units = 100, act = SELU, init = LECUN_NORMAL) Layer hidden53();
    @Dense(units = 100, act = SELU, init = LECUN_NORMAL) Layer hidden54();
    @Dense(units = 100, act = SELU, init = LECUN_NORMAL) Layer hidden55();
    @Dense(units = 100, act = SELU, init = LECUN_NORMAL) Layer hidden56();
    @Dense(units = 100, act = SELU, init = LECUN_NORMAL) Layer hidden57();
    @Dense(units = 100, act = SELU, init = LECUN_NORMAL) Layer hidden58();
    @Dense(units = 100, act = SELU, init = LECUN_NORMAL) Layer hidden59();
    @Dense(units = 100, act = SELU, init = LECUN_NORMAL) Layer hidden60();
    @Dense(units = 100, act = SELU, init = LECUN_NORMAL) Layer hidden61();
    @Dense(units = 100, act = SELU, init = LECUN_NORMAL) Layer hidden62();
    @Dense(units = 100, act = SELU, init = LECUN_NORMAL) Layer hidden63();
    @Dense(units = 100, act = SELU, init = LECUN_NORMAL) Layer hidden64();
    @Dense(units = 100, act = SELU, init = LECUN_NORMAL) Layer hidden65();
    @Dense(units = 100, act = SELU, init = LECUN_NORMAL) Layer hidden66();
    @Dense(units = 100, act = SELU, init = LECUN_NORMAL) Layer hidden67();
    @Dense(units = 100, act = SELU, init = LECUN_NORMAL) Layer hidden68();
    @Dense(units = 100, act = SELU, init = LECUN_NORMAL) Layer hidden69();
    @Dense(units = 100, act = SELU, init = LECUN_NORMAL) Layer hidden70();
    @Dense(units = 100, act = SELU, init = LECUN_NORMAL) Layer hidden71();
    @Dense(units = 100, act = SELU, init = LECUN_NORMAL) Layer hidden72();
    @Dense(units = 100, act = SELU, init = LECUN_NORMAL) Layer hidden73();
    @Dense(units = 100, act = SELU, init = LECUN_NORMAL) Layer hidden74();
    @Dense(units = 100, act = SELU, init = LECUN_NORMAL) Layer hidden75();
    @Dense(units = 100, act = SELU, init = LECUN_NORMAL) Layer hidden76();
    @Dense(units = 100, act = SELU, init = LECUN_NORMAL) Layer hidden77();
    @Dense(units = 100, act = SELU, init = LECUN_NORMAL) Layer hidden78();
    @Dense(units = 100, act = SELU, init = LECUN_NORMAL) Layer hidden79();
    @Dense(units = 100, act = SELU, init = LECUN_NORMAL) Layer hidden80();
    @Dense(units = 100, act = SELU, init = LECUN_NORMAL) Layer hidden81();
    @Dense(units = 100, act = SELU, init = LECUN_NORMAL) Layer hidden82();
    @Dense(units = 100, act = SELU, init = LECUN_NORMAL) Layer hidden83();
    @Dense(units = 100, act = SELU, init = LECUN_NORMAL) Layer hidden84();
    @Dense(units = 100, act = SELU, init = LECUN_NORMAL) Layer hidden85();
    @Dense(units = 100, act = SELU, init = LECUN_NORMAL) Layer hidden86();
    @Dense(units = 100, act = SELU, init = LECUN_NORMAL) Layer hidden87();
    @Dense(units = 100, act = SELU, init = LECUN_NORMAL) Layer hidden88();
    @Dense(units = 100, act = SELU, init = LECUN_NORMAL) Layer hidden89();
    @Dense(units = 100, act = SELU, init = LECUN_NORMAL) Layer hidden90();
    @Dense(units = 100, act = SELU, init = LECUN_NORMAL) Layer hidden91();
    @Dense(units = 100, act = SELU, init = LECUN_NORMAL) Layer hidden92();
    @Dense(units = 100, act = SELU, init = LECUN_NORMAL) Layer hidden93();
    @Dense(units = 100, act = SELU, init = LECUN_NORMAL) Layer hidden94();
    @Dense(units = 100, act = SELU, init = LECUN_NORMAL) Layer hidden95();
    @Dense(units = 100, act = SELU, init = LECUN_NORMAL) Layer hidden96();
    @Dense(units = 100, act = SELU, init = LECUN_NORMAL) Layer hidden97();
    @Dense(units = 100, act = SELU, init = LECUN_NORMAL) Layer hidden98();
    @Dense(units = 100, act = SELU, init = LECUN_NORMAL) Layer hidden99();
    @Dense(units = 100, act = SELU, init = LECUN_NORMAL) Layer hidden100();
    @Dense(units = 10, act = SOFTMAX) Layer output();
}
