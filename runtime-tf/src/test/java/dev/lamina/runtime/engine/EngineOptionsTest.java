package dev.lamina.runtime.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.tensorflow.proto.ConfigProto;
import org.tensorflow.proto.GraphOptions;
import org.tensorflow.proto.RewriterConfig;

class EngineOptionsTest {

    @Test
    void twoCoresGetTheMeasuredPoolsAndStepsOnTheCallingThreadAndLargerMachinesTensorFlowsChoice() {
        EngineOptions measured = new EngineOptions(Device.AUTO, 1, 2).withCallingThread(true);
        assertEquals(measured, EngineOptions.measuredDefault(2));
        assertEquals(measured, EngineOptions.measuredDefault(1));
        assertEquals(new EngineOptions(Device.AUTO, 0, 0), EngineOptions.measuredDefault(8));
        assertFalse(EngineOptions.measuredDefault(8).callingThread());
        assertEquals("device auto, 1 intra-op / 2 inter-op threads, one-device steps on the calling thread",
                measured.toString());
    }

    @Test
    void systemPropertiesOverrideTheDefault() {
        System.setProperty(EngineOptions.DEVICE_PROPERTY, "CPU");
        System.setProperty(EngineOptions.THREADS_PROPERTY, " 3, 4 ");
        System.setProperty(EngineOptions.CALLING_THREAD_PROPERTY, "False");
        try {
            assertEquals(new EngineOptions(Device.CPU, 3, 4), EngineOptions.fromEnvironment());
            System.setProperty(EngineOptions.CALLING_THREAD_PROPERTY, " true");
            assertEquals(new EngineOptions(Device.CPU, 3, 4).withCallingThread(true), EngineOptions.fromEnvironment());
        } finally {
            System.clearProperty(EngineOptions.DEVICE_PROPERTY);
            System.clearProperty(EngineOptions.THREADS_PROPERTY);
            System.clearProperty(EngineOptions.CALLING_THREAD_PROPERTY);
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
        IllegalArgumentException callingThread = assertThrows(IllegalArgumentException.class,
                () -> EngineOptions.parseBoolean("yes", "-Dlamina.callingThread"));
        assertEquals("-Dlamina.callingThread: expected true or false. Received: 'yes'", callingThread.getMessage());
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
    void theSessionConfigurationIsMergedOverTheEnginesOwnAndKeptByTheOtherSetters() {
        ConfigProto remapperOff = ConfigProto.newBuilder().setGraphOptions(GraphOptions.newBuilder()
                .setRewriteOptions(RewriterConfig.newBuilder().setRemapping(RewriterConfig.Toggle.OFF))).build();
        EngineOptions options = new EngineOptions(Device.CPU, 1, 2).withSessionConfig(remapperOff).withThreads(3, 4)
                .withCallingThread(true);
        ConfigProto config = options.toConfigProto();
        assertEquals(RewriterConfig.Toggle.OFF, config.getGraphOptions().getRewriteOptions().getRemapping());
        assertEquals(3, config.getIntraOpParallelismThreads());
        assertEquals(4, config.getInterOpParallelismThreads());
        assertEquals(0, config.getDeviceCountOrThrow("GPU"));
        assertEquals(remapperOff, options.withDevice(Device.AUTO).sessionConfig());
        assertTrue(options.withDevice(Device.AUTO).withThreads(1, 1).withSessionConfig(remapperOff).callingThread());
        assertTrue(options.toString().endsWith("session configuration {graph_options { rewrite_options { remapping: OFF } }}"),
                options.toString());
        assertEquals(ConfigProto.getDefaultInstance(), new EngineOptions(Device.AUTO, 1, 2).sessionConfig());
        assertEquals("device auto, 1 intra-op / 2 inter-op threads", new EngineOptions(Device.AUTO, 1, 2).toString());
    }

    @Test
    void aSessionConfigurationMayNotSetWhatTheEngineOwns() {
        IllegalArgumentException threads = assertThrows(IllegalArgumentException.class, () -> EngineOptions
                .measuredDefault(2).withSessionConfig(ConfigProto.newBuilder().setIntraOpParallelismThreads(4).build()));
        assertTrue(threads.getMessage().contains("intra_op_parallelism_threads=4"), threads.getMessage());
        assertTrue(threads.getMessage().endsWith("Use withThreads(intra, inter) and withDevice(device) instead."),
                threads.getMessage());
        IllegalArgumentException devices = assertThrows(IllegalArgumentException.class, () -> EngineOptions
                .measuredDefault(2).withSessionConfig(ConfigProto.newBuilder().putDeviceCount("CPU", 2).build()));
        assertTrue(devices.getMessage().contains("device_count={CPU=2}"), devices.getMessage());
        assertThrows(IllegalArgumentException.class, () -> EngineOptions.measuredDefault(2).withSessionConfig(null));
    }
}
