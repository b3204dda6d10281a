package dev.lamina.runtime.callback;

/**
 * An exponential moving average of the batch losses with bias correction, as fastai's learning-rate
 * finder and Smith's and Gugger's write-ups smooth them:
 * <pre>
 *   a_k = β·a_(k−1) + (1 − β)·loss_k,   a_0 = 0
 *   smoothed_k = a_k / (1 − β^k)          (k = 1, 2, …)
 * </pre>
 * Without the division the first values would be pulled towards 0 (the average starts empty);
 * with it, the first smoothed value is the first loss. With β = 0.98 the average spans about
 * {@code 1 / (1 − β)} = 50 batches, and lags the raw loss by about {@code β / (1 − β)} ≈ 49 of them.
 */
final class SmoothedLoss {
    private final double beta;
    private double average;
    private double betaPower = 1;

    /** @param beta the weight of the past, in [0, 1); 0 leaves the losses as they are */
    SmoothedLoss(double beta) {
        if (!(beta >= 0 && beta < 1)) {
            throw new IllegalArgumentException("SmoothedLoss: expected beta in [0, 1). Received: beta=" + beta);
        }
        this.beta = beta;
    }

    /** Adds one batch loss and returns the smoothed loss so far. */
    double add(double loss) {
        average = beta * average + (1 - beta) * loss;
        betaPower *= beta;
        return average / (1 - betaPower);
    }
}
