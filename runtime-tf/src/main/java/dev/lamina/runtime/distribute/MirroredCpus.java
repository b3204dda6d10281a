package dev.lamina.runtime.distribute;

import dev.lamina.runtime.engine.Engine;
import java.util.List;
import java.util.stream.IntStream;
import org.tensorflow.DeviceSpec;
import org.tensorflow.Graph;
import org.tensorflow.Session;

/**
 * Replicas on {@code replicas} virtual CPU devices of this process ({@code device_count} in the
 * session's configuration): the same code path as GPUs, for tests and CPU machines. They share
 * the process's thread pools, so they split a step's work rather than adding cores.
 */
record MirroredCpus(int replicas) implements Distribution {
    MirroredCpus {
        if (replicas < 1) {
            throw new IllegalArgumentException("Distribution.mirrored: expected at least 1 replica. Received: " + replicas);
        }
    }

    @Override
    public List<DeviceSpec> devices() {
        return IntStream.range(0, replicas).mapToObj(i -> DeviceSpec.newBuilder()
                .deviceType(DeviceSpec.DeviceType.CPU).deviceIndex(i).build()).toList();
    }

    @Override
    public Session openSession(Graph graph) {
        return new Session(graph, Engine.options().toConfigProto().toBuilder().putDeviceCount("CPU", replicas).build());
    }

    @Override
    public String toString() {
        return "mirrored over " + replicas + " CPU devices";
    }
}
