package dev.lamina.runtime.train;

import dev.lamina.runtime.io.SaveDirectory;
import dev.lamina.runtime.io.SaveManifest;
import dev.lamina.runtime.layer.Weight;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
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
 * and {@link SequentialModel#exportSavedModel}. A save is a {@link SaveDirectory}: a TensorFlow
 * checkpoint ({@value #CHECKPOINT}{@code .index}, {@value #CHECKPOINT}{@code .data-*}) and the
 * manifest.
 */
final class Checkpoints {
    /** The checkpoint's file prefix inside a save directory. */
    static final String CHECKPOINT = "variables";

    private Checkpoints() {}

    /** Writes every variable of the graph (the saver saves them all) with the manifest, atomically. */
    static void save(ModelSession model, Path directory, String name, long seed, int epochsCompleted,
            List<String> classNames) {
        List<SaveManifest.SavedVariable> variables = model.ops().layerWeights().stream()
                .map(weight -> new SaveManifest.SavedVariable(weight.path(), weight.shape().asArray()))
                .toList();
        SaveManifest manifest = new SaveManifest(SaveManifest.FORMAT, name, seed, epochsCompleted, variables, Map.of(),
                classNames);
        SaveDirectory.write(directory, staging -> model.saveCheckpoint(staging.resolve(CHECKPOINT).toString()), manifest);
    }

    /** Verifies the save (checksums, same layers and shapes), then restores every variable. */
    static SaveManifest restore(ModelSession model, Path directory, String name) {
        SaveManifest manifest = SaveDirectory.read(directory);
        checkSameVariables(model.ops().layerWeights(), manifest, directory, name);
        model.restoreCheckpoint(directory.resolve(CHECKPOINT).toString());
        return manifest;
    }

    /**
     * Copies {@code targets} from the save by path. Every target is checked (present, same shape)
     * before anything is assigned.
     */
    static void transfer(ModelSession model, Path save, List<Weight> targets) {
        SaveManifest manifest = SaveDirectory.read(save);
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
        Restore restore = tf.train.restore(tf.constant(save.resolve(CHECKPOINT).toAbsolutePath().toString()),
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
    static void exportSavedModel(ModelSession model, Path directory) {
        Signature signature = Signature.builder().key(Signature.DEFAULT_KEY)
                .input("x", model.ops().input()).output("probabilities", model.ops().inference().probabilities()).build();
        SaveDirectory.writeAtomically(directory, staging -> model.exportSavedModel(staging, signature));
    }

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
}
