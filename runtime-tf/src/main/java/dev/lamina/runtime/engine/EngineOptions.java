package dev.lamina.runtime.engine;

import java.util.Locale;
import java.util.Objects;
import org.tensorflow.proto.ConfigProto;

/**
 * How TensorFlow runs the models of this process: the device, the sizes of its two CPU thread
 * pools, and whether a model on one device runs its steps on the calling thread. Set them with
 * {@link Engine#configure} before the first model is built, or with the system properties {@value
 * #DEVICE_PROPERTY} ({@code auto}, {@code cpu}, {@code gpu}), {@value #THREADS_PROPERTY} ({@code
 * intra,inter}) and {@value #CALLING_THREAD_PROPERTY} ({@code true}, {@code false}).
 *
 * <p>TensorFlow runs one op at a time on the <em>intra-op</em> pool (a large matmul splits across
 * its threads) and independent ops side by side on the <em>inter-op</em> pool. Both pools belong
 * to the process and are sized once, by the first session, which is why they are options of the
 * engine and not of a {@code fit}. On the calling thread ({@code RunOptions.inter_op_thread_pool =
 * -1}), a {@code Session.run} executes its ops one after the other on the thread that called it
 * instead of handing each to the inter-op pool: no op waits for a pool thread to wake up, at the
 * price of running independent ops in turn (the intra-op pool still splits a large op).
 *
 * @param device where the ops run
 * @param intraOpThreads threads that share one op's work; 0 lets TensorFlow choose (one per core)
 * @param interOpThreads ops that may run at once; 0 lets TensorFlow choose (one per core)
 * @param callingThread whether a model on one device runs each {@code Session.run} (training
 *     steps, evaluation, prediction) on the calling thread; a replicated model always uses the
 *     inter-op pool, which runs its replicas side by side
 * @param sessionConfig more of TensorFlow's session configuration, merged over the engine's own
 *     (see {@link #withSessionConfig}); empty by default
 */
