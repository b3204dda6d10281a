package org.tensorflow;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.PointerScope;
import org.tensorflow.internal.c_api.TF_Buffer;
import org.tensorflow.internal.c_api.TF_Graph;
import org.tensorflow.internal.c_api.TF_ImportGraphDefOptions;
import org.tensorflow.internal.c_api.TF_Output;
import org.tensorflow.internal.c_api.TF_Status;
import org.tensorflow.internal.c_api.global.tensorflow;
import org.tensorflow.proto.GraphDef;
import org.tensorflow.proto.NodeDef;

/**
 * Gives device-less ops the device their inputs agree on, which TensorFlow Java 1.1 has no way to
 * do after an op is built: its gradient builder ({@code TF_AddGradientsWithPrefix}) creates every
 * gradient op without a device, so TensorFlow's placer would run a replica's whole backward pass
 * on the default device. Python TensorFlow has {@code colocate_gradients_with_ops} for this.
 *
 * <p>The ops are copied, with their devices set, through the C API's graph import into the same
 * graph under a fresh name prefix; their inputs from outside the set are mapped onto the existing
 * ops ({@code TF_ImportGraphDefOptionsAddInputMapping}), so the copies compute exactly what the
 * originals do. The originals stay in the graph, unused, and are pruned from every run.
 *
 * <p>The device rule: an op takes the one device its data inputs were placed on, among those
 * that have one; with none, or several (a sum of the replicas' gradients), it stays device-less
 * and TensorFlow places it where it places the variables. It relies on the graph's package-private
 * native handle and on {@link Scope#refreshNames()} after an import (what {@link
 * Graph#importGraphDef} itself calls), hence its package; {@code DevicePlacementTest} fails the
 * build if either changes.
 */
public final class DevicePlacement {
    private static final String PREFIX = "placed";

    private DevicePlacement() {}

    /**
     * Copies {@code ops} with the devices their inputs imply and returns the copies of {@code outputs}.
     *
     * @param ops the names of the ops to place (for example, every op a gradient call added)
     * @param outputs tensors to return the placed copies of; one made by an op outside {@code ops}
     *     is returned as it is
     */
    public static List<Output<?>> byInputs(Graph graph, Set<String> ops, List<? extends Operand<?>> outputs) {
        GraphDef whole = graph.toGraphDef();
        Map<String, NodeDef> nodes = new HashMap<>();
        whole.getNodeList().forEach(node -> nodes.put(node.getName(), node));
        Map<String, String> devices = devices(nodes, ops);
        String prefix = freshPrefix(nodes.keySet());

        GraphDef.Builder placed = GraphDef.newBuilder().setVersions(whole.getVersions());
        Set<String> external = new LinkedHashSet<>();
        for (NodeDef node : whole.getNodeList()) {
            if (ops.contains(node.getName())) {
                placed.addNode(node.toBuilder().setDevice(devices.get(node.getName())));
                node.getInputList().stream().filter(input -> !ops.contains(nodeName(input))).forEach(external::add);
            }
        }
        importInto(graph, placed.build(), prefix, external);

        List<Output<?>> copies = new ArrayList<>();
        for (Operand<?> operand : outputs) {
            Output<?> output = operand.asOutput();
            copies.add(ops.contains(output.op().name())
                    ? graph.operation(prefix + "/" + output.op().name()).output(output.index())
                    : output);
        }
        return copies;
    }

    /** Each op's device: the one device its data inputs have, or "" (TensorFlow's placer decides). */
    private static Map<String, String> devices(Map<String, NodeDef> nodes, Set<String> ops) {
        Map<String, String> devices = new HashMap<>();
        for (String op : topologicalOrder(nodes, ops)) {
            Set<String> inputDevices = new HashSet<>();
            for (String input : nodes.get(op).getInputList()) {
                if (input.startsWith("^")) {
                    continue;
                }
                String name = nodeName(input);
                String device = ops.contains(name) ? devices.get(name) : nodes.get(name).getDevice();
                if (!device.isEmpty()) {
                    inputDevices.add(device);
                }
            }
            String own = nodes.get(op).getDevice();
            devices.put(op, !own.isEmpty() ? own : inputDevices.size() == 1 ? inputDevices.iterator().next() : "");
        }
        return devices;
    }

