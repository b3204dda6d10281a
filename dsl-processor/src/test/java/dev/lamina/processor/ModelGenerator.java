package dev.lamina.processor;

import dev.lamina.dsl.Activation;
import dev.lamina.dsl.Init;
import dev.lamina.dsl.Loss;
import dev.lamina.dsl.Metric;
import dev.lamina.dsl.OptimizerKind;
import dev.lamina.dsl.Preset;
import dev.lamina.dsl.ScheduleKind;
import dev.lamina.dsl.Target;
import java.util.Random;
import java.util.StringJoiner;

/**
 * Writes random model declarations that compile as Java, valid and invalid as models: every
 * annotation and attribute the DSL has, with values in range and out of it, layers in a sensible
 * order and in any order, shared interfaces of layers, methods that are not layers. Enum
 * attributes draw from the enums' own constants, so a constant added to the DSL is fuzzed too.
 * Deterministic for a seed.
 */
final class ModelGenerator {
    private static final String[] UNITS = {"-1", "0", "1", "1", "2", "3", "10", "10", "30", "300"};
    private static final String[] RATES = {"-1.0", "0.0", "1e-3", "0.01", "0.2", "0.5", "0.9", "0.99", "1.0", "2.0",
        "1e308", "Double.NaN", "Double.POSITIVE_INFINITY"};
    private static final String[] COUNTS = {"-1", "0", "1", "3", "10", "1000000"};
    private static final String[] INPUTS = {"{28, 28}", "{28, 28}", "{8}", "{8}", "{4}", "{}", "{0}", "{-1, 28, 28}",
        "{100000, 100000}", "{2, 3, 4}"};
    private static final String[] MONITORS = {"\"val_loss\"", "\"loss\"", "\"accuracy\"", "\"val_accuracy\"",
        "\"nonsense\""};

    private final Random random;

    ModelGenerator(long seed) {
        this.random = new Random(seed);
    }

    /**
     * An interface of layers, {@code name}, for models to reuse: half of the time well-formed (a
     * Flatten, then Dense layers with units), otherwise anything.
     */
    String body(String name) {
        String prefix = name.toLowerCase();
        if (chance(0.5)) {
            return header() + "interface " + name + " {\n    @Flatten Layer " + prefix + "flatten();\n"
                    + "    " + dense("30", Activation.RELU) + " Layer " + prefix + "dense();\n}\n";
        }
        return header() + "interface " + name + " {\n" + layers(prefix, 1 + random.nextInt(4), false) + "}\n";
    }

    /**
     * A model {@code name}, reusing the layers of {@code body} when it is not null: a third of the
     * time a well-formed one (a valid input, layers in a sensible order with values in range, the
     * output layer its loss needs), so that many models reach the rules that run last; otherwise
     * anything.
     */
    String model(String name, String body) {
        return chance(0.35) ? wellFormedModel(name, body) : anyModel(name, body);
    }

    private String wellFormedModel(String name, String body) {
        Loss loss = pick(Loss.values());
        String input = pick(new String[] {"{28, 28}", "{8}", "{4}"});
        StringBuilder source = new StringBuilder(header());
        source.append("@Model(input = ").append(input).append(", loss = Loss.").append(loss).append(")\n");
        if (chance(0.5)) {
            source.append("@Optimizer(value = OptimizerKind.").append(pick(OptimizerKind.values()))
                    .append(", learningRate = 1e-3)\n");
        }
        source.append("interface ").append(name).append(body == null ? "" : " extends " + body).append(" {\n");
        if (input.contains(",")) {
            source.append("    @Flatten Layer flatten();\n");
        }
        for (int i = 0, count = random.nextInt(4); i < count; i++) {
            String layer = switch (random.nextInt(4)) {
                case 0 -> "@BatchNorm";
                case 1 -> "@Dropout(0.2)";
                default -> dense(pick(new String[] {"10", "30", "300"}),
                        pick(new Activation[] {Activation.RELU, Activation.ELU, Activation.SELU, Activation.TANH}));
            };
            source.append("    ").append(layer).append(" Layer l").append(i).append("();\n");
        }
        String output = switch (loss) {
            case SPARSE_CATEGORICAL_CROSSENTROPY -> "@Dense(units = 10, act = Activation.SOFTMAX)";
            case BINARY_CROSSENTROPY -> "@Dense(units = 1, act = Activation.SIGMOID)";
            default -> "@Dense(units = 1)";
        };
        return source.append("    ").append(output).append(" Layer output();\n}\n").toString();
    }

