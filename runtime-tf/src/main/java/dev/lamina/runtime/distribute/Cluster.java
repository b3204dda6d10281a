package dev.lamina.runtime.distribute;

import java.util.List;
import org.tensorflow.proto.ClusterDef;
import org.tensorflow.proto.JobDef;

/**
 * The tasks of a training cluster: one {@code host:port} per worker, task 0 the chief (which
 * holds the variables and drives training). The same list must be given to every task.
 *
 * @param workers each worker's address, in task order
 */
public record Cluster(List<String> workers) {
    /** TensorFlow's name for the job of the workers: {@code /job:worker/task:<i>}. */
    public static final String JOB = "worker";

    public Cluster {
        if (workers == null || workers.isEmpty()) {
            throw new IllegalArgumentException("Cluster: expected at least one worker address (host:port)");
        }
        workers = List.copyOf(workers);
        for (String address : workers) {
            port(address);
        }
    }

    public static Cluster of(String... workers) {
        return new Cluster(List.of(workers));
    }

    /** Task {@code index}'s address. */
    public String address(int index) {
        if (index < 0 || index >= workers.size()) {
            throw new IllegalArgumentException("Cluster: no task " + index + " among " + workers.size() + " workers " + workers);
        }
        return workers.get(index);
    }

    /** The host part of task {@code index}'s address. */
    public String host(int index) {
        String address = address(index);
        return address.substring(0, address.lastIndexOf(':')).replace("[", "").replace("]", "");
    }

    /** The cluster as TensorFlow describes it to a server. */
    ClusterDef toClusterDef() {
        JobDef.Builder job = JobDef.newBuilder().setName(JOB);
        for (int i = 0; i < workers.size(); i++) {
            job.putTasks(i, workers.get(i));
        }
        return ClusterDef.newBuilder().addJob(job).build();
    }

    /** The port of {@code host:port}, checked. */
    static int port(String address) {
        int colon = address == null ? -1 : address.lastIndexOf(':');
        try {
            int port = Integer.parseInt(address.substring(colon + 1));
            if (colon > 0 && port > 0 && port < 65536) {
                return port;
            }
        } catch (RuntimeException e) {
            // reported below
        }
        throw new IllegalArgumentException("Cluster: expected a worker address host:port with a port in 1-65535."
                + " Received: '" + address + "'");
    }
}
