package dev.lamina.runtime.engine;

import java.util.Locale;
import java.util.Objects;
import org.tensorflow.proto.ConfigProto;

/**
 * How TensorFlow runs the models of this process: the device, and the sizes of its two CPU thread
 * pools. Set them with {@link Engine#configure} before the first model is built, or with the
 * system properties {@value #DEVICE_PROPERTY} ({@code auto}, {@code cpu}, {@code gpu}) and
 * {@value #THREADS_PROPERTY} ({@code intra,inter}).
 *
 * <p>TensorFlow runs one op at a time on the <em>intra-op</em> pool (a large matmul splits across
 * its threads) and independent ops side by side on the <em>inter-op</em> pool. Both pools belong
 * to the process and are sized once, by the first session, which is why they are options of the
 * engine and not of a {@code fit}.
 *
 * @param device where the ops run
 * @param intraOpThreads threads that share one op's work; 0 lets TensorFlow choose (one per core)
 * @param interOpThreads ops that may run at once; 0 lets TensorFlow choose (one per core)
 */
public record EngineOptions(Device device, int intraOpThreads, int interOpThreads) {
    public static final String DEVICE_PROPERTY = "lamina.device";
    public static final String THREADS_PROPERTY = "lamina.threads";

    public EngineOptions {
        if (device == null) {
            throw new IllegalArgumentException("EngineOptions: the device must not be null (use Device.AUTO)");
        }
        if (intraOpThreads < 0 || interOpThreads < 0) {
            throw new IllegalArgumentException("EngineOptions: expected thread counts ≥ 0 (0 lets TensorFlow choose)."
                    + " Received: intraOpThreads=" + intraOpThreads + ", interOpThreads=" + interOpThreads);
        }
    }

    /**
     * The measured default for {@code cores} processors. On 2 cores, 1 intra-op and 2 inter-op
     * threads made a small network's training step 18% (batch 32) and 16% (batch 256) faster than
     * TensorFlow's 2 and 2 (docs/performance.md): at these sizes splitting one op across threads
     * costs more than it gains, while two independent ops at once keep both cores busy. Larger
     * machines keep TensorFlow's own choice, which was not measured against others.
     */
    public static EngineOptions measuredDefault(int cores) {
        return cores <= 2 ? new EngineOptions(Device.AUTO, 1, 2) : new EngineOptions(Device.AUTO, 0, 0);
    }

    /** {@link #measuredDefault} for this machine, overridden by the system properties where set. */
    public static EngineOptions fromEnvironment() {
        EngineOptions options = measuredDefault(Runtime.getRuntime().availableProcessors());
        String device = System.getProperty(DEVICE_PROPERTY);
        if (device != null) {
            options = options.withDevice(parseDevice(device, "-D" + DEVICE_PROPERTY));
        }
        String threads = System.getProperty(THREADS_PROPERTY);
        if (threads != null) {
            int[] counts = parseThreads(threads, "-D" + THREADS_PROPERTY);
            options = options.withThreads(counts[0], counts[1]);
        }
        return options;
    }

    public EngineOptions withDevice(Device device) {
        return new EngineOptions(device, intraOpThreads, interOpThreads);
    }

    public EngineOptions withThreads(int intraOpThreads, int interOpThreads) {
        return new EngineOptions(device, intraOpThreads, interOpThreads);
    }

    /** Whether {@code other} asks for the same thread pools (what cannot change once they exist). */
    boolean sameThreads(EngineOptions other) {
        return intraOpThreads == other.intraOpThreads && interOpThreads == other.interOpThreads;
    }

    /** {@code auto}, {@code cpu} or {@code gpu}, in any case; {@code source} names the setting in errors. */
    public static Device parseDevice(String text, String source) {
        Objects.requireNonNull(text, "text");
        try {
            return Device.valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(source + ": expected auto, cpu or gpu. Received: '" + text + "'");
        }
    }

    /** {@code intra,inter}, two counts ≥ 0; {@code source} names the setting in errors. */
    public static int[] parseThreads(String text, String source) {
        Objects.requireNonNull(text, "text");
        String[] parts = text.split(",", -1);
        try {
            if (parts.length == 2) {
                int intra = Integer.parseInt(parts[0].trim());
                int inter = Integer.parseInt(parts[1].trim());
                if (intra >= 0 && inter >= 0) {
                    return new int[] {intra, inter};
                }
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(source + ": expected two thread counts ≥ 0 as intra,inter (e.g. 1,2;"
                + " 0 lets TensorFlow choose). Received: '" + text + "'");
    }

    /**
     * The session configuration: thread pools, and no GPU for {@link Device#CPU}. Public for code
     * that makes its own sessions next to the models' (they share the process's thread pools).
     */
    public ConfigProto toConfigProto() {
        ConfigProto.Builder config = ConfigProto.newBuilder()
                .setIntraOpParallelismThreads(intraOpThreads)
                .setInterOpParallelismThreads(interOpThreads);
        if (device == Device.CPU) {
            config.putDeviceCount("GPU", 0);
        }
        return config.build();
    }

    @Override
    public String toString() {
        return "device " + device.name().toLowerCase(Locale.ROOT) + ", " + threadCount(intraOpThreads) + " intra-op / "
                + threadCount(interOpThreads) + " inter-op threads";
    }

    private static String threadCount(int count) {
        return count == 0 ? "auto" : Integer.toString(count);
    }
}
