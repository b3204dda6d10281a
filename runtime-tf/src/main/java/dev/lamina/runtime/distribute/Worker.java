package dev.lamina.runtime.distribute;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

/**
 * The entry point of a worker task: starts the TensorFlow server for its task and serves until
 * the process is stopped. The chief (task 0) is the training program itself, which starts its own
 * server through {@link Distribution#multiWorker}.
 *
 * <pre>
 *   java -cp … dev.lamina.runtime.distribute.Worker                    # cluster and task from TF_CONFIG
 *   java -cp … dev.lamina.runtime.distribute.Worker --cluster localhost:2222,localhost:2223 --task 1
 * </pre>
 *
 * A task address that is not a loopback address is refused unless {@value TaskServer#ALLOW_REMOTE_OPTION}
 * is given. When serving, it prints one line beginning with {@value #READY}.
 */
public final class Worker {
    /** The start of the line printed once the server is up. */
    public static final String READY = "lamina-worker ready:";

    private Worker() {}

    public static void main(String[] args) throws InterruptedException {
        try {
            serve(args, System.out);
        } catch (IllegalArgumentException | IllegalStateException e) {
            System.err.println("lamina-worker: " + e.getMessage());
            System.exit(2);
        }
        Thread.currentThread().join(); // the server's threads serve; this one waits for the process to be stopped
    }

    /** Parses {@code args} (or {@code TF_CONFIG}), starts the task's server and prints what it exposes. */
    static void serve(String[] args, PrintStream out) {
        List<String> list = Arrays.asList(args);
        boolean allowRemote = list.contains(TaskServer.ALLOW_REMOTE_OPTION);
        String clusterArg = value(list, "--cluster");
        String taskArg = value(list, "--task");
        TfConfig config;
        if (clusterArg != null || taskArg != null) {
            if (clusterArg == null || taskArg == null) {
                throw new IllegalArgumentException("give both --cluster host:port,host:port,... and --task <index>, or neither"
                        + " (then TF_CONFIG is read)");
            }
            Cluster cluster = new Cluster(List.of(clusterArg.split(",")));
            config = new TfConfig(cluster, parseTask(taskArg));
            cluster.address(config.taskIndex());
        } else {
            config = TfConfig.fromEnvironment();
        }
        TaskServer.start(config.cluster(), config.taskIndex(), allowRemote);
        out.println(READY + " " + TaskServer.exposure(config.cluster(), config.taskIndex()));
        out.flush();
    }

    private static int parseTask(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--task: expected a task index. Received: '" + text + "'");
        }
    }

    private static String value(List<String> args, String option) {
        int at = args.indexOf(option);
        if (at < 0) {
            return null;
        }
        if (at + 1 >= args.size()) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args.get(at + 1);
    }
}
