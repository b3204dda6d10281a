package dev.lamina.runtime.distribute;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HashMap;
import java.util.Map;
import org.tensorflow.Server;
import org.tensorflow.proto.ServerDef;

/**
 * The TensorFlow gRPC server of one task, started at most once per process and kept for its life
 * (TensorFlow Java's {@code Server.stop()} and {@code close()} throw: a server cannot be shut
 * down cleanly; the process's exit stops it).
 *
 * <p>Trust: a TensorFlow server executes any graph sent to it, with no authentication or
 * encryption. TensorFlow's gRPC server also listens on every interface at the task's port (it
 * ignores the host part of the address). So a task whose address is not a loopback address is
 * refused unless {@link #ALLOW_REMOTE_OPTION} is given, and {@link #exposure} says plainly what
 * is exposed.
 */
final class TaskServer {
    /** The option, named for its risk, that lets a task listen for remote machines. */
    static final String ALLOW_REMOTE_OPTION = "--allow-unauthenticated-remote-execution";

    private static final Map<String, Server> STARTED = new HashMap<>();

    private TaskServer() {}

    /**
     * Starts task {@code index}'s server, unless this process started it already.
     *
     * @param allowRemote whether a non-loopback task address is accepted ({@link #ALLOW_REMOTE_OPTION})
     */
    static synchronized void start(Cluster cluster, int index, boolean allowRemote) {
        String address = cluster.address(index);
        if (STARTED.containsKey(address)) {
            return;
        }
        if (!allowRemote && !isLoopback(cluster.host(index))) {
            throw new IllegalStateException("Task " + index + "'s address " + address + " is not a loopback address. A"
                    + " TensorFlow server runs any graph sent to it, without authentication, so a task reachable from"
                    + " other machines must be on a trusted private network. Give " + ALLOW_REMOTE_OPTION
                    + " (or Worker.Options.allowRemote) to start it anyway; see docs/distributed.md.");
        }
        Server server = new Server(ServerDef.newBuilder().setCluster(cluster.toClusterDef()).setJobName(Cluster.JOB)
                .setTaskIndex(index).setProtocol("grpc").build());
        server.start();
        STARTED.put(address, server);
    }

    /** What the task's server exposes, to print when it starts. */
    static String exposure(Cluster cluster, int index) {
        return "TensorFlow gRPC server for /job:" + Cluster.JOB + "/task:" + index + " at " + cluster.address(index)
                + " (cluster " + cluster.workers() + "). It listens on every interface at port "
                + Cluster.port(cluster.address(index)) + " (TensorFlow's server cannot bind a single address) and runs any"
                + " graph sent to it, without authentication or encryption: keep the port closed to untrusted networks.";
    }

    /** Whether every address {@code host} resolves to is a loopback address; an unresolvable host is not. */
    static boolean isLoopback(String host) {
        try {
            InetAddress[] addresses = InetAddress.getAllByName(host);
            for (InetAddress address : addresses) {
                if (!address.isLoopbackAddress()) {
                    return false;
                }
            }
            return addresses.length > 0;
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
