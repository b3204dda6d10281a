package dev.lamina.runtime.train;

import java.util.ArrayList;
import java.util.List;
import org.tensorflow.Operand;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Op;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.VarHandleOp;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;

/**
 * The resident training data under one {@link Replication}: a copy per replica, held on the
 * replica's device, so that a step sends each replica only its examples' indices (4 bytes an
 * example) instead of their features. Each copy is a pair of resource variables made by the
 * first gather on its replica, pinned to that replica's device, and with a shared name of its own
 * (a resource's shared name identifies it on its device: two copies on one task must not alias).
 * {@link #load} fills every copy from the values fed to {@link ResidentData}'s placeholders: the
 * data set crosses to each device once per load, and each device holds all of it.
 */
final class ResidentCopies implements ReplicaData {
    /** Where {@link #load} is built. */
    private final Ops tf;
    private final ResidentData source;
    /** The copies by replica index, in the order the replicated step's pass built them. */
    private final List<Copy> copies = new ArrayList<>();
    private Op load;
    /** How many copies {@link #load} fills: it is rebuilt when a copy was made after it. */
    private int loaded;

    ResidentCopies(Ops tf, ResidentData source) {
        this.tf = tf;
        this.source = source;
    }

    @Override
    public Examples gather(Ops tf, int replica, Operand<TInt32> indices) {
        if (replica == copies.size()) {
            copies.add(new Copy(tf, replica, source));
        } else if (replica > copies.size()) {
            throw new IllegalStateException("Replica " + replica + "'s data asked for before replica " + copies.size() + "'s");
        }
        return copies.get(replica).gather(tf, indices);
    }

    /**
     * The examples at {@code indices} gathered from replica 0's copy, on its device: the
     * one-device step of a batch with fewer examples than replicas (see {@link FitLoop}), which
     * needs no copy of its own.
     */
    Examples gatherOnFirstReplica(Operand<TInt32> indices) {
        if (copies.isEmpty()) {
            throw new IllegalStateException("The replicated step that makes the copies is built first");
        }
        Copy first = copies.get(0);
        return first.gather(first.home, indices);
    }

    /** The op that loads the values fed to the source's placeholders into every copy. */
    Op load() {
        if (copies.isEmpty()) {
            throw new IllegalStateException("No copy to load: the replicated step that makes them is built first");
        }
        if (load == null || loaded != copies.size()) {
            List<Op> assignments = copies.stream().map(Copy::assignment).toList();
            load = tf.withControlDependencies(assignments).noOp();
            loaded = copies.size();
        }
        return load;
    }

    /** One replica's copy: its variables and their assignment from the fed values, on the replica's device. */
    private static final class Copy {
        /** Ops pinned to the replica's device. */
        private final Ops home;
        private final VarHandleOp features;
        private final VarHandleOp labels;
        private final Op assignment;

        Copy(Ops pinned, int replica, ResidentData source) {
            home = pinned;
            Ops data = pinned.withSubScope("resident_data");
            String sharedName = "resident_data/replica_" + replica + "/";
            features = data.withName("features").varHandleOp(TFloat32.class, source.featuresValue.shape(),
                    VarHandleOp.sharedName(sharedName + "features"));
            labels = data.withName("labels").varHandleOp(TFloat32.class, Shape.of(-1, -1),
                    VarHandleOp.sharedName(sharedName + "labels"));
            assignment = data.withControlDependencies(List.of(data.assignVariableOp(features, source.featuresValue),
                    data.assignVariableOp(labels, source.labelsValue))).withName("load").noOp();
        }

        Op assignment() {
            return assignment;
        }

        /** @param tf ops pinned to the copy's device */
        Examples gather(Ops tf, Operand<TInt32> indices) {
            return new Examples(tf.resourceGather(features, indices, TFloat32.class),
                    tf.resourceGather(labels, indices, TFloat32.class));
        }
    }
}
