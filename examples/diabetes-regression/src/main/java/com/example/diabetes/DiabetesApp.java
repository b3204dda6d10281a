package com.example.diabetes;

import dev.lamina.runtime.data.Csv;
import dev.lamina.runtime.data.Dataset;
import dev.lamina.runtime.data.TrainTest;
import dev.lamina.runtime.train.Evaluation;
import dev.lamina.runtime.train.Fit;
import java.nio.file.Path;

/**
 * Trains on the diabetes CSV and saves the model, or loads a save and predicts one patient:
 *
 * <pre>
 * java ... com.example.diabetes.DiabetesApp train data/diabetes.csv target/model
 * java ... com.example.diabetes.DiabetesApp predict target/model 59,2,32.1,101,157,93.2,38,4,4.8598,87
 * </pre>
 */
public final class DiabetesApp {
    /** The fixed train/test split: the same test patients for the network and for any baseline. */
    public static final long SPLIT_SEED = 3;
    public static final double TEST_FRACTION = 0.2;

    private DiabetesApp() {}

    public static void main(String[] args) {
        if (args.length == 3 && args[0].equals("train")) {
            Evaluation test = train(Path.of(args[1]), Path.of(args[2]), 150);
            System.out.printf("test RMSE %.2f, MAE %.2f%n", test.metric("root_mean_squared_error"),
                    test.metric("mean_absolute_error"));
        } else if (args.length == 3 && args[0].equals("predict")) {
            float[] row = new float[10];
            String[] values = args[2].split(",");
            for (int i = 0; i < row.length; i++) {
                row[i] = Float.parseFloat(values[i]);
            }
            System.out.println(predict(Path.of(args[1]), row));
        } else {
            System.err.println("usage: DiabetesApp train <csv> <save-dir> | predict <save-dir> <10 comma-separated values>");
            System.exit(2);
        }
    }

    /** The data, split into training and test patients. */
    public static TrainTest data(Path csv) {
        Dataset all = Csv.read(csv).target("progression").load();
        return all.split(TEST_FRACTION, SPLIT_SEED);
    }

    /** Trains for {@code epochs} on the training patients, saves into {@code save}, and evaluates on the test ones. */
    public static Evaluation train(Path csv, Path save, int epochs) {
        TrainTest split = data(csv);
        try (DiabetesModel model = DiabetesModel.create()) {
            model.fit(split.train(), Fit.epochs(epochs).verbose(false));
            model.save(save);
            return model.evaluate(split.test());
        }
    }

    /** Restores the save (weights and standardization statistics) and predicts one patient's progression. */
    public static float predict(Path save, float[] row) {
        try (DiabetesModel model = DiabetesModel.create()) {
            model.restore(save);
            return model.predict(row)[0];
        }
    }
}