    /** {@code ops} ordered so that every op comes after its inputs among them (Kahn's algorithm). */
    private static List<String> topologicalOrder(Map<String, NodeDef> nodes, Set<String> ops) {
        Map<String, Integer> pending = new HashMap<>();
        Map<String, List<String>> consumers = new HashMap<>();
        for (String op : ops) {
            Set<String> inputs = new HashSet<>();
            nodes.get(op).getInputList().stream().map(DevicePlacement::nodeName).filter(ops::contains).forEach(inputs::add);
            pending.put(op, inputs.size());
            inputs.forEach(input -> consumers.computeIfAbsent(input, key -> new ArrayList<>()).add(op));
        }
        Deque<String> ready = new ArrayDeque<>();
        pending.forEach((op, count) -> {
            if (count == 0) {
                ready.add(op);
            }
        });
        List<String> order = new ArrayList<>();
        while (!ready.isEmpty()) {
            String op = ready.poll();
            order.add(op);
            for (String consumer : consumers.getOrDefault(op, List.of())) {
                if (pending.merge(consumer, -1, Integer::sum) == 0) {
                    ready.add(consumer);
                }
            }
        }
        if (order.size() != ops.size()) {
            throw new IllegalStateException("The ops to place form a cycle; " + (ops.size() - order.size())
                    + " of them could not be ordered.");
        }
        return order;
    }

    /** Imports {@code placed}, its references to the ops in {@code external} mapped onto the graph's own. */
    private static void importInto(Graph graph, GraphDef placed, String prefix, Set<String> external) {
        byte[] bytes = placed.toByteArray();
        try (PointerScope scope = new PointerScope(); Graph.Reference ref = graph.ref()) {
            TF_Graph handle = ref.nativeHandle();
            TF_ImportGraphDefOptions options = tensorflow.TF_NewImportGraphDefOptions();
            TF_Buffer buffer = tensorflow.TF_NewBufferFromString(new BytePointer(bytes), bytes.length);
            try {
                tensorflow.TF_ImportGraphDefOptionsSetPrefix(options, prefix);
                for (String input : external) {
                    if (input.startsWith("^")) {
                        tensorflow.TF_ImportGraphDefOptionsRemapControlDependency(options, input.substring(1),
                                existing(handle, input.substring(1)));
                    } else {
                        TF_Output output = new TF_Output().oper(existing(handle, nodeName(input))).index(outputIndex(input));
                        tensorflow.TF_ImportGraphDefOptionsAddInputMapping(options, nodeName(input), outputIndex(input), output);
                    }
                }
                TF_Status status = TF_Status.newStatus();
                tensorflow.TF_GraphImportGraphDef(handle, buffer, options, status);
                status.throwExceptionIfNotOK();
            } finally {
                tensorflow.TF_DeleteBuffer(buffer);
                tensorflow.TF_DeleteImportGraphDefOptions(options);
            }
        }
        graph.baseScope().refreshNames();
    }

    private static org.tensorflow.internal.c_api.TF_Operation existing(TF_Graph graph, String name) {
        var op = tensorflow.TF_GraphOperationByName(graph, name);
        if (op == null || op.isNull()) {
            throw new IllegalStateException("No op named '" + name + "' in the graph");
        }
        return op;
    }

    /** A prefix no op of the graph uses yet: {@code placed}, {@code placed_1}, … */
    private static String freshPrefix(Set<String> names) {
        String prefix = PREFIX;
        for (int i = 1; taken(names, prefix); i++) {
            prefix = PREFIX + "_" + i;
        }
        return prefix;
    }

    private static boolean taken(Set<String> names, String prefix) {
        return names.contains(prefix) || names.stream().anyMatch(name -> name.startsWith(prefix + "/"));
    }

    /** {@code "a/b:1"} → {@code "a/b"}; {@code "^a/b"} → {@code "a/b"}. */
    private static String nodeName(String input) {
        String name = input.startsWith("^") ? input.substring(1) : input;
        int colon = name.lastIndexOf(':');
        return colon < 0 ? name : name.substring(0, colon);
    }

    /** {@code "a/b:1"} → 1; {@code "a/b"} → 0. */
    private static int outputIndex(String input) {
        int colon = input.lastIndexOf(':');
        return colon < 0 ? 0 : Integer.parseInt(input.substring(colon + 1));
    }
}
