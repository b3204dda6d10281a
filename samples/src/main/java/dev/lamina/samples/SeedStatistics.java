package dev.lamina.samples;

/** The mean and spread of one figure over several seeds, as the comparison samples report them. */
final class SeedStatistics {
    private SeedStatistics() {}

    static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }

    /** The population standard deviation, as NumPy's {@code std}. */
    static double std(double[] values) {
        double mean = mean(values);
        double sum = 0;
        for (double v : values) {
            sum += (v - mean) * (v - mean);
        }
        return Math.sqrt(sum / values.length);
    }
}
