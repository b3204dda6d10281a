package dev.lamina.runtime.train;

import dev.lamina.runtime.io.Replace;
import dev.lamina.runtime.io.SaveDirectory;
import dev.lamina.runtime.io.SaveManifest;
import dev.lamina.runtime.io.StateArrays;
import dev.lamina.runtime.layer.Weight;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.tensorflow.GraphOperation;
import org.tensorflow.Operand;
import org.tensorflow.Session;
import org.tensorflow.Signature;
import org.tensorflow.op.Ops;
import org.tensorflow.op.train.Restore;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.family.TType;

/**
 * Saves, restores, transfers and exports a model's variables: the TensorFlow side of
 * {@link SequentialModel#save}, {@link SequentialModel#restore}, {@link SequentialModel#transferFrom}
 * and {@link SequentialModel#exportSavedModel}. A save is a {@link SaveDirectory} whose current
 * version holds a TensorFlow checkpoint ({@value #CHECKPOINT}{@code .index},
 * {@value #CHECKPOINT}{@code .data-*}) and the manifest. Before anything is loaded, the save is
 * checked to fit the model: the same layer variables (names and shapes, in order) and, to restore
 * the training state, the same optimizer with the same state variables; each failure names what
 * differs on both sides and what to do instead.
 */
final class Checkpoints {
    /** The checkpoint's file prefix inside a save directory. */
    static final String CHECKPOINT = "variables";
    /** Where the optimizer's state variables are ({@code optimizer/hidden1/kernel/m}). */
    private static final String SLOT_SCOPE = "optimizer/";
    /** The step counter lives under {@code optimizer/} but every optimizer has it. */
    private static final String STEP_COUNTER = "optimizer/iterations";

    private Checkpoints() {}

    /**
     * Writes every variable of the graph (the saver saves them all) with the manifest, atomically.
     *
     * @param training what the manifest records besides the variables and the optimizer: the
     *     model's name, seed, counters, rate and fit progress ({@code optimizer} and
     *     {@code variables} are filled in here)
     */
    static void save(ModelSession model, Path directory, Replace replace, SaveManifest training, String optimizerKind,
            Map<String, Map<String, float[]>> fitArrays) {
        List<SaveManifest.SavedVariable> variables = model.ops().layerWeights().stream()
                .map(weight -> new SaveManifest.SavedVariable(weight.path(), weight.shape().asArray()))
                .toList();
        SaveManifest manifest = new SaveManifest(SaveManifest.FORMAT, training.model(), training.seed(),
                training.epochsCompleted(), training.learningRate(), optimizerState(model, optimizerKind),
                variables, training.fit(), Map.of(), training.classNames());
        SaveDirectory.write(directory, version -> {
            model.saveCheckpoint(version.resolve(CHECKPOINT).toString());
            StateArrays.write(version, fitArrays);
        }, manifest, replace);
    }

    /** Verifies the save (checksums, same layers and shapes, same optimizer), then restores every variable. */
    static SaveDirectory.Loaded restore(ModelSession model, Path directory, String name, String optimizerKind) {
        SaveDirectory.Loaded save = SaveDirectory.read(directory);
        checkSameVariables(model.ops().layerWeights(), save.manifest(), directory, name);
        checkSameOptimizer(optimizerState(model, optimizerKind), save.manifest(),
                directory, name);
        model.restoreCheckpoint(save.files().resolve(CHECKPOINT).toString());
        return save;
    }

    /** Verifies the save (checksums, same layers and shapes), then copies every layer variable, nothing else. */
    static SaveManifest restoreWeights(ModelSession model, Path directory, String name) {
        SaveDirectory.Loaded save = SaveDirectory.read(directory);
        checkSameVariables(model.ops().layerWeights(), save.manifest(), directory, name);
        copy(model, save.files(), model.ops().layerWeights());
        return save.manifest();
    }

    /**
     * Copies {@code targets} from the save by path. Every target is checked (present, same shape)
     * before anything is assigned.
     */
    static void transfer(ModelSession model, Path save, List<Weight> targets) {
        SaveDirectory.Loaded loaded = SaveDirectory.read(save);
        SaveManifest manifest = loaded.manifest();
        Map<String, long[]> saved = new java.util.LinkedHashMap<>();
        manifest.variables().forEach(variable -> saved.put(variable.path(), variable.shape()));
        for (Weight weight : targets) {
            long[] shape = saved.get(weight.path());
            if (shape == null || !Arrays.equals(shape, weight.shape().asArray())) {
                String layer = weight.path().substring(0, weight.path().indexOf('/'));
                throw new IllegalArgumentException("Cannot transfer layer '" + layer + "' from " + manifest.model()
                        + "'s save at " + save.toAbsolutePath() + ": "
                        + (shape == null ? "the save has no " + weight.path() + " (it has " + saved.keySet() + ")"
                        : "the save's " + weight.path() + " has shape " + Arrays.toString(shape) + ", this model's "
                        + Arrays.toString(weight.shape().asArray())) + ". Nothing was changed.");
            }
        }
        copy(model, loaded.files(), targets);
    }

    /** Assigns each of {@code targets} the tensor of the same path in the checkpoint in {@code files}. */
    private static void copy(ModelSession model, Path files, List<Weight> targets) {
        if (targets.isEmpty()) {
            return;
        }
        // RestoreV2 reads the named tensors of the checkpoint; each is then assigned to the variable
        // of the same path here (a subset of the save: Session.restore would demand all of it).
        Ops tf = model.newOps().withSubScope("transfer");
        String[] names = targets.stream().map(Weight::path).toArray(String[]::new);
        String[] slices = new String[names.length];
        Arrays.fill(slices, "");
        List<Class<? extends TType>> types = new ArrayList<>();
        targets.forEach(target -> types.add(TFloat32.class));
        Restore restore = tf.train.restore(tf.constant(files.resolve(CHECKPOINT).toAbsolutePath().toString()),
                tf.constant(StandardCharsets.UTF_8, names), tf.constant(StandardCharsets.UTF_8, slices), types);
        Session.Runner runner = model.runner();
        for (int i = 0; i < targets.size(); i++) {
            @SuppressWarnings("unchecked")
            Operand<TFloat32> value = (Operand<TFloat32>) restore.tensors().get(i);
            runner.addTarget(tf.assign(targets.get(i).variable(), value));
        }
        runner.run().close();
    }

    /** A SavedModel with the {@code serving_default} signature {@code x → probabilities}, written atomically. */
    static void exportSavedModel(ModelSession model, Path directory, Replace replace) {
        Signature signature = Signature.builder().key(Signature.DEFAULT_KEY)
                .input("x", model.ops().input()).output("probabilities", model.ops().inference().probabilities()).build();
        SaveDirectory.writeExport(directory, version -> model.exportSavedModel(version, signature), replace);
    }

    /** The optimizer's kind and its state variables in {@code model}'s graph, as a manifest records them. */
    private static SaveManifest.OptimizerState optimizerState(ModelSession model, String kind) {
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
    private static void checkSameOptimizer(SaveManifest.OptimizerState mine, SaveManifest manifest, Path directory, String name) {
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
    private static void checkSameVariables(List<Weight> mine, SaveManifest manifest, Path directory, String name) {
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
