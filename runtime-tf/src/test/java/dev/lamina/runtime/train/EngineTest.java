package dev.lamina.runtime.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.lamina.runtime.engine.Device;
import dev.lamina.runtime.engine.Engine;
import dev.lamina.runtime.engine.EngineOptions;
import org.junit.jupiter.api.Test;

/** The engine as models use it: pools fixed by the first session, the device checked, preloading. */
class EngineTest {

    @Test
    void thePoolsCannotChangeOnceAModelIsBuiltButTheDeviceCan() {
        EngineOptions before = Engine.options();
        try (TinyClassifierModel model = TinyClassifierModel.create()) {
            EngineOptions other = before.withThreads(before.intraOpThreads() + 1, before.interOpThreads());
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> Engine.configure(other));
            assertTrue(e.getMessage().contains("thread pools were already created with " + before), e.getMessage());
            assertEquals(before, Engine.options());

            Engine.configure(before.withDevice(Device.CPU));
            try (TinyClassifierModel onCpu = TinyClassifierModel.create()) {
                assertEquals(Device.CPU, Engine.options().device());
            }
        } finally {
            Engine.configure(before);
        }
    }

    /** Preloading twice is harmless, and a model built while (or after) it runs works as ever. */
    @Test
    void aModelBuildsAndTrainsAfterPreloading() {
        Engine.preload();
        Engine.preload();
        try (TinyClassifierModel model = TinyClassifierModel.create()) {
            History history = model.fit(SequentialModelTest.blobs(60, 3), Fit.epochs(1).verbose(false));
            assertTrue(Double.isFinite(history.last("loss")), "loss " + history.last("loss"));
        }
    }

    @Test
    void askingForAGpuOnTheCpuBuildFailsNamingWhatIsMissing() {
        assumeTrue("linux-x86_64".equals(System.getProperty("lamina.test.nativeClassifier")),
                "only the CPU build of the native library is certain to see no GPU");
        EngineOptions before = Engine.options();
        Engine.configure(before.withDevice(Device.GPU));
        try {
            IllegalStateException e = assertThrows(IllegalStateException.class, TinyClassifierModel::create);
            assertTrue(e.getMessage().startsWith("The engine's device is GPU"), e.getMessage());
            assertTrue(e.getMessage().contains("build with -Pgpu"), e.getMessage());
            assertTrue(e.getMessage().contains("CUDA 12 and cuDNN 9"), e.getMessage());
        } finally {
            Engine.configure(before);
        }
    }
}
