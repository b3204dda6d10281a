package dev.lamina.runtime.distribute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TfConfigTest {
    @Test
    void readsTheWorkersAndTheTask() {
        TfConfig config = TfConfig.parse("{\"cluster\": {\"worker\": [\"a:2222\", \"b:2222\"]}, \"task\": {\"type\": \"worker\", \"index\": 1}}");
        assertEquals(List.of("a:2222", "b:2222"), config.cluster().workers());
        assertEquals(1, config.taskIndex());
    }

    /** TFJob with a chief replica: the chief becomes task 0, the workers follow. */
    @Test
    void aChiefJobComesFirst() {
        String json = "{\"cluster\": {\"chief\": [\"c:1\"], \"worker\": [\"w0:1\", \"w1:1\"]}, \"task\": {\"type\": \"worker\", \"index\": 1}}";
        TfConfig config = TfConfig.parse(json);
        assertEquals(List.of("c:1", "w0:1", "w1:1"), config.cluster().workers());
        assertEquals(2, config.taskIndex());
    }

    @Test
    void parameterServersAndBadTasksAreRefusedWithTheExpectedForm() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> TfConfig.parse(
                "{\"cluster\": {\"worker\": [\"a:1\"], \"ps\": [\"p:1\"]}, \"task\": {\"type\": \"worker\", \"index\": 0}}"))
                .getMessage().contains("\"ps\""));
        assertThrows(IllegalArgumentException.class, () -> TfConfig.parse(
                "{\"cluster\": {\"worker\": [\"a:1\"]}, \"task\": {\"type\": \"worker\", \"index\": 3}}"));
        assertThrows(IllegalArgumentException.class, () -> TfConfig.parse("{\"cluster\": {\"worker\": [\"a\"]}, \"task\": {\"type\": \"worker\", \"index\": 0}}"));
        assertThrows(IllegalArgumentException.class, () -> TfConfig.parse("not json"));
    }
}
