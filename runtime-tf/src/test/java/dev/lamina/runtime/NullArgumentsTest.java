package dev.lamina.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.lamina.runtime.callback.CsvLogger;
import dev.lamina.runtime.callback.EarlyStopping;
import dev.lamina.runtime.callback.LearningRateFinder;
import dev.lamina.runtime.callback.ModelCheckpoint;
import dev.lamina.runtime.callback.Monitor;
import dev.lamina.runtime.callback.ReduceLROnPlateau;
import dev.lamina.runtime.data.Dataset;
import dev.lamina.runtime.engine.EngineOptions;
import dev.lamina.runtime.layer.Layer;
import dev.lamina.runtime.run.RunDirectory;
import dev.lamina.runtime.train.Blobs;
import dev.lamina.runtime.train.Callback;
import dev.lamina.runtime.train.Fit;
import dev.lamina.runtime.train.History;
import dev.lamina.runtime.train.TinyClassifierModel;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/**
 * A {@code null} argument to the runtime's public API fails at once with a
 * {@link NullPointerException} whose message is the parameter's name, not deep inside the
 * runtime with a bare one (issue 14, defect 7).
 */
class NullArgumentsTest {
    private static final Dataset DATA = Blobs.of(12, 7);

    @TempDir
    Path tmp;
    private final TinyClassifierModel model = TinyClassifierModel.create();

    @AfterEach
    void close() {
        model.close();
    }

    @TestFactory
    List<DynamicTest> eachNullArgumentIsNamed() {
        Fit fit = Fit.epochs(1).verbose(false);
        Path dir = tmp.resolve("x");
        Map<String, Executable> calls = new LinkedHashMap<>();
        calls.put("fit(null, options) → data", () -> model.fit(null, fit));
        calls.put("fit(data, null) → options", () -> model.fit(DATA, null));
        calls.put("adapt(null) → data", () -> model.adapt(null));
        calls.put("setWeights(null) → snapshot", () -> model.setWeights(null));
        calls.put("evaluate(null) → data", () -> model.evaluate(null));
        calls.put("evaluate(null, 8) → data", () -> model.evaluate(null, 8));
        calls.put("predict(null) → data", () -> model.predict((Dataset) null));
        calls.put("predict(null row) → example", () -> model.predict((float[]) null));
        calls.put("predict(null rows) → examples", () -> model.predict((float[][]) null));
        calls.put("predictMonteCarlo(null, 2) → data", () -> model.predictMonteCarlo(null, 2));
        calls.put("gradientHealth(null) → data", () -> model.gradientHealth(null));
        calls.put("read(null) → weight", () -> model.read(null));
        calls.put("save(null) → directory", () -> model.save(null));
        calls.put("restore(null) → directory", () -> model.restore(null));
        calls.put("transferFrom(null) → save", () -> model.transferFrom(null));
        calls.put("transferFrom(null, layers) → save", () -> model.transferFrom(null, List.<Layer>of()));
        calls.put("transferFrom(save, null) → reused", () -> model.transferFrom(dir, null));
        calls.put("freeze(null) → toFreeze", () -> model.freeze(null));
        calls.put("exportSavedModel(null) → directory", () -> model.exportSavedModel(null));
        calls.put("Fit.validation(null) → data", () -> fit.validation(null));
        calls.put("Fit.callbacks(null array) → more", () -> fit.callbacks((Callback[]) null));
        calls.put("Fit.callbacks(c, null) → more[1]", () -> fit.callbacks(new Callback() {}, null));
        calls.put("Fit.schedule(null) → schedule", () -> fit.schedule(null));
        calls.put("Dataset.filter(null) → onLabel", () -> DATA.filter(null));
        calls.put("Dataset.mapLabels(null) → f", () -> DATA.mapLabels(null));
        calls.put("History.append(null) → logs", () -> new History().append(null));
        calls.put("History.get(null) → name", () -> new History().get(null));
        calls.put("WeightSnapshot.get(null) → path", () -> model.weights().get(null));
        calls.put("RunDirectory.at(null) → directory", () -> RunDirectory.at(null));
        calls.put("RunDirectory.fresh(null) → directory", () -> RunDirectory.fresh(null));
        calls.put("RunDirectory.next(null) → parent", () -> RunDirectory.next(null));
        calls.put("RunDirectory.writeMetrics(null) → metrics", () -> RunDirectory.at(dir).writeMetrics(null));
        calls.put("new CsvLogger(null) → file", () -> new CsvLogger(null));
        calls.put("new ModelCheckpoint(null, …) → directory", () -> new ModelCheckpoint(null, Monitor.of("loss"), false));
        calls.put("ModelCheckpoint.bestOnly(null) → directory", () -> ModelCheckpoint.bestOnly(null));
        calls.put("EarlyStopping.monitor(null) → monitor", () -> EarlyStopping.patience(1).monitor(null));
        calls.put("new ReduceLROnPlateau(null, …) → monitor", () -> new ReduceLROnPlateau(null, 0.5, 1, 0, 0));
        calls.put("Monitor.of(null) → name", () -> Monitor.of(null));
        calls.put("LearningRateFinder.find(null, data) → model", () -> LearningRateFinder.find(null, DATA));
        calls.put("LearningRateFinder.find(model, null) → data", () -> LearningRateFinder.find(model, null));
        calls.put("EngineOptions.parseDevice(null, …) → text", () -> EngineOptions.parseDevice(null, "--device"));
        calls.put("EngineOptions.parseThreads(null, …) → text", () -> EngineOptions.parseThreads(null, "--threads"));
        return calls.entrySet().stream().map(call -> DynamicTest.dynamicTest(call.getKey(), () -> {
            String parameter = call.getKey().substring(call.getKey().indexOf("→ ") + 2);
            NullPointerException e = assertThrows(NullPointerException.class, call.getValue());
            assertEquals(parameter, e.getMessage());
        })).toList();
    }
}