    private String anyModel(String name, String body) {
        StringBuilder source = new StringBuilder(header());
        source.append(modelAnnotation()).append('\n');
        if (chance(0.5)) {
            source.append(optimizer()).append('\n');
        }
        if (chance(0.3)) {
            source.append(schedule()).append('\n');
        }
        if (chance(0.2)) {
            source.append("@EarlyStopping(monitor = ").append(pick(MONITORS)).append(", patience = ")
                    .append(pick(COUNTS)).append(")\n");
        }
        if (chance(0.1)) {
            source.append("@DenseDefaults(act = Activation.").append(pick(Activation.values())).append(", l2 = ")
                    .append(pick(RATES)).append(")\n");
        }
        if (body != null && chance(0.1)) {
            source.append("@Frozen\n");
        }
        boolean abstractClass = chance(0.03);
        source.append(abstractClass ? "abstract class " : "interface ").append(name)
                .append(body == null ? "" : (abstractClass ? " implements " : " extends ") + body).append(" {\n");
        source.append(layers("l", random.nextInt(5), abstractClass));
        if (chance(0.9)) {
            source.append(abstractClass ? "    abstract " : "    ").append(outputLayer()).append('\n');
        }
        return source.append("}\n").toString();
    }

    private static String header() {
        return "package fuzz;\n\nimport dev.lamina.dsl.*;\nimport dev.lamina.runtime.layer.Layer;\n"
                + "import java.util.List;\n\n";
    }

    private String modelAnnotation() {
        StringJoiner attributes = new StringJoiner(", ", "@Model(", ")");
        attributes.add("input = " + pick(INPUTS));
        attributes.add("loss = Loss." + pick(Loss.values()));
        if (chance(0.4)) {
            attributes.add("metrics = Metric." + pick(Metric.values()));
        }
        if (chance(0.15)) {
            attributes.add("target = Target." + pick(Target.values()));
        }
        if (chance(0.15)) {
            attributes.add("preset = Preset." + pick(Preset.values()));
        }
        return attributes.toString();
    }

    private String optimizer() {
        StringJoiner attributes = new StringJoiner(", ", "@Optimizer(", ")");
        attributes.add("value = OptimizerKind." + pick(OptimizerKind.values()));
        String[] names = {"learningRate", "momentum", "rho", "beta1", "beta2", "epsilon", "clipNorm", "clipValue",
            "globalClipNorm", "weightDecay", "initialAccumulator"};
        for (String attribute : names) {
            if (chance(0.12)) {
                attributes.add(attribute + " = " + pick(RATES));
            }
        }
        if (chance(0.1)) {
            attributes.add("nesterov = true");
        }
        if (chance(0.15)) {
            attributes.add("schedule = ScheduleKind." + pick(ScheduleKind.values()));
        }
        return attributes.toString();
    }

    private String schedule() {
        StringJoiner attributes = new StringJoiner(", ", "@Schedule(", ")");
        attributes.add("value = ScheduleKind." + pick(ScheduleKind.values()));
        String[] names = {"initialRate", "decayRate", "decaySteps", "power", "alpha", "warmupSteps", "warmupTarget",
            "maxRate", "startRate", "lastRate", "lastFraction", "factor", "minDelta", "minRate"};
        for (String attribute : names) {
            if (chance(0.15)) {
                attributes.add(attribute + " = " + pick(RATES));
            }
        }
        if (chance(0.15)) {
            attributes.add("boundaries = {" + pick(RATES) + ", " + pick(RATES) + "}");
        }
        if (chance(0.15)) {
            attributes.add("values = {" + pick(RATES) + ", " + pick(RATES) + ", " + pick(RATES) + "}");
        }
        if (chance(0.1)) {
            attributes.add("monitor = " + pick(MONITORS));
        }
        if (chance(0.1)) {
            attributes.add("per = Granularity." + (chance(0.5) ? "EPOCH" : "STEP"));
        }
        return attributes.toString();
    }

