package dev.lamina.runtime.distribute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.lamina.runtime.data.Dataset;
import dev.lamina.runtime.train.Fit;
import dev.lamina.runtime.train.SequentialModel;
import org.junit.jupiter.api.Test;

/**
 * {@code Distribution.mirrored()} over the local GPUs: the same code path as the virtual CPU
 * devices. Runs only where TensorFlow sees a GPU (the {@code -Pgpu} build on a machine with an
 * NVIDIA driver, CUDA 12 and cuDNN 9); skipped, with the reason, elsewhere.
 */
class MirroredGpuTest {
    @Test
    void mirroredOverTheLocalGpusTrainsAsOneDevice() {
        assumeTrue(LocalGpus.runs(0), "no GPU visible to TensorFlow: the CPU build of the native library, or no"
                + " driver/CUDA 12/cuDNN 9 (build with -Pgpu on a GPU machine to run this test)");
        Distribution gpus = Distribution.mirrored();
        Dataset data = ReplicaTestModel.blobs(19 * 64 + 37, 1);
        Fit fit = Fit.epochs(1).batchSize(64).verbose(false);
        try (SequentialModel one = ReplicaTestModel.plain(); SequentialModel replicated = ReplicaTestModel.plain()) {
            one.fit(data, fit);
            replicated.fit(data, fit.distribution(gpus));
            assertEquals(20, replicated.iterations());
            // GPU kernels sum in another order than the CPU's: a looser bound than the CPU devices' 1e-5.
            MirroredTest.assertClose(one.weights(), replicated.weights(), 1e-4);
        }
    }
}
