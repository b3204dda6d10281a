package dev.lamina.runtime.distribute;

import dev.lamina.runtime.engine.Engine;
import org.tensorflow.DeviceSpec;
import org.tensorflow.Graph;
import org.tensorflow.Session;
import org.tensorflow.op.Ops;

/** The number of GPUs TensorFlow sees, found by running one op on each in turn (TensorFlow Java lists no devices). */
final class LocalGpus {
    /** More than any one machine has: where the count stops looking. */
    private static final int MOST = 64;

    private LocalGpus() {}

    /** The GPU count; fails, with what a GPU needs, where there is none. */
    static int count() {
        int found = 0;
        while (found < MOST && runs(found)) {
            found++;
        }
        if (found == 0) {
            throw new IllegalStateException("Distribution.mirrored(): TensorFlow sees no GPU. The GPU needs the GPU build of"
                    + " the native library (build with -Pgpu), an NVIDIA driver for CUDA 12, and the CUDA 12 and cuDNN 9"
                    + " libraries on the loader path. Distribution.mirrored(n) replicates over n CPU devices instead.");
        }
        return found;
    }

    /** Whether an op pinned to {@code /device:GPU:<index>} runs, soft placement off. */
    static boolean runs(int index) {
        try (Graph graph = new Graph()) {
            Ops tf = Ops.create(graph).withDevice(DeviceSpec.newBuilder().deviceType(DeviceSpec.DeviceType.GPU)
                    .deviceIndex(index).build());
            var value = tf.identity(tf.constant(1f));
            try (Session session = new Session(graph, Engine.options().toConfigProto().toBuilder().setAllowSoftPlacement(false).build())) {
                session.runner().fetch(value).run().close();
                return true;
            }
        } catch (RuntimeException e) {
            return false;
        }
    }
}