    /** {@code count} layer methods named {@code prefix0, prefix1, ...}. */
    private String layers(String prefix, int count, boolean abstractClass) {
        StringBuilder methods = new StringBuilder();
        for (int i = 0; i < count; i++) {
            methods.append(abstractClass ? "    abstract " : "    ").append(layer(prefix + i)).append('\n');
        }
        return methods.toString();
    }

    /** One method: mostly one layer, sometimes repeated, frozen, regularized, or not a layer at all. */
    private String layer(String name) {
        StringBuilder method = new StringBuilder();
        boolean repeated = chance(0.1);
        if (repeated) {
            method.append("@Repeat(").append(pick(new String[] {"-1", "0", "1", "3"})).append(") ");
        }
        if (chance(0.05)) {
            method.append("@Frozen ");
        }
        String first = chance(0.04) ? "" : layerAnnotation();
        method.append(first).append(' ');
        if (chance(0.03)) {
            // A second layer annotation, of another type: Java does not repeat them.
            String second = layerAnnotation();
            while (annotationType(second).equals(annotationType(first))) {
                second = layerAnnotation();
            }
            method.append(second).append(' ');
        }
        if (chance(0.08)) {
            method.append(weightAnnotation()).append(' ');
        }
        String type = repeated != chance(0.05) ? "List<Layer>" : "Layer";
        return method.append(type).append(' ').append(name).append("();").toString();
    }

    private String layerAnnotation() {
        return switch (random.nextInt(14)) {
            case 0, 1, 2, 3, 4 -> dense(pick(UNITS), pick(Activation.values()));
            case 5 -> "@Flatten";
            case 6 -> "@BatchNorm(momentum = " + pick(RATES) + ")";
            case 7 -> "@BatchNorm";
            case 8 -> "@Dropout(" + pick(RATES) + ")";
            case 9 -> "@AlphaDropout(" + pick(RATES) + ")";
            case 10 -> "@ActivationLayer(Activation." + pick(Activation.values()) + ")";
            case 11 -> "@LeakyReLU(slope = " + pick(RATES) + ")";
            case 12 -> chance(0.5) ? "@PReLU(sharedAxes = {" + pick(new String[] {"0", "1", "2", "5"}) + "})"
                    : "@RReLU(lower = " + pick(RATES) + ", upper = " + pick(RATES) + ")";
            default -> "@Standardize";
        };
    }

    private String dense(String units, Activation activation) {
        StringJoiner attributes = new StringJoiner(", ", "@Dense(", ")");
        attributes.add("units = " + units);
        attributes.add("act = Activation." + activation);
        if (chance(0.6)) {
            attributes.add("init = Init." + pick(Init.values()));
        }
        if (chance(0.1)) {
            attributes.add("useBias = false");
        }
        if (chance(0.05)) {
            attributes.add("biasInit = Init." + pick(Init.values()));
        }
        return attributes.toString();
    }

    private String weightAnnotation() {
        String on = chance(0.7) ? "" : ", on = WeightTarget." + pick(new String[] {"KERNEL", "BIAS", "ALPHA"});
        return switch (random.nextInt(4)) {
            case 0 -> "@L2(value = " + pick(RATES) + on + ")";
            case 1 -> "@L1(value = " + pick(RATES) + on + ")";
            case 2 -> "@MaxNorm(value = " + pick(RATES) + on + ")";
            default -> "@VarianceScaling(scale = " + pick(RATES) + ")";
        };
    }

    /** Mostly a Dense output fitting some loss, so that the rules past the output layer run too. */
    private String outputLayer() {
        if (chance(0.1)) {
            return layer("output");
        }
        String output = switch (random.nextInt(3)) {
            case 0 -> dense("10", Activation.SOFTMAX);
            case 1 -> dense("1", Activation.SIGMOID);
            default -> dense(pick(new String[] {"1", "784", "8"}), Activation.LINEAR);
        };
        return output + " Layer output();";
    }

    /** "@Dense" of "@Dense(units = 1)". */
    private static String annotationType(String annotation) {
        int parenthesis = annotation.indexOf('(');
        return parenthesis < 0 ? annotation : annotation.substring(0, parenthesis);
    }

    private boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }
}
