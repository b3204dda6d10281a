package dev.lamina.runtime.distribute;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import org.junit.jupiter.api.Test;

/** The worker's trust checks, before any server starts. */
class TaskServerTest {
    @Test
    void aNonLoopbackTaskIsRefusedWithoutTheRiskNamedOption() {
        // 192.0.2.0/24 is reserved for documentation: never this machine's, never routed.
        Cluster cluster = Cluster.of("localhost:1", "192.0.2.7:2222");
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> Worker.serve(new String[] {"--cluster", String.join(",", cluster.workers()), "--task", "1"},
                        new PrintStream(new ByteArrayOutputStream())));
        assertTrue(refused.getMessage().contains(TaskServer.ALLOW_REMOTE_OPTION), refused.getMessage());
    }

    @Test
    void loopbackAddressesAreRecognized() {
        assertTrue(TaskServer.isLoopback("localhost"));
        assertTrue(TaskServer.isLoopback("127.0.0.1"));
        assertTrue(TaskServer.isLoopback("::1"));
        assertFalse(TaskServer.isLoopback("192.0.2.7"));
    }

    @Test
    void theExposureLineStatesTheTrustModel() {
        String line = TaskServer.exposure(Cluster.of("localhost:2222"), 0);
        assertTrue(line.contains("every interface at port 2222") && line.contains("without authentication"), line);
    }

    @Test
    void halfGivenArgumentsAreRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> Worker.serve(new String[] {"--task", "1"}, new PrintStream(new ByteArrayOutputStream())));
    }
}