public record EngineOptions(Device device, int intraOpThreads, int interOpThreads, boolean callingThread,
        ConfigProto sessionConfig) {
    public static final String DEVICE_PROPERTY = "lamina.device";
    public static final String THREADS_PROPERTY = "lamina.threads";
    public static final String CALLING_THREAD_PROPERTY = "lamina.callingThread";

    /** These pools, every run on them, and no session configuration of TensorFlow's beyond them. */
    public EngineOptions(Device device, int intraOpThreads, int interOpThreads) {
        this(device, intraOpThreads, interOpThreads, false, ConfigProto.getDefaultInstance());
    }

    public EngineOptions {
        if (sessionConfig == null) {
            throw new IllegalArgumentException("EngineOptions: the session configuration must not be null"
                    + " (use ConfigProto.getDefaultInstance() for none)");
        }
        if (sessionConfig.getIntraOpParallelismThreads() != 0 || sessionConfig.getInterOpParallelismThreads() != 0
                || sessionConfig.getDeviceCountCount() != 0) {
            throw new IllegalArgumentException("EngineOptions: the session configuration sets the thread pools or"
                    + " the device count, which are the engine's own options. Received: intra_op_parallelism_threads="
                    + sessionConfig.getIntraOpParallelismThreads() + ", inter_op_parallelism_threads="
                    + sessionConfig.getInterOpParallelismThreads() + ", device_count=" + sessionConfig.getDeviceCountMap()
                    + ". Use withThreads(intra, inter) and withDevice(device) instead.");
        }
        if (device == null) {
            throw new IllegalArgumentException("EngineOptions: the device must not be null (use Device.AUTO)");
        }
        if (intraOpThreads < 0 || interOpThreads < 0) {
            throw new IllegalArgumentException("EngineOptions: expected thread counts ≥ 0 (0 lets TensorFlow choose)."
                    + " Received: intraOpThreads=" + intraOpThreads + ", interOpThreads=" + interOpThreads);
        }
    }

    /**
     * The measured default for {@code cores} processors. On 2 cores: 1 intra-op thread, since at
     * these sizes splitting one op across threads costs more than it gains; steps on the calling
     * thread, with which {@code fit} ran the chapter's Nadam model 1.14–1.48× as fast at batch 32
     * and 1.01–1.12× at batch 256 as with its steps on the inter-op pool (medians of per-round
     * ratios in two runs, docs/performance.md: handing each of a step's few hundred small ops to a
     * pool thread costs more than most of them take); and 2 inter-op threads for replicated
     * models, whose replicas run side by side. Larger machines keep TensorFlow's own choice, which
     * was not measured against others.
     */
    public static EngineOptions measuredDefault(int cores) {
        return cores <= 2 ? new EngineOptions(Device.AUTO, 1, 2).withCallingThread(true)
                : new EngineOptions(Device.AUTO, 0, 0);
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
        String callingThread = System.getProperty(CALLING_THREAD_PROPERTY);
        if (callingThread != null) {
            options = options.withCallingThread(parseBoolean(callingThread, "-D" + CALLING_THREAD_PROPERTY));
        }
        return options;
    }

    public EngineOptions withDevice(Device device) {
        return new EngineOptions(device, intraOpThreads, interOpThreads, callingThread, sessionConfig);
    }

    public EngineOptions withThreads(int intraOpThreads, int interOpThreads) {
        return new EngineOptions(device, intraOpThreads, interOpThreads, callingThread, sessionConfig);
    }

    /**
     * Whether a model on one device runs its steps on the calling thread. Unlike the pools, this
     * may change at any time; it applies to the models built (or moved back to one device) after.
     */
    public EngineOptions withCallingThread(boolean callingThread) {
        return new EngineOptions(device, intraOpThreads, interOpThreads, callingThread, sessionConfig);
    }

    /**
     * TensorFlow's session configuration for what the engine has no option of its own: Grappler's
     * passes ({@code graph_options.rewrite_options}), XLA's JIT level, and so on. It is merged over
     * the engine's configuration for the sessions of models built from now on; it must not set the
     * thread pools or the device count ({@link #withThreads}, {@link #withDevice}).
     *
     * <p>None of these beat the defaults for the chapter's networks on a 2-core CPU
     * (docs/performance.md): XLA's auto-clustering made the Nadam step 35–70% slower, and turning
     * Grappler's remapper (which fuses each Dense layer's matmul, bias and ELU) off changed it by
     * less than the noise. On the CPU a JIT level takes effect only when the process also runs with
     * {@code TF_XLA_FLAGS=--tf_xla_cpu_global_jit}.
     */
    public EngineOptions withSessionConfig(ConfigProto sessionConfig) {
        return new EngineOptions(device, intraOpThreads, interOpThreads, callingThread, sessionConfig);
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

    /** {@code true} or {@code false}, in any case; {@code source} names the setting in errors. */
    public static boolean parseBoolean(String text, String source) {
        Objects.requireNonNull(text, "text");
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException(source + ": expected true or false. Received: '" + text + "'");
        };
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
     * The session configuration: thread pools, no GPU for {@link Device#CPU}, and the {@link
     * #sessionConfig} merged over them. Public for code that makes its own sessions next to the
     * models' (they share the process's thread pools).
     */
    public ConfigProto toConfigProto() {
        ConfigProto.Builder config = sessionConfig.toBuilder()
                .setIntraOpParallelismThreads(intraOpThreads)
                .setInterOpParallelismThreads(interOpThreads);
        if (device == Device.CPU) {
            config.putDeviceCount("GPU", 0);
        }
        return config.build();
    }

    @Override
    public String toString() {
        String threads = "device " + device.name().toLowerCase(Locale.ROOT) + ", " + threadCount(intraOpThreads)
                + " intra-op / " + threadCount(interOpThreads) + " inter-op threads"
                + (callingThread ? ", one-device steps on the calling thread" : "");
        return sessionConfig.equals(ConfigProto.getDefaultInstance()) ? threads
                : threads + ", session configuration {" + sessionConfig.toString().strip().replaceAll("\\s+", " ") + "}";
    }

    private static String threadCount(int count) {
        return count == 0 ? "auto" : Integer.toString(count);
    }
}
