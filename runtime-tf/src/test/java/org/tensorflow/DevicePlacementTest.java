package org.tensorflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tensorflow.op.Ops;
import org.tensorflow.proto.ConfigProto;
import org.tensorflow.types.TFloat32;

/**
 * Device-less ops copied with the devices their inputs imply. This test also holds {@link
 * DevicePlacement} to the TensorFlow Java internals it uses (the graph's native handle, the
 * C API's import with input mappings, refreshing the Java name scope after an import).
 */
class DevicePlacementTest {
    private static final String CPU_0 = "/device:CPU:0";
    private static final String CPU_1 = "/device:CPU:1";

    @Test
    void anOpTakesTheDeviceItsInputsAgreeOnAndASumOfTwoDevicesStaysUnplaced() {
        try (Graph graph = new Graph()) {
            Ops tf = Ops.create(graph);
            Operand<TFloat32> onCpu0 = tf.withDevice(DeviceSpec.newBuilder().deviceType(DeviceSpec.DeviceType.CPU)
                    .deviceIndex(0).build()).constant(3f);
            Operand<TFloat32> onCpu1 = tf.withDevice(DeviceSpec.newBuilder().deviceType(DeviceSpec.DeviceType.CPU)
                    .deviceIndex(1).build()).constant(5f);
            Set<String> before = names(graph);
            Operand<TFloat32> doubled = tf.math.mul(onCpu1, tf.constant(2f));
            Operand<TFloat32> squared = tf.math.square(doubled);
            Operand<TFloat32> sum = tf.math.add(squared, onCpu0);
            Set<String> added = names(graph);
            added.removeAll(before);

            List<Output<?>> placed = DevicePlacement.byInputs(graph, added, List.of(squared, sum));

            assertEquals(CPU_1, device(placed.get(0)), "(5·2)² follows its input to CPU:1");
            assertEquals("", device(placed.get(1)), "a sum of CPU:0 and CPU:1 is left to TensorFlow");
            assertNotEquals(squared.op().name(), placed.get(0).op().name());
            try (Session session = new Session(graph, ConfigProto.newBuilder().putDeviceCount("CPU", 2).build());
                    TFloat32 value = (TFloat32) session.runner().fetch(placed.get(1)).run().get(0)) {
                assertEquals(103f, value.getFloat(), "the copy computes what the original does: (5·2)² + 3");
            }
        }
    }

    @Test
    void controlInputsFromOutsideAreMappedAndASecondCallGetsAFreshPrefix() {
        try (Graph graph = new Graph()) {
            Ops tf = Ops.create(graph);
            Operand<TFloat32> x = tf.withDevice(DeviceSpec.newBuilder().deviceType(DeviceSpec.DeviceType.CPU)
                    .deviceIndex(1).build()).constant(4f);
            Operand<TFloat32> guard = tf.constant(1f);
            Set<String> before = names(graph);
            Operand<TFloat32> y = tf.withControlDependencies(List.of(guard)).math.neg(x);
            Set<String> added = names(graph);
            added.removeAll(before);

            Output<?> first = DevicePlacement.byInputs(graph, added, List.of(y)).get(0);
            Output<?> second = DevicePlacement.byInputs(graph, added, List.of(y)).get(0);

            assertEquals("placed/" + y.op().name(), first.op().name());
            assertEquals("placed_1/" + y.op().name(), second.op().name());
            assertEquals(CPU_1, device(second));
            // The Java side knows the imported names: an op built in the same scope gets a fresh one.
            assertNotEquals(first.op().name(), tf.withSubScope("placed").withControlDependencies(List.of(guard))
                    .math.neg(x).op().name());
            try (Session session = new Session(graph, ConfigProto.newBuilder().putDeviceCount("CPU", 2).build());
                    TFloat32 value = (TFloat32) session.runner().fetch(second).run().get(0)) {
                assertEquals(-4f, value.getFloat());
            }
        }
    }

    private static String device(Output<?> output) {
        return ((GraphOperation) output.op()).device();
    }

    private static Set<String> names(Graph graph) {
        Set<String> names = new HashSet<>();
        graph.operations().forEachRemaining(op -> names.add(op.name()));
        return names;
    }
}
