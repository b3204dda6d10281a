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

/** A worker task in its own JVM, started with the test class path, for the multi-worker tests. */
final class WorkerProcess implements AutoCloseable {
    private final Process process;
    final String readyLine;

    private WorkerProcess(Process process, String readyLine) {
        this.process = process;
        this.readyLine = readyLine;
    }

    /** Starts task {@code index} of {@code cluster} and waits for its ready line. */
    static WorkerProcess start(Cluster cluster, int index) throws Exception {
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
            return new WorkerProcess(process, ready.get(60, TimeUnit.SECONDS));
        } catch (Exception e) {
            process.destroyForcibly();
            throw e;
        }
    }

    /** Kills the worker as a crash would (SIGKILL), and waits for it to be gone. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }

    /** {@code count} loopback addresses on ports free right now. */
    static Cluster loopbackCluster(int count) throws IOException {
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
    public void close() throws InterruptedException {
        kill();
    }
}
