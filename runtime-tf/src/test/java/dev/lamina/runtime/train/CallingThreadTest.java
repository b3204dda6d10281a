package dev.lamina.runtime.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lamina.runtime.data.Batch;
import dev.lamina.runtime.data.Dataset;
import dev.lamina.runtime.engine.Engine;
import dev.lamina.runtime.engine.EngineOptions;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.junit.jupiter.api.Test;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.types.TFloat32;

/**
 * Where a model on one device runs its steps ({@link EngineOptions#callingThread}). TensorFlow's
 * trace leaves the executing thread's id at 0 here, so the thread is told by whose CPU time the
 * steps' work shows up in.
 */
class CallingThreadTest {

    @Test
    void aStepRunsOnTheCallingThreadWhenTheEngineSaysSoAndOnTheInterOpPoolOtherwise() {
        EngineOptions before = Engine.options();
        try {
            Engine.configure(before.withCallingThread(false));
            double onPool = callingThreadCpuPerStep();
            Engine.configure(before.withCallingThread(true));
            double onCaller = callingThreadCpuPerStep();
            assertTrue(onCaller > 2 * onPool, "the calling thread's CPU time per step: " + onCaller
                    + " ns when the step runs on it, against " + onPool + " ns when it hands the step to the pool");
        } finally {
            Engine.configure(before);
        }
    }

    /** The same kernels on the same inputs, only on another thread: the weights after a step agree bit for bit. */
    @Test
    void theCallingThreadTrainsExactlyAsThePoolDoes() {
        EngineOptions before = Engine.options();
        Dataset data = Blobs.of(64, 3);
        try {
            Engine.configure(before.withCallingThread(true));
            TinyClassifierModel onCaller = TinyClassifierModel.create();
            Engine.configure(before.withCallingThread(false));
            TinyClassifierModel onPool = TinyClassifierModel.create();
            try (onCaller; onPool) {
                Fit fit = Fit.epochs(2).batchSize(16).shuffle(false).verbose(false);
                onCaller.fit(data, fit);
                onPool.fit(data, fit);
                WeightSnapshot expected = onPool.weights();
                for (String path : expected.paths()) {
                    assertArrayEquals(expected.get(path), onCaller.weights().get(path), path);
                }
            }
        } finally {
            Engine.configure(before);
        }
    }

    /**
     * The calling thread's CPU time per training step of a new model, in ns, over 600 steps after
     * 300 to warm up: on the calling thread it includes the kernels' work; on the pool the thread
     * only feeds the step and waits for it (other threads' CPU, the JIT's or the pool's, is not counted).
     */
    private static double callingThreadCpuPerStep() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        // A batch large enough that the kernels' work, not feeding the step, is most of a step's CPU.
        int size = 4096;
        Batch batch = Blobs.of(size, 3).batches(size, false, 0, 0).iterator().next();
        try (TinyClassifierModel model = TinyClassifierModel.create();
                TFloat32 x = TFloat32.tensorOf(Shape.of(size, 2, 2), DataBuffers.of(batch.features(), true, false));
                TFloat32 y = TFloat32.tensorOf(Shape.of(size, 1), DataBuffers.of(batch.targets(), true, false));
                TFloat32 rate = TFloat32.scalarOf(0.01f)) {
            StepProfiler profiler = model.profiler();
            long start = 0;
            for (int step = -300; step < 600; step++) {
                if (step == 0) {
                    start = threads.getCurrentThreadCpuTime();
                }
                profiler.stepRunner(x, y, rate).run().close();
            }
            return (threads.getCurrentThreadCpuTime() - start) / 600.0;
        }
    }
}
