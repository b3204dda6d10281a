#!/usr/bin/env python3
"""Independent float64 NumPy check of the learning-rate finder, run by hand (never by the build).

    python3 benchmarks/lr_finder_reference.py runs/one-cycle/lr_finder.csv

Reads the sweep that LearningRateCurve writes beside lr_finder.png (rate, raw batch loss, smoothed
loss per step), recomputes from the raw losses alone the bias-corrected moving average
(beta = 0.98), the divergence stop (smoothed loss above 4x its running minimum) and each suggestion
rule, and prints them next to what Lamina recorded. The rules, as documented in SuggestionRule:
  MINIMUM              rate at the smoothed minimum
  MINIMUM_OVER_TEN     that rate / 10
  STEEPEST_DESCENT     middle of the 101-point window (ending at or before the minimum, starting at
                       point 50 or later) with the most negative slope of smoothed loss vs ln(rate)
  DIVERGENCE_OVER_TEN  last rate of the sweep / 10
A rule suggests nothing when the smoothed minimum is not 10% below the smoothed value at point
min(50, argmin).
"""
import sys

import numpy as np

BETA, FACTOR, HALF, DESCENT = 0.98, 4.0, 50, 0.1


def smooth(losses):
    out, average = np.empty_like(losses), 0.0
    for k, loss in enumerate(losses, start=1):
        average = BETA * average + (1 - BETA) * loss
        out[k - 1] = average / (1 - BETA ** k)
    return out


def rules(rates, smoothed):
    m = int(np.argmin(smoothed))
    reference = smoothed[min(HALF, m)]
    if not smoothed[m] < (1 - DESCENT) * reference:
        return {name: float("nan") for name in ("MINIMUM", "MINIMUM_OVER_TEN", "STEEPEST_DESCENT", "DIVERGENCE_OVER_TEN")}
    width = min(2 * HALF, m)
    best, best_slope = 0, np.inf
    for lo in range(min(HALF, m - width), m - width + 1):
        hi = lo + width
        slope = (smoothed[hi] - smoothed[lo]) / (np.log(rates[hi]) - np.log(rates[lo]))
        if slope < best_slope:
            best, best_slope = lo + width // 2, slope
    return {"MINIMUM": rates[m], "MINIMUM_OVER_TEN": rates[m] / 10, "STEEPEST_DESCENT": rates[best],
            "DIVERGENCE_OVER_TEN": rates[-1] / 10}


def main(path):
    data = np.loadtxt(path, delimiter=",", skiprows=1, dtype=np.float64)
    rates, losses, recorded = data[:, 0], data[:, 1], data[:, 2]
    smoothed = smooth(losses)
    print(f"steps {len(rates)}, rates {rates[0]:.3g} .. {rates[-1]:.3g}")
    print(f"smoothed loss: max |NumPy - Lamina| = {np.max(np.abs(smoothed - recorded)):.3g}")
    running_min = np.minimum.accumulate(smoothed)
    over = np.nonzero(smoothed > FACTOR * running_min)[0]
    print(f"divergence: first step past {FACTOR:g}x the minimum = {over[0] if len(over) else 'none'}"
          f" (Lamina stopped after step {len(rates) - 1})")
    for name, rate in rules(rates, smoothed).items():
        print(f"{name:20s} {rate:.6g}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "runs/one-cycle/lr_finder.csv")
