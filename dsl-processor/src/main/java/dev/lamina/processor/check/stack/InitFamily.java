package dev.lamina.processor.check.stack;

import dev.lamina.dsl.FanMode;
import dev.lamina.processor.annotation.AttributeNames;
import dev.lamina.processor.check.Describe;
import dev.lamina.processor.spec.VarianceScalingSpec;
import dev.lamina.processor.spec.layer.DenseSpec;

/**
 * A Dense kernel initializer by the activations the chapter pairs it with. A
 * {@code @VarianceScaling} counts by its fan and scale: fan_in with scale 2 is He, fan_in with
 * scale 1 is LeCun, fan_avg with scale 1 is Glorot; any other (such as the chapter's He with
 * fan_avg, scale 2 over the average fan) is a deliberate choice the rules do not judge.
 */
enum InitFamily {
    GLOROT("Glorot"),
    HE("He"),
    LECUN("LeCun"),
    /** Zeros, ones, orthogonal, or a variance scaling that is none of the three. */
    OTHER("another initializer");

    private static final double TOLERANCE = 1e-9;

    private final String title;

    InitFamily(String title) {
        this.title = title;
    }

    /** The chapter's name: "He". */
    String title() {
        return title;
    }

    static InitFamily of(DenseSpec dense) {
        if (dense.varianceScaling().isPresent()) {
            return of(dense.varianceScaling().get());
        }
        return switch (dense.init()) {
            case GLOROT_UNIFORM, GLOROT_NORMAL, GLOROT -> GLOROT;
            case HE_NORMAL, HE_UNIFORM, HE -> HE;
            case LECUN_NORMAL, LECUN_UNIFORM, LECUN -> LECUN;
            case ZEROS, ONES, ORTHOGONAL -> OTHER;
        };
    }

    private static InitFamily of(VarianceScalingSpec scaling) {
        if (scaling.mode() == FanMode.FAN_IN && Math.abs(scaling.scale() - 2) < TOLERANCE) {
            return HE;
        }
        if (scaling.mode() == FanMode.FAN_IN && Math.abs(scaling.scale() - 1) < TOLERANCE) {
            return LECUN;
        }
        if (scaling.mode() == FanMode.FAN_AVG && Math.abs(scaling.scale() - 1) < TOLERANCE) {
            return GLOROT;
        }
        return OTHER;
    }

    /**
     * The initializer as the user wrote it: {@code init = GLOROT_UNIFORM (the default)}, or the
     * {@code @VarianceScaling}.
     */
    static String describe(DenseSpec dense) {
        if (dense.varianceScaling().isPresent()) {
            VarianceScalingSpec scaling = dense.varianceScaling().get();
            return "@VarianceScaling(scale = " + scaling.scale() + ", mode = " + scaling.mode() + ")";
        }
        String origin = Describe.fromDefaults(dense, AttributeNames.Dense.INIT);
        if (origin.isEmpty() && !dense.source().isExplicit(AttributeNames.Dense.INIT)) {
            origin = " (the default)";
        }
        return "init = " + dense.init() + origin;
    }
}
