package dev.lamina.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end: {@link FashionClassifier} is compiled by the annotation processor (this module's
 * build runs it), then the generated model trains for one epoch on 5,000 Fashion-MNIST images and
 * is evaluated on the 10,000 test images.
 */
class FashionSampleSmokeTest {

    @Test
    void oneEpochOnFiveThousandImagesLearnsFashionMnist(@TempDir Path out) throws Exception {
        SampleOptions options = new SampleOptions(OptionalInt.of(1), OptionalInt.empty(), OptionalLong.empty(),
                Optional.empty(), out, OptionalInt.of(5_000), false);
        Map<String, Object> metrics = new FashionSample().run(options);

        double accuracy = (double) metrics.get("test_accuracy");
        assertTrue(accuracy >= 0.75, "test accuracy " + accuracy);
        assertEquals(1, metrics.get("epochs"));
        assertEquals(5_000, metrics.get("train_examples"));
        String json = Files.readString(out.resolve("metrics.json"));
        for (String key : new String[] {"test_accuracy", "test_loss", "epochs", "train_seconds"}) {
            assertTrue(json.contains("\"" + key + "\""), key + " in " + json);
        }
        assertEquals(2, Files.readAllLines(out.resolve("history.csv")).size());
    }
}
