package dev.lamina.samples;

import dev.lamina.runtime.data.Dataset;

/**
 * Ordinary least squares with an intercept, in plain Java: the baseline a network on tabular
 * data must beat. Solves the normal equations {@code (XᵀX) w = Xᵀy} (X with a leading column of
 * ones) in double precision by Gaussian elimination with partial pivoting; ten features make an
 * 11 × 11 system, well inside double's precision for the diabetes data.
 */
final class LinearBaseline {
    private final double[] weights;

    private LinearBaseline(double[] weights) {
        this.weights = weights;
    }

    /** Fits on every example of {@code train} (one real target per example). */
    static LinearBaseline fit(Dataset train) {
        int p = train.exampleSize() + 1;
        double[][] a = new double[p][p + 1];
        float[] row = new float[train.exampleSize()];
        double[] x = new double[p];
        for (int i = 0; i < train.size(); i++) {
            train.copyExample(i, row, 0);
            x[0] = 1;
            for (int j = 1; j < p; j++) {
                x[j] = row[j - 1];
            }
            double y = train.targets().value(i, 0);
            for (int j = 0; j < p; j++) {
                for (int k = 0; k < p; k++) {
                    a[j][k] += x[j] * x[k];
                }
                a[j][p] += x[j] * y;
            }
        }
        return new LinearBaseline(solve(a));
    }

    /** The root mean squared error of the fitted line on {@code test}. */
    double rmse(Dataset test) {
        float[] row = new float[test.exampleSize()];
        double sum = 0;
        for (int i = 0; i < test.size(); i++) {
            test.copyExample(i, row, 0);
            double prediction = weights[0];
            for (int j = 0; j < row.length; j++) {
                prediction += weights[j + 1] * row[j];
            }
            double error = test.targets().value(i, 0) - prediction;
            sum += error * error;
        }
        return Math.sqrt(sum / test.size());
    }

    /** The RMSE on {@code test} of always predicting the mean target of {@code train}. */
    static double meanRmse(Dataset train, Dataset test) {
        double mean = 0;
        for (int i = 0; i < train.size(); i++) {
            mean += train.targets().value(i, 0);
        }
        mean /= train.size();
        double sum = 0;
        for (int i = 0; i < test.size(); i++) {
            double error = test.targets().value(i, 0) - mean;
            sum += error * error;
        }
        return Math.sqrt(sum / test.size());
    }

    /** Solves the augmented system {@code a} ({@code p × (p+1)}) in place. */
    private static double[] solve(double[][] a) {
        int p = a.length;
        for (int col = 0; col < p; col++) {
            int pivot = col;
            for (int r = col + 1; r < p; r++) {
                pivot = Math.abs(a[r][col]) > Math.abs(a[pivot][col]) ? r : pivot;
            }
            double[] t = a[col];
            a[col] = a[pivot];
            a[pivot] = t;
            for (int r = 0; r < p; r++) {
                if (r != col) {
                    double f = a[r][col] / a[col][col];
                    for (int c = col; c <= p; c++) {
                        a[r][c] -= f * a[col][c];
                    }
                }
            }
        }
        double[] w = new double[p];
        for (int j = 0; j < p; j++) {
            w[j] = a[j][p] / a[j][j];
        }
        return w;
    }
}
