package dev.lamina.runtime.engine;

import org.tensorflow.DeviceSpec;
import org.tensorflow.Graph;
import org.tensorflow.Session;
import org.tensorflow.TensorFlow;
import org.tensorflow.op.Ops;
import org.tensorflow.proto.ConfigProto;

/**
 * The process's TensorFlow engine settings ({@link EngineOptions}): every model's session is made
 * here. Configure it once, before the first model is built:
 * <pre>{@code
 *   Engine.configure(EngineOptions.fromEnvironment().withThreads(4, 2));
 * }</pre>
 * The thread pools cannot change afterwards (TensorFlow sizes them with the process's first
 * session); the device may, and applies to models built after the change. A session that other
 * code made before the first model also fixes the pools, with its own settings.
 */
public final class Engine {
    private static EngineOptions options;
    private static boolean poolsCreated;
    private static boolean gpuFound;
    private static boolean preloading;

    private Engine() {}

    /**
     * Sets the options for the models built from now on.
     *
     * @throws IllegalStateException if a model was already built with other thread counts
     */
    public static synchronized void configure(EngineOptions requested) {
        if (requested == null) {
            throw new IllegalArgumentException("Engine.configure: the options must not be null");
        }
        if (poolsCreated && !requested.sameThreads(current())) {
            throw new IllegalStateException("Engine.configure(" + requested + "): TensorFlow's thread pools were"
                    + " already created with " + current() + " when the first model was built, and they cannot"
                    + " change in this process. Configure the engine before building any model.");
        }
        options = requested;
    }

    /**
     * Starts loading TensorFlow on a background thread: its native library (0.4–0.9 s), the
     * classes of the session configuration (about 0.1 s) and of the op-building API. Call it first
     * thing in {@code main}, so that this overlaps the program's own start-up work, such as
     * loading data; the first model built waits for whatever is not finished yet. Calling it
     * again does nothing.
     */
    public static synchronized void preload() {
        if (preloading) {
            return;
        }
        preloading = true;
        Thread loader = new Thread(() -> {
            TensorFlow.version();
            ConfigProto.getDefaultInstance();
            try (Graph graph = new Graph()) {
                Ops.create(graph); // the op-building API: thousands of methods to load and verify
            }
        }, "lamina-engine-preload");
        loader.setDaemon(true);
        loader.start();
    }

    /** The options in effect: those configured, else {@link EngineOptions#fromEnvironment()}. */
    public static synchronized EngineOptions options() {
        return current();
    }

    /** A session for {@code graph} with the engine's options; the first one sizes the thread pools. */
    public static synchronized Session newSession(Graph graph) {
        EngineOptions current = current();
        if (current.device() == Device.GPU && !gpuFound) {
            requireGpu(current);
        }
        Session session = new Session(graph, current.toConfigProto());
        poolsCreated = true;
        return session;
    }

    private static EngineOptions current() {
        if (options == null) {
            options = EngineOptions.fromEnvironment();
        }
        return options;
    }

    /** Runs one op pinned to the first GPU, with soft placement off, so that it fails when there is none. */
    private static void requireGpu(EngineOptions current) {
        ConfigProto strict = current.toConfigProto().toBuilder().setAllowSoftPlacement(false).build();
        try (Graph probe = new Graph()) {
            Ops tf = Ops.create(probe).withDevice(
                    DeviceSpec.newBuilder().deviceType(DeviceSpec.DeviceType.GPU).deviceIndex(0).build());
            var value = tf.identity(tf.constant(1f));
            try (Session session = new Session(probe, strict)) {
                poolsCreated = true;
                session.runner().fetch(value).run().close();
            }
        } catch (RuntimeException e) {
            throw new IllegalStateException("The engine's device is GPU (" + current + "), but TensorFlow sees no"
                    + " GPU. The GPU needs the GPU build of the native library (build with -Pgpu), an NVIDIA driver"
                    + " for CUDA 12, and the CUDA 12 and cuDNN 9 libraries on the loader path (LD_LIBRARY_PATH)."
                    + " Use Device.AUTO (or -D" + EngineOptions.DEVICE_PROPERTY + "=auto) to run on whatever is"
                    + " there. TensorFlow said: " + firstLine(e.getMessage()), e);
        }
        gpuFound = true;
    }

    private static String firstLine(String message) {
        return message == null ? "(no message)" : message.lines().findFirst().orElse("");
    }
}
