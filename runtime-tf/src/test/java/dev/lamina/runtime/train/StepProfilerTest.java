package dev.lamina.runtime.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lamina.runtime.data.Batch;
import dev.lamina.runtime.data.Dataset;
import org.junit.jupiter.api.Test;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.proto.RunMetadata;
import org.tensorflow.types.TFloat32;

class StepProfilerTest {

    /** A step run through the profiler is the step fit runs: the same weights after the same batch and rate. */
    @Test
    void aProfiledStepTrainsExactlyAsFitDoes() {
        Dataset data = Blobs.of(32, 3);
        Batch batch = data.batches(32, false, 0, 0).iterator().next();
        try (var viaFit = TinyClassifierModel.create(); var viaProfiler = TinyClassifierModel.create();
                TFloat32 x = TFloat32.tensorOf(Shape.of(32, 2, 2), DataBuffers.of(batch.features(), true, false));
                TFloat32 y = TFloat32.tensorOf(Shape.of(32, 1), DataBuffers.of(batch.targets(), true, false));
                TFloat32 rate = TFloat32.scalarOf(0.01f)) {
            viaFit.fit(data, Fit.epochs(1).batchSize(32).shuffle(false).verbose(false));
            StepProfiler profiler = viaProfiler.profiler();
            profiler.stepRunner(x, y, rate).run().close();
            assertEquals(1, viaProfiler.iterations());
            WeightSnapshot expected = viaFit.weights();
            for (String path : expected.paths()) {
                assertArrayEquals(expected.get(path), viaProfiler.weights().get(path), path);
            }
            assertEquals("NoOp", profiler.stepOp().type());

            RunMetadata traced = profiler.traceStep(x, y, rate);
            assertTrue(traced.getStepStats().getDevStatsCount() > 0, "a traced step reports its kernels per device");
            assertEquals(2, viaProfiler.iterations());
        }
    }
}
