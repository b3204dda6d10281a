package dev.lamina.runtime.distribute;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A worker task in a child JVM on this machine, started with this process's class path: how the
 * distributed sample and the tests make a cluster on loopback ports. Closing it kills the worker
 * (TensorFlow's server has no clean shutdown).
 */
public final class LocalWorker implements AutoCloseable {
    private final Process process;
    private final String readyLine;

    private LocalWorker(Process process, String readyLine) {
        this.process = process;
        this.readyLine = readyLine;
    }

    /** Starts task {@code index} of {@code cluster} and waits (up to a minute) for its ready line. */
    public static LocalWorker start(Cluster cluster, int index) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Worker.class.getName(),
                "--cluster", String.join(",", cluster.workers()), "--task", Integer.toString(index)));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("TF_CPP_MIN_LOG_LEVEL", "2");
        Process process = builder.start();
        CompletableFuture<String> ready = new CompletableFuture<>();
        // One daemon thread reads the worker's output to the end, so the worker never blocks on a full pipe.
        Thread reader = new Thread(() -> {
            StringBuilder seen = new StringBuilder();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    if (line.startsWith(Worker.READY)) {
                        ready.complete(line);
                    } else if (!ready.isDone()) {
                        seen.append(line).append('\n');
                    }
                }
            } catch (IOException e) {
                // the worker was killed
            }
            ready.completeExceptionally(new IllegalStateException("worker " + index + " exited before it was ready:\n" + seen));
        }, "worker-" + index + "-output");
        reader.setDaemon(true);
        reader.start();
        try {
            return new LocalWorker(process, ready.get(60, TimeUnit.SECONDS));
        } catch (Exception e) {
            process.destroyForcibly();
            throw e;
        }
    }

    /** The line the worker printed when it was ready: what it exposes. */
    public String readyLine() {
        return readyLine;
    }

    /** Kills the worker as a crash would (SIGKILL), and waits for it to be gone. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }

    /** {@code count} loopback addresses on ports free right now. */
    public static Cluster loopbackCluster(int count) throws IOException {
        List<String> addresses = new ArrayList<>();
        List<ServerSocket> held = new ArrayList<>();
        try {
            for (int i = 0; i < count; i++) {
                ServerSocket socket = new ServerSocket(0);
                held.add(socket);
                addresses.add("localhost:" + socket.getLocalPort());
            }
        } finally {
            for (ServerSocket socket : held) {
                socket.close();
            }
        }
        return new Cluster(addresses);
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }
}
