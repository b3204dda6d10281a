package dev.lamina.benchmarks;

import dev.lamina.runtime.data.Dataset;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The PyTorch reference ({@code benchmarks/pytorch_reference.py --serve}) as a child process that
 * trains one epoch per request, so that its epochs take turns with the Java trainers' in the same
 * rounds: slow drifts of the machine (clock, neighbours) then hit both sides alike. The child
 * measures its own epoch (samples/s and the CPU share of other processes); it idles, blocked on
 * its input, while the Java trainers run.
 */
final class PyTorchProcess implements AutoCloseable {
    private final Process process;
    private final PrintWriter requests;
    private final BufferedReader answers;
    /**
     * What the child's results are named after: its kind ("" for the reference, {@code plain-} for
     * the plain loop) and its settings ({@code t1-jemalloc}).
     */
    private final String kind;
    private final String settings;

    private static final Pattern THREADS = Pattern.compile("\\bthreads=(\\d+)");
    private static final Pattern ALLOCATOR = Pattern.compile("\\ballocator=(?:lib)?([a-z]+)");
    private static final Pattern KIND = Pattern.compile("\\bkind=([a-z]+)");

    private PyTorchProcess(Process process, BufferedReader answers, String kind, String settings) {
        this.process = process;
        this.answers = answers;
        this.kind = kind;
        this.settings = settings;
        requests = new PrintWriter(process.getOutputStream(), true, StandardCharsets.UTF_8);
    }

    /**
     * Starts {@code command} (split on white space), reads its header up to "ready", echoing the
     * header's comment lines. The header states the thread count and the allocator the child runs
     * with ("threads=N", "allocator=libjemalloc.so.2", pinned by the script itself), which name its
     * results: several references with different settings can then take turns in one run. Another
     * kind of PyTorch loop in the same protocol says so ("kind=plain": pytorch_plain_loop.py).
     */
    static PyTorchProcess start(String command) {
        try {
            Process process = new ProcessBuilder(Arrays.asList(command.trim().split("\\s+")))
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            BufferedReader header = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            String threads = null;
            String allocator = null;
            String kind = "";
            for (String line = header.readLine(); ; line = header.readLine()) {
                if (line == null) {
                    throw new IllegalStateException("The PyTorch process ended before it was ready: " + command);
                }
                if (line.equals("ready")) {
                    break;
                }
                Matcher stated = THREADS.matcher(line);
                if (threads == null && stated.find()) {
                    threads = stated.group(1);
                }
                Matcher declared = KIND.matcher(line);
                if (kind.isEmpty() && declared.find()) {
                    kind = declared.group(1) + "-";
                }
                Matcher malloc = ALLOCATOR.matcher(line);
                if (allocator == null && malloc.find()) {
                    allocator = malloc.group(1);
                }
                System.out.println(line);
            }
            if (threads == null || allocator == null) {
                throw new IllegalStateException("The PyTorch process did not state its thread count and allocator"
                        + " (threads=N, allocator=...) before \"ready\": " + command);
            }
            return new PyTorchProcess(process, header, kind, "t" + threads + "-" + allocator);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String name(String optimizer) {
        return "pytorch-" + kind + optimizer + "-" + settings;
    }

    /** Whether this is the plain loop (pytorch_plain_loop.py), the check on the reference. */
    boolean plainLoop() {
        return kind.equals("plain-");
    }

    /** Whether {@code other} runs with the same settings (threads, allocator). */
    boolean sameSettings(PyTorchProcess other) {
        return settings.equals(other.settings);
    }

    Benchmark.Trainer trainer(String optimizer) {
        return new Benchmark.Trainer() {
            @Override
            public String name() {
                return PyTorchProcess.this.name(optimizer);
            }

            @Override
            public double[] epoch(Dataset train, int batchSize, int epochIndex) {
                requests.println("epoch " + optimizer + " " + batchSize);
                try {
                    String line = answers.readLine();
                    if (line == null) {
                        throw new IllegalStateException("The PyTorch process ended");
                    }
                    Map<String, Double> values = new HashMap<>();
                    for (String pair : line.trim().split("\\s+")) {
                        String[] kv = pair.split("=", 2);
                        values.put(kv[0], Double.parseDouble(kv[1]));
                    }
                    return new double[] {values.get("loss"), values.get("accuracy"), values.get("samples_per_s"),
                            values.get("others_cpu")};
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public void close() {}
        };
    }

    @Override
    public void close() {
        requests.println("quit");
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroy();
        }
    }
}
