package dev.lamina.samples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every sample runs end to end on a small slice (1 epoch, 1,000 training images) and writes its
 * metrics.json: a smoke test of the generated models and the runtime together, not a measure of
 * accuracy (the full runs are the samples themselves).
 */
class SamplesSmokeTest {

    /** Every sample but {@code fashion}, which FashionSampleSmokeTest checks for accuracy. */
    static Stream<String> samples() {
        return Launcher.SAMPLES.stream().map(Sample::name).filter(name -> !name.equals("fashion"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void runsAndWritesMetrics(String name, @TempDir Path out) throws Exception {
        Sample sample = Launcher.SAMPLES.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
        SampleOptions options = new SampleOptions(OptionalInt.of(1), OptionalInt.empty(), OptionalLong.empty(),
                Optional.empty(), out, OptionalInt.of(1_000), false);
        Map<String, Object> metrics = sample.run(options);
        String json = Files.readString(out.resolve("metrics.json"));
        assertTrue(!metrics.isEmpty(), name + " reported nothing");
        for (String key : metrics.keySet()) {
            assertTrue(json.contains("\"" + key + "\""), key + " missing from " + json);
        }
    }
}
