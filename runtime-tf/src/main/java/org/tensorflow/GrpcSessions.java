package org.tensorflow;

import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.PointerScope;
import org.tensorflow.internal.c_api.TF_Session;
import org.tensorflow.internal.c_api.TF_SessionOptions;
import org.tensorflow.internal.c_api.TF_Status;
import org.tensorflow.internal.c_api.global.tensorflow;
import org.tensorflow.proto.ConfigProto;

/**
 * Sessions against a TensorFlow server ({@code grpc://host:port}), which TensorFlow Java 1.1 has
 * no public way to make: its {@link Session} constructors never set a target. This class does
 * what {@code Session}'s own private {@code allocate} does, plus {@code TF_SetTarget}, and hands
 * the native session to {@code Session}'s package-private {@code Session(Graph, TF_Session)}
 * constructor, hence its package.
 *
 * <p>It relies on three things a TensorFlow Java release could change: that constructor, {@code
 * Graph.ref()} (which keeps the graph alive while the native call runs) and the C API's session
 * options. {@code GrpcSessionsTest} runs a server and a session against it, so a change fails the
 * build, not a user's training run.
 */
public final class GrpcSessions {
    private GrpcSessions() {}

    /**
     * A session on {@code graph} whose runs are executed by the master at {@code target}.
     *
     * @param target {@code grpc://host:port} of a running TensorFlow server
     * @param config the session's configuration (an operation timeout, placement options)
     */
    public static Session open(Graph graph, String target, ConfigProto config) {
        if (!target.startsWith("grpc://")) {
            throw new IllegalArgumentException("Expected a target grpc://host:port. Received: '" + target + "'");
        }
        try (PointerScope scope = new PointerScope(); Graph.Reference ref = graph.ref()) {
            TF_Status status = TF_Status.newStatus();
            TF_SessionOptions options = TF_SessionOptions.newSessionOptions();
            tensorflow.TF_SetTarget(options, target);
            BytePointer bytes = new BytePointer(config.toByteArray());
            tensorflow.TF_SetConfig(options, bytes, bytes.capacity(), status);
            status.throwExceptionIfNotOK();
            TF_Session session = TF_Session.newSession(ref.nativeHandle(), options, status);
            status.throwExceptionIfNotOK();
            return new Session(graph, (TF_Session) session.retainReference());
        }
    }
}
