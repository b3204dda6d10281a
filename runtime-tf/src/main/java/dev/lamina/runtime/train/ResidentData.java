package dev.lamina.runtime.train;

import java.util.List;
import org.tensorflow.Operand;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Op;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.op.core.VarHandleOp;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;

/**
 * Training data held in the graph ({@link Fit#dataInGraph}): the features and targets are loaded
 * once into two resource variables, and a step is fed only its batch's example indices, from which
 * the graph gathers the batch. The host then copies nothing per step but the indices. Resource
 * variables, which the checkpoint saver leaves out: the data is not part of a save. These variables
 * serve one device; under a replication each replica holds its own copy ({@link ResidentCopies}),
 * loaded from the same placeholders, and gathers at its share of the same {@link #indices}.
 */
final class ResidentData {
    /** The whole data set's features, {@code [n, example…]}, fed once to {@link #load}. */
    final Placeholder<TFloat32> featuresValue;
    /** The whole data set's targets, {@code [n, width]}. */
    final Placeholder<TFloat32> labelsValue;
    /** Replaces the held data with the fed values (on one device; see {@link TrainingGraph#residentLoad}). */
    final Op load;
    /** The step's example indices into the held data, {@code [b]}. */
    final Placeholder<TInt32> indices;
    final Operand<TFloat32> batchFeatures;
    final Operand<TFloat32> batchLabels;

    /** @param batchShape the shape of a batch of features, its first dimension −1 */
    ResidentData(Ops tf, long[] batchShape) {
        VarHandleOp features = tf.withName("features").varHandleOp(TFloat32.class, Shape.of(batchShape),
                VarHandleOp.sharedName("resident_data/features"));
        VarHandleOp labels = tf.withName("labels").varHandleOp(TFloat32.class, Shape.of(-1, -1),
                VarHandleOp.sharedName("resident_data/labels"));
        featuresValue = tf.withName("features_value").placeholder(TFloat32.class, Placeholder.shape(Shape.of(batchShape)));
        labelsValue = tf.withName("labels_value").placeholder(TFloat32.class, Placeholder.shape(Shape.of(-1, -1)));
        load = tf.withControlDependencies(List.of(tf.assignVariableOp(features, featuresValue),
                tf.assignVariableOp(labels, labelsValue))).withName("load").noOp();
        indices = tf.withName("indices").placeholder(TInt32.class, Placeholder.shape(Shape.of(-1)));
        batchFeatures = tf.resourceGather(features, indices, TFloat32.class);
        batchLabels = tf.resourceGather(labels, indices, TFloat32.class);
    }
}
