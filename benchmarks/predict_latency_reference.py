#!/usr/bin/env python3
"""PyTorch's one-row inference latency, the reference of the predict-latency benchmark.

The benchmark's model (Flatten -> BN -> Dense 300 ELU -> BN -> Dense 100 ELU -> BN -> Dense 10
softmax) in eval mode, called eagerly on one row at a time under torch.inference_mode(), one
thread, as an application serving one request at a time would: the row arrives as a float32 NumPy
array of 784 values and the answer leaves as a NumPy array of 10 probabilities. The weights are
PyTorch's initial ones (the latency does not depend on their values), the rows uniform in [0, 1).

Served to the Java benchmark, which interleaves it with its own calls: after "ready", each request
"calls N" makes N calls and answers with their latencies in nanoseconds, space-separated; "quit"
ends it. Set OMP_NUM_THREADS=1 (and OPENBLAS_NUM_THREADS=1) in the environment: benchmarks/run does.

usage: predict_latency_reference.py [--serve]
"""
import argparse
import sys
import time

import numpy as np
import torch
import torch.nn as nn


def model():
    return nn.Sequential(
        nn.Flatten(),
        nn.BatchNorm1d(784, eps=1e-3),
        nn.Linear(784, 300), nn.ELU(),
        nn.BatchNorm1d(300, eps=1e-3),
        nn.Linear(300, 100), nn.ELU(),
        nn.BatchNorm1d(100, eps=1e-3),
        nn.Linear(100, 10), nn.Softmax(dim=1),
    ).eval()


def predict(net, row):
    """One request: a row of 784 floats in, 10 probabilities out (a NumPy array the caller owns)."""
    with torch.inference_mode():
        return net(torch.from_numpy(row).view(1, 28, 28)).numpy()[0].copy()


def latencies(net, rows, calls):
    times = []
    for i in range(calls):
        row = rows[i % len(rows)]
        start = time.perf_counter_ns()
        predict(net, row)
        times.append(time.perf_counter_ns() - start)
    return times


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--serve", action="store_true", help="answer 'calls N' requests on stdin")
    args = parser.parse_args()
    torch.set_num_threads(1)
    torch.manual_seed(42)
    net = model()
    rows = np.random.default_rng(42).random((256, 784), dtype=np.float32)
    print(f"# pytorch {torch.__version__}, threads {torch.get_num_threads()}, eval mode, inference_mode",
          flush=True)
    latencies(net, rows, 2000)  # warm-up
    if not args.serve:
        times = sorted(latencies(net, rows, 20000))
        print(f"p50_us={times[len(times) // 2] / 1e3:.1f} p99_us={times[int(len(times) * 0.99)] / 1e3:.1f}")
        return
    print("ready", flush=True)
    for line in sys.stdin:
        words = line.split()
        if not words or words[0] == "quit":
            break
        print(" ".join(str(t) for t in latencies(net, rows, int(words[1]))), flush=True)


if __name__ == "__main__":
    main()
