package dev.lamina.runtime.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;
import org.tensorflow.proto.ConfigProto;

class EngineTest {

    @Test
    void twoCoresGetTheMeasuredPoolsAndLargerMachinesTensorFlowsChoice() {
        assertEquals(new EngineOptions(Device.AUTO, 1, 2), EngineOptions.measuredDefault(2));
        assertEquals(new EngineOptions(Device.AUTO, 1, 2), EngineOptions.measuredDefault(1));
        assertEquals(new EngineOptions(Device.AUTO, 0, 0), EngineOptions.measuredDefault(8));
    }

    @Test
    void systemPropertiesOverrideTheDefault() {
        System.setProperty(EngineOptions.DEVICE_PROPERTY, "CPU");
        System.setProperty(EngineOptions.THREADS_PROPERTY, " 3, 4 ");
        try {
            assertEquals(new EngineOptions(Device.CPU, 3, 4), EngineOptions.fromEnvironment());
        } finally {
            System.clearProperty(EngineOptions.DEVICE_PROPERTY);
            System.clearProperty(EngineOptions.THREADS_PROPERTY);
        }
    }

    @Test
    void badSettingsAreNamedWithTheExpectedForm() {
        assertArrayEquals(new int[] {0, 2}, EngineOptions.parseThreads("0,2", "--threads"));
        for (String bad : new String[] {"2", "1,2,3", "a,2", "-1,2", ""}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> EngineOptions.parseThreads(bad, "--threads"));
            assertTrue(e.getMessage().startsWith("--threads: expected two thread counts ≥ 0 as intra,inter"), e.getMessage());
            assertTrue(e.getMessage().endsWith("Received: '" + bad + "'"), e.getMessage());
        }
        IllegalArgumentException device = assertThrows(IllegalArgumentException.class,
                () -> EngineOptions.parseDevice("tpu", "-Dlamina.device"));
        assertEquals("-Dlamina.device: expected auto, cpu or gpu. Received: 'tpu'", device.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new EngineOptions(Device.AUTO, -1, 0));
    }

    @Test
    void theSessionConfigurationCarriesThePoolsAndHidesTheGpuForCpu() {
        ConfigProto cpu = new EngineOptions(Device.CPU, 1, 2).toConfigProto();
        assertEquals(1, cpu.getIntraOpParallelismThreads());
        assertEquals(2, cpu.getInterOpParallelismThreads());
        assertEquals(0, cpu.getDeviceCountOrThrow("GPU"));
        assertFalse(new EngineOptions(Device.AUTO, 0, 0).toConfigProto().containsDeviceCount("GPU"));
    }

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
