package dev.lamina.runtime.optim;

/**
 * The hyperparameters that Adam, AdamW, Nadam and Adamax share, checked once for all four:
 * <pre>
 *   m ← β1·m + (1 − β1)·g          β1 in [0, 1): the decay of the first moment
 *   v ← β2·v + (1 − β2)·g²         β2 in [0, 1): the decay of the second moment (Adamax: of the
 *                                  infinity norm, u ← max(β2·u, |g|))
 *   w ← w − α·m / (sqrt(v) + ε)    ε &gt; 0 and finite: keeps the step finite where v is 0
 * </pre>
 * A β of 1 would freeze its moment at its initial 0 and make the bias correction {@code 1 − β^t}
 * zero; NaN fails every comparison, so it is rejected with the rest.
 *
 * @param optimizer the optimizer's name, as its messages start ({@code "Adam"}, {@code "Nadam"}, …)
 * @param beta1 β1, in [0, 1)
 * @param beta2 β2, in [0, 1)
 * @param epsilon ε, positive and finite
 */
public record AdamHyperparameters(String optimizer, double beta1, double beta2, double epsilon) {
    /** @throws IllegalArgumentException naming the optimizer and every received value, if one is out of range */
    public AdamHyperparameters {
        if (!(beta1 >= 0 && beta1 < 1) || !(beta2 >= 0 && beta2 < 1) || !(epsilon > 0) || Double.isInfinite(epsilon)) {
            throw new IllegalArgumentException(optimizer + ": expected beta1 and beta2 in [0, 1) and a positive epsilon."
                    + " Received: beta1=" + beta1 + ", beta2=" + beta2 + ", epsilon=" + epsilon);
        }
    }
}
