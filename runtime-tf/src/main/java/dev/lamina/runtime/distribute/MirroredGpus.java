package dev.lamina.runtime.distribute;

import dev.lamina.runtime.engine.Device;
import dev.lamina.runtime.engine.Engine;
import java.util.List;
import java.util.stream.IntStream;
import org.tensorflow.DeviceSpec;
import org.tensorflow.Graph;
import org.tensorflow.Session;

/** Replicas on the local GPUs {@code /device:GPU:0} to {@code GPU:<n−1>}; ops without a GPU kernel fall back to the CPU. */
record MirroredGpus(int gpus) implements Distribution {
    @Override
    public List<DeviceSpec> devices() {
        return IntStream.range(0, gpus).mapToObj(i -> DeviceSpec.newBuilder()
                .deviceType(DeviceSpec.DeviceType.GPU).deviceIndex(i).build()).toList();
    }

    @Override
    public Session openSession(Graph graph) {
        if (Engine.options().device() == Device.CPU) {
            throw new IllegalStateException("Distribution.mirrored() places replicas on GPUs, and the engine's device is"
                    + " CPU (" + Engine.options() + "). Use Device.AUTO or GPU, or Distribution.mirrored(n) on CPU devices.");
        }
        return new Session(graph, Engine.options().toConfigProto().toBuilder().setAllowSoftPlacement(true).build());
    }

    @Override
    public String toString() {
        return "mirrored over " + gpus + " GPUs";
    }
}
