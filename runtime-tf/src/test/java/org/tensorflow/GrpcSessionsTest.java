package org.tensorflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tensorflow.op.Ops;
import org.tensorflow.proto.ClusterDef;
import org.tensorflow.proto.ConfigProto;
import org.tensorflow.proto.JobDef;
import org.tensorflow.proto.RunOptions;
import org.tensorflow.proto.ServerDef;
import org.tensorflow.types.TFloat32;

/**
 * The grpc-session bridge against the TensorFlow Java on the class path: if a release changes the
 * package-private constructor, {@code Graph.ref()} or the C API it uses, this fails (to compile
 * or to run) rather than a user's training.
 */
class GrpcSessionsTest {
    @Test
    void aSessionRunsThroughAServerOnTheTaskItPins() throws IOException {
        String address = "localhost:" + freePort();
        ClusterDef cluster = ClusterDef.newBuilder().addJob(JobDef.newBuilder().setName("local").putTasks(0, address)).build();
        Server server = new Server(ServerDef.newBuilder().setCluster(cluster).setJobName("local").setTaskIndex(0)
                .setProtocol("grpc").build());
        server.start();
        try (Graph graph = new Graph()) {
            Ops tf = Ops.create(graph);
            var variable = tf.withName("v").variable(tf.constant(2f));
            Ops onTask = tf.withDevice(DeviceSpec.newBuilder().job("local").task(0).build());
            var product = onTask.math.mul(onTask.identity(variable), onTask.constant(3f));
            try (Session session = GrpcSessions.open(graph, "grpc://" + address, ConfigProto.getDefaultInstance())) {
                session.initialize();
                RunOptions trace = RunOptions.newBuilder().setTraceLevel(RunOptions.TraceLevel.FULL_TRACE).build();
                try (Result result = session.runner().fetch(product).setOptions(trace).runAndFetchMetadata()) {
                    assertEquals(6f, ((TFloat32) result.get(0)).getFloat());
                    Set<String> devices = new HashSet<>();
                    result.getMetadata().orElseThrow().getStepStats().getDevStatsList()
                            .forEach(device -> devices.add(device.getDevice()));
                    assertEquals(Set.of("/job:local/replica:0/task:0/device:CPU:0"), devices);
                }
            }
        }
    }

    @Test
    void aTargetThatIsNotGrpcIsRefused() {
        try (Graph graph = new Graph()) {
            assertThrows(IllegalArgumentException.class,
                    () -> GrpcSessions.open(graph, "localhost:1", ConfigProto.getDefaultInstance()));
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
