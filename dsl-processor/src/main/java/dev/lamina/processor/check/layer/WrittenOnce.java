package dev.lamina.processor.check.layer;

import dev.lamina.processor.spec.ConstraintSpec;
import dev.lamina.processor.spec.DenseDefaultsSpec;
import dev.lamina.processor.spec.LayerDeclaration;
import dev.lamina.processor.spec.ModelSpec;
import dev.lamina.processor.spec.RegularizerSpec;
import dev.lamina.processor.spec.Source;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.ExecutableElement;

/**
 * A model's regularizers and constraints where they are written: each layer method's own, and
 * {@code @DenseDefaults}' once, not again on every layer it reaches. A value out of range is then
 * reported once, on the annotation that must change.
 */
final class WrittenOnce {
    private WrittenOnce() {}

    static List<RegularizerSpec> regularizers(ModelSpec model) {
        List<RegularizerSpec> written = new ArrayList<>();
        model.denseDefaults().flatMap(DenseDefaultsSpec::kernelRegularizer).ifPresent(written::add);
        for (LayerDeclaration declaration : model.declarations()) {
            written.addAll(declaration.regularizers());
        }
        return written;
    }

    static List<ConstraintSpec> constraints(ModelSpec model) {
        List<ConstraintSpec> written = new ArrayList<>();
        model.denseDefaults().flatMap(DenseDefaultsSpec::kernelConstraint).ifPresent(written::add);
        for (LayerDeclaration declaration : model.declarations()) {
            written.addAll(declaration.constraints());
        }
        return written;
    }

    /** "Layer 'hidden1': " for an annotation on a layer method, "" for one on the model (its name says where). */
    static String where(Source source) {
        return source.element() instanceof ExecutableElement method ? "Layer '" + method.getSimpleName() + "': " : "";
    }
}
