package dev.lamina.runtime.infer;

/**
 * Monte Carlo Dropout predictions (Gal and Ghahramani, 2016): the statistics of N stochastic
 * forward passes with dropout active, per example.
 *
 * @param mean the mean class probabilities over the samples, {@code [examples][classes]}
 * @param std their standard deviation over the samples (population form, as NumPy's {@code std})
 * @param entropy the predictive entropy {@code −Σ_k p̄_k · ln p̄_k} of the mean probabilities, in nats
 * @param predictedClass the arg-max of the mean probabilities
 * @param samples N, the number of stochastic passes
 */
public record Uncertainty(float[][] mean, float[][] std, float[] entropy, int[] predictedClass, int samples) {

    /** The standard deviation of the predicted class's probability, per example. */
    public float[] predictedClassStd() {
        float[] result = new float[predictedClass.length];
        for (int i = 0; i < result.length; i++) {
            result[i] = std[i][predictedClass[i]];
        }
        return result;
    }
}
