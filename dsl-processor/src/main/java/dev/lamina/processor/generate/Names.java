package dev.lamina.processor.generate;

import com.palantir.javapoet.ClassName;
import dev.lamina.processor.spec.RuntimeType;

/** The classes generated code names that the processor does not depend on: the runtime's and TensorFlow's. */
final class Names {
    private Names() {}

    /** The processor, as {@code @Generated} names it. */
    static final String GENERATOR = "dev.lamina.processor.LaminaProcessor";

    static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");
    static final ClassName OPERAND = ClassName.get("org.tensorflow", "Operand");
    static final ClassName OPS = ClassName.get("org.tensorflow.op", "Ops");
    static final ClassName TFLOAT32 = ClassName.get("org.tensorflow.types", "TFloat32");

    static ClassName of(RuntimeType type) {
        return ClassName.get(type.packageName(), type.simpleName());
    }
}
