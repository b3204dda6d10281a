package dev.lamina.processor.check.transfer;

import dev.lamina.processor.check.LayerShape;
import dev.lamina.processor.spec.ModelSpec;
import dev.lamina.processor.spec.layer.LayerSpec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What the models of one compilation give the layers they reuse: for each reused layer method,
 * each model's shape of its first weight. The checker adds every model of a round before it checks
 * any of them, so a model is compared with all the others of its round, whatever order javac hands
 * them over in, and with those of earlier rounds (which were checked already, so only the later
 * model hears of a difference). Models are kept by qualified name and listed in that order, so that
 * a message names them in the same order every time. Not thread-safe; a compilation processes its
 * models one at a time.
 */
public final class ReusedShapes {
    /** For each reused layer, each model's view of it, by the model's qualified name. */
    private final Map<ReusedLayer, TreeMap<String, View>> views = new HashMap<>();

    /** A layer method that models reuse: {@code p.FashionBody#hidden1}. */
    private record ReusedLayer(String declaringType, String method) {

        static ReusedLayer of(LayerSpec layer) {
            return new ReusedLayer(layer.declaration().declaringType().getQualifiedName().toString(), layer.name());
        }
    }

    /**
     * A reused layer as one model sees it.
     *
     * @param model the model's simple name, as messages name it
     * @param weight the layer's first weight in that model
     */
    private record View(String model, WeightShape weight) {}

    /**
     * A reused layer whose weight in one model differs from its weight in others.
     *
     * @param layer the layer, as the model checked declares it
     * @param here its first weight in the model checked
     * @param elsewhere each other shape of that weight, with the models (simple names) that give it
     */
    record Mismatch(LayerSpec layer, WeightShape here, Map<WeightShape, List<String>> elsewhere) {}

    /**
     * Adds {@code model}'s reused layers, replacing what it gave them before. Only for a model whose
     * shapes could be inferred (the checker's {@code Requirement.SHAPES}); any other is
     * {@linkplain #remove removed}.
     *
     * @param shapes each of the model's layers' input and output shapes, in layer order
     */
    public void add(ModelSpec model, List<LayerShape> shapes) {
        remove(model);
        String name = qualifiedName(model);
        reusedWeights(shapes).forEach((layer, weight) -> views.computeIfAbsent(ReusedLayer.of(layer),
                key -> new TreeMap<>()).put(name, new View(model.name(), weight)));
    }

    /** Forgets what {@code model} gave its reused layers: its shapes mean nothing yet. */
    public void remove(ModelSpec model) {
        String name = qualifiedName(model);
        views.values().forEach(byModel -> byModel.remove(name));
    }

    /** Each reused layer of {@code model}, in layer order, whose weight another model gives another shape. */
    List<Mismatch> mismatches(ModelSpec model, List<LayerShape> shapes) {
        String name = qualifiedName(model);
        List<Mismatch> mismatches = new ArrayList<>();
        reusedWeights(shapes).forEach((layer, here) -> {
            Map<WeightShape, List<String>> elsewhere = new LinkedHashMap<>();
            views.getOrDefault(ReusedLayer.of(layer), new TreeMap<>()).forEach((other, view) -> {
                if (!other.equals(name) && !view.weight().equals(here)) {
                    elsewhere.computeIfAbsent(view.weight(), weight -> new ArrayList<>()).add(view.model());
                }
            });
            if (!elsewhere.isEmpty()) {
                mismatches.add(new Mismatch(layer, here, elsewhere));
            }
        });
        return mismatches;
    }

    /** The first weight of each reused layer that has one, in layer order. */
    private static Map<LayerSpec, WeightShape> reusedWeights(List<LayerShape> shapes) {
        Map<LayerSpec, WeightShape> weights = new LinkedHashMap<>();
        for (LayerShape shape : shapes) {
            Optional<WeightShape> weight = WeightShape.of(shape);
            if (shape.layer().declaration().reused() && weight.isPresent()) {
                weights.put(shape.layer(), weight.get());
            }
        }
        return weights;
    }

    private static String qualifiedName(ModelSpec model) {
        return model.type().getQualifiedName().toString();
    }
}
