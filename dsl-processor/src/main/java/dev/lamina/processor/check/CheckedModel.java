package dev.lamina.processor.check;

import dev.lamina.processor.spec.ModelSpec;
import java.util.List;

/**
 * A model the checker found no error in, with the shapes it inferred. Only the {@link Checker}
 * can make one, and the generator takes nothing else: code is never generated from a model that
 * was not checked.
 */
public final class CheckedModel {
    private final ModelSpec spec;
    private final List<LayerShape> shapes;

    CheckedModel(ModelSpec spec, List<LayerShape> shapes) {
        this.spec = spec;
        this.shapes = List.copyOf(shapes);
    }

    /** The model. */
    public ModelSpec spec() {
        return spec;
    }

    /** Each layer's input and output shape, in layer order. */
    public List<LayerShape> shapes() {
        return shapes;
    }
}
