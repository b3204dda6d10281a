package dev.lamina.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lamina.runtime.data.Csv;
import dev.lamina.runtime.data.Dataset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegressionSampleTest {
    private static final Path CSV = Path.of("data", "diabetes", "diabetes.csv");

    /** The least-squares fit on all 442 patients, against NumPy's {@code lstsq} on the same file. */
    @Test
    void leastSquaresMatchesNumpy() {
        Dataset all = Csv.read(CSV).target("progression").load();

        // numpy.linalg.lstsq(c_[ones, X], y): training RMSE 53.476128764026576; the mean's 77.00574586945044.
        assertEquals(53.476128764026576, LinearBaseline.fit(all).rmse(all), 1e-4);
        assertEquals(77.00574586945044, LinearBaseline.meanRmse(all, all), 1e-4);
    }

    @Test
    void writesTheNetworkAndBothBaselinesToMetricsJson(@TempDir Path out) throws Exception {
        SampleOptions options = new SampleOptions(OptionalInt.of(2), OptionalInt.empty(), OptionalLong.empty(),
                Optional.empty(), out, OptionalInt.empty(), false);
        Map<String, Object> metrics = new RegressionSample().run(options);

        String json = Files.readString(out.resolve("metrics.json"));
        for (String key : new String[] {"test_rmse", "baseline_ols_rmse", "baseline_mean_rmse"}) {
            assertTrue(json.contains("\"" + key + "\""), key + " missing from " + json);
        }
        assertEquals(89, metrics.get("test_examples"), "floor(442 × 0.8) = 353 to train, 89 to test");
        assertTrue((double) metrics.get("baseline_ols_rmse") < (double) metrics.get("baseline_mean_rmse"));
    }
}
