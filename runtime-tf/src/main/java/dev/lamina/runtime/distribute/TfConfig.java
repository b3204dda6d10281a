package dev.lamina.runtime.distribute;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code TF_CONFIG} environment variable that TensorFlow's multi-worker strategies read and
 * Kubernetes operators (Kubeflow's TFJob) set:
 * {@code {"cluster": {"worker": ["host:port", ...]}, "task": {"type": "worker", "index": 0}}}.
 * A {@code chief} job, as TFJob writes with a chief replica, becomes task 0 and the workers follow
 * it; parameter servers ({@code ps}) are refused, since the variables live on the chief.
 *
 * @param cluster the tasks, chief first
 * @param taskIndex this process's task in {@code cluster}
 */
public record TfConfig(Cluster cluster, int taskIndex) {
    public static final String VARIABLE = "TF_CONFIG";

    /** The configuration in the environment; fails, saying what is expected, where it is missing or wrong. */
    public static TfConfig fromEnvironment() {
        String json = System.getenv(VARIABLE);
        if (json == null || json.isBlank()) {
            throw new IllegalStateException(VARIABLE + " is not set: expected {\"cluster\": {\"worker\": [\"host:port\", ...]},"
                    + " \"task\": {\"type\": \"worker\", \"index\": <i>}}");
        }
        return parse(json);
    }

    public static TfConfig parse(String json) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(json);
        } catch (IOException e) {
            throw new IllegalArgumentException(VARIABLE + " is not valid JSON: " + e.getMessage(), e);
        }
        JsonNode cluster = root == null ? null : root.get("cluster");
        if (cluster == null || !cluster.isObject()) {
            throw new IllegalArgumentException(VARIABLE + ": expected a \"cluster\" object. Received: " + json);
        }
        if (cluster.has("ps")) {
            throw new IllegalArgumentException(VARIABLE + ": parameter servers (\"ps\") are not supported: the variables live"
                    + " on the chief (worker 0). List every task under \"worker\" (and optionally one \"chief\").");
        }
        List<String> chief = addresses(cluster, "chief");
        List<String> tasks = new ArrayList<>(chief);
        tasks.addAll(addresses(cluster, "worker"));
        JsonNode task = root.get("task");
        String type = task == null || task.get("type") == null ? "" : task.get("type").asText();
        if (task == null || !task.has("index") || !(type.equals("worker") || type.equals("chief"))) {
            throw new IllegalArgumentException(VARIABLE + ": expected \"task\": {\"type\": \"worker\" or \"chief\", \"index\": <i>}."
                    + " Received: " + task);
        }
        int index = task.get("index").asInt() + (type.equals("worker") ? chief.size() : 0);
        Cluster result = new Cluster(tasks);
        result.address(index);
        return new TfConfig(result, index);
    }

    private static List<String> addresses(JsonNode cluster, String job) {
        JsonNode list = cluster.get(job);
        List<String> addresses = new ArrayList<>();
        if (list != null) {
            if (!list.isArray()) {
                throw new IllegalArgumentException(VARIABLE + ": expected \"" + job + "\" to be a list of \"host:port\"");
            }
            list.forEach(address -> addresses.add(address.asText()));
        }
        return addresses;
    }
}
