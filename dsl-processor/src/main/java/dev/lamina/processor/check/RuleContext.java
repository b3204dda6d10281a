package dev.lamina.processor.check;

import dev.lamina.processor.check.transfer.ReusedShapes;
import java.util.List;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * What rules may use besides the model.
 *
 * @param types the compiler's type utilities
 * @param elements the compiler's element utilities
 * @param runtime the runtime's classes, as the user's compilation sees them
 * @param shapes each layer's input and output shape, in layer order
 * @param reusedShapes the shapes the other models of the compilation give the layers they reuse
 */
public record RuleContext(Types types, Elements elements, RuntimeTypes runtime, List<LayerShape> shapes,
        ReusedShapes reusedShapes) {

    public RuleContext {
        shapes = List.copyOf(shapes);
    }
}
