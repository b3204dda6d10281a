package dev.lamina.runtime.train;

import dev.lamina.runtime.io.SaveManifest;
import dev.lamina.runtime.layer.Weight;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.tensorflow.GraphOperation;

/**
 * Whether a save fits a model, checked before anything is loaded: the same layer variables (names
 * and shapes, in order) and, to restore the training state, the same optimizer with the same
 * state variables. Each failure names what differs on both sides and what to do instead.
 */
final class SaveCompatibility {
    private static final String SLOT_SCOPE = "optimizer/";
    /** The step counter lives under {@code optimizer/} but every optimizer has it. */
    private static final String STEP_COUNTER = "optimizer/iterations";

    private SaveCompatibility() {}

    /** The optimizer's kind and its state variables in {@code model}'s graph, as a manifest records them. */
    static SaveManifest.OptimizerState optimizerState(ModelSession model, String kind) {
        List<String> slots = new ArrayList<>();
        for (Iterator<GraphOperation> ops = model.graph().operations(); ops.hasNext(); ) {
            GraphOperation op = ops.next();
            if (op.type().startsWith("Variable") && op.name().startsWith(SLOT_SCOPE) && !op.name().equals(STEP_COUNTER)) {
                slots.add(op.name().substring(SLOT_SCOPE.length()));
            }
        }
        slots.sort(null);
        return new SaveManifest.OptimizerState(kind, List.copyOf(slots));
    }

    /** Fails unless the save's optimizer state is the one {@code mine} describes. */
    static void checkSameOptimizer(SaveManifest.OptimizerState mine, SaveManifest manifest, Path directory, String name) {
        SaveManifest.OptimizerState theirs = manifest.optimizer();
        if (theirs.kind().equals(mine.kind()) && theirs.slots().equals(mine.slots())) {
            return;
        }
        throw new IllegalArgumentException("The save at " + directory.toAbsolutePath() + " holds the state of "
                + describe(theirs) + ", but " + name + " trains with " + describe(mine) + ", so its training cannot be"
                + " resumed from it. To load the weights alone and start the optimizer afresh, call"
                + " restoreWeights(directory). Nothing was loaded.");
    }

    /** Fails unless the save holds {@code mine}'s layer variables, in order, with the same shapes. */
    static void checkSameVariables(List<Weight> mine, SaveManifest manifest, Path directory, String name) {
        List<SaveManifest.SavedVariable> saved = manifest.variables();
        for (int i = 0; i < Math.max(saved.size(), mine.size()); i++) {
            Weight ours = i < mine.size() ? mine.get(i) : null;
            SaveManifest.SavedVariable theirs = i < saved.size() ? saved.get(i) : null;
            if (ours == null || theirs == null || !ours.path().equals(theirs.path())
                    || !Arrays.equals(ours.shape().asArray(), theirs.shape())) {
                String path = ours != null ? ours.path() : theirs.path();
                throw new IllegalArgumentException("The save at " + directory.toAbsolutePath() + " was made by "
                        + manifest.model() + ", whose layers differ from " + name + "'s at layer '"
                        + path.substring(0, path.indexOf('/')) + "': the save has "
                        + (theirs == null ? "nothing" : theirs.path() + " " + Arrays.toString(theirs.shape()))
                        + ", this model has "
                        + (ours == null ? "nothing" : ours.path() + " " + Arrays.toString(ours.shape().asArray()))
                        + ". Nothing was loaded.");
            }
        }
    }

    /** "Adam (state: m, v per weight)", "Sgd (no state)". */
    private static String describe(SaveManifest.OptimizerState optimizer) {
        List<String> kinds = optimizer.slots().stream().map(slot -> slot.substring(slot.lastIndexOf('/') + 1))
                .distinct().toList();
        return optimizer.kind() + (kinds.isEmpty() ? " (no state)" : " (state: " + String.join(", ", kinds)
                + " per weight)");
    }
}
