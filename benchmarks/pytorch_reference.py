#!/usr/bin/env python3
"""The PyTorch reference of the training benchmark (run by benchmarks/run; see docs/performance.md).

The same model as the Lamina benchmark (Flatten -> BN -> Dense 300 ELU He -> BN -> Dense 100 ELU He
-> BN -> Dense 10 softmax, Keras's BN momentum 0.99 / epsilon 1e-3), Nadam or Adam at 1e-3, on the
same data (the first 55,000 Fashion-MNIST training images, pixels / 255), one epoch at a time with
a fresh shuffle per epoch; like the Lamina trainer, the epoch's loss and correct predictions are
summed at every step and read once per epoch. After one warm-up epoch per configuration, ROUNDS
rounds of one epoch per configuration; prints the median samples/s in the benchmark's RESULT format.

The script pins its own run-time settings (allocator, OpenBLAS and its kernel, threads: see
pytorch_environment.py) by starting itself again with them, and prints what it runs with;
--out-of-the-box runs it as a plain `python3 pytorch_reference.py DATA_DIR` would, for the
labelled out-of-the-box figure. Needs Debian's python3-torch, libopenblas0-pthread, libjemalloc2 (and
libtcmalloc-minimal4 for --allocator tcmalloc, which the train mode also runs).

usage: pytorch_reference.py DATA_DIR [--rounds N] [--batches 32,256] [--optimizers nadam,adam]
           [--step scoped|item-per-step|zeroed-grads|legacy] [--out-of-the-box | --allocator A --threads N ...]
"""
import argparse
import gzip
import os
import statistics
import sys
import time

import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F

import pytorch_environment


def idx(path):
    with gzip.open(path, "rb") as f:
        data = f.read()
    dims = data[3]
    shape = [int.from_bytes(data[4 + 4 * i:8 + 4 * i], "big") for i in range(dims)]
    return np.frombuffer(data, dtype=np.uint8, offset=4 + 4 * dims).reshape(shape)


def model():
    net = nn.Sequential(
        nn.Flatten(),
        nn.BatchNorm1d(784, eps=1e-3, momentum=0.01),
        nn.Linear(784, 300), nn.ELU(),
        nn.BatchNorm1d(300, eps=1e-3, momentum=0.01),
        nn.Linear(300, 100), nn.ELU(),
        nn.BatchNorm1d(100, eps=1e-3, momentum=0.01),
        nn.Linear(100, 10),  # softmax is inside the cross-entropy, as Lamina's loss from logits
    )
    for layer in net:
        if isinstance(layer, nn.Linear):
            if layer.out_features == 10:
                nn.init.xavier_uniform_(layer.weight)
            else:
                nn.init.kaiming_normal_(layer.weight, nonlinearity="relu")
            nn.init.zeros_(layer.bias)
    return net


def optimizer(name, params):
    if name == "nadam":
        return torch.optim.NAdam(params, lr=1e-3, betas=(0.9, 0.999), eps=1e-7)
    return torch.optim.Adam(params, lr=1e-3, betas=(0.9, 0.999), eps=1e-7)


CLEAN = 0.05  # rounds where other processes used more than this share of the machine are not clean


def cpu_now():
    """(busy, total) clock ticks of the whole machine, and this process's ticks (every thread)."""
    with open("/proc/stat") as f:
        v = [int(t) for t in f.readline().split()[1:9]]
    busy = v[0] + v[1] + v[2] + v[5] + v[6] + v[7]  # user nice system irq softirq steal
    with open("/proc/self/stat") as f:
        stat = f.read()
    fields = stat[stat.rindex(")") + 2:].split()
    return busy, busy + v[3] + v[4], int(fields[11]) + int(fields[12])


def others_share(start, end):
    elapsed = end[1] - start[1]
    return max(0.0, ((end[0] - start[0]) - (end[2] - start[2])) / elapsed) if elapsed > 0 else 0.0


def step(net, opt, xb, yb, grads_to_none=True):
    """One training step; its graph and temporaries die when it returns, before the next step's."""
    opt.zero_grad(set_to_none=grads_to_none)
    logits = net(xb)
    loss = F.cross_entropy(logits, yb)
    loss.backward()
    opt.step()
    with torch.no_grad():
        return loss.detach() * yb.shape[0], (logits.argmax(1) == yb).sum()


def epoch(net, opt, x, y, batch, generator, structure="scoped"):
    """One epoch; returns (mean loss, accuracy).

    structure: "scoped" sums the loss and the correct predictions as tensors and reads them once per
    epoch (what the Lamina trainer does); "item-per-step" reads both at every step (.item());
    "legacy" is the loop this benchmark had before, kept to measure it: the step inline in the
    loop, so its logits and loss stay alive while the next step runs, and both read every step;
    "zeroed-grads" is "scoped" with the gradients zeroed in place (zero_grad(set_to_none=False),
    PyTorch 1.x's default) instead of freed and allocated again at every step.
    """
    n = x.shape[0]
    order = torch.randperm(n, generator=generator)
    net.train()
    if structure == "legacy":
        loss_sum = 0.0
        correct = 0
        for start in range(0, n, batch):
            index = order[start:start + batch]
            xb = x[index]
            yb = y[index]
            opt.zero_grad(set_to_none=True)
            logits = net(xb)
            loss = F.cross_entropy(logits, yb)
            loss.backward()
            opt.step()
            loss_sum += loss.item() * index.shape[0]
            correct += (logits.argmax(1) == yb).sum().item()
        return loss_sum / n, correct / n
    loss_sum = torch.zeros(())
    correct = torch.zeros((), dtype=torch.int64)
    for start in range(0, n, batch):
        index = order[start:start + batch]
        step_loss, step_correct = step(net, opt, x[index], y[index], structure != "zeroed-grads")
        if structure == "item-per-step":
            loss_sum += step_loss.item()
            correct += step_correct.item()
        else:
            loss_sum += step_loss
            correct += step_correct
    return loss_sum.item() / n, correct.item() / n


def roofline():
    """GFLOP/s of n x n float32 products (torch.mm, i.e. the BLAS library loaded), median of runs."""
    for n in (1024, 2048, 4096):
        a = torch.rand(n, n)
        b = torch.rand(n, n)
        for _ in range(2):
            torch.mm(a, b)
        rates = []
        for _ in range(max(5, int(2e10 / (2 * n ** 3)))):
            start = time.perf_counter()
            torch.mm(a, b)
            rates.append(2 * n ** 3 / (time.perf_counter() - start) / 1e9)
        print(f"ROOFLINE_TORCH threads={torch.get_num_threads()} n={n} gflop_per_s={statistics.median(rates):.1f}",
              flush=True)


def serve(x, y, structure):
    """The Java benchmark drives this process so that PyTorch's epochs interleave with Lamina's.

    Each request 'epoch nadam 32' trains one epoch (the first request for a configuration builds
    it and runs a warm-up epoch first) and answers
    'samples_per_s=… others_cpu=… loss=… accuracy=…'.
    """
    runs = {}
    print("ready", flush=True)
    for line in sys.stdin:
        parts = line.split()
        if not parts or parts[0] != "epoch":
            break
        name, batch = parts[1], int(parts[2])
        key = (name, batch)
        if key not in runs:
            net = model()
            opt = optimizer(name, net.parameters())
            generator = torch.Generator().manual_seed(42)
            epoch(net, opt, x, y, batch, generator, structure)  # warm-up
            runs[key] = (net, opt, generator)
        net, opt, generator = runs[key]
        cpu = cpu_now()
        start = time.perf_counter()
        result = epoch(net, opt, x, y, batch, generator, structure)
        rate = x.shape[0] / (time.perf_counter() - start)
        print(f"samples_per_s={rate:.1f} others_cpu={others_share(cpu, cpu_now()):.4f} loss={result[0]:.4f}"
              f" accuracy={result[1]:.4f}", flush=True)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("data")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--batches", default="32,256")
    parser.add_argument("--optimizers", default="nadam,adam")
    parser.add_argument("--step", choices=("scoped", "item-per-step", "zeroed-grads", "legacy"), default="scoped",
                        help="the step's structure (see epoch())")
    parser.add_argument("--label", default="", help="appended to the RESULT names (e.g. a variant's name)")
    parser.add_argument("--roofline", action="store_true", help="only the float32 matmul rate (torch.mm)")
    parser.add_argument("--serve", action="store_true",
                        help="read 'epoch OPTIMIZER BATCH' lines on stdin, answer one line per epoch (for the Java driver)")
    pytorch_environment.add_arguments(parser)
    args = parser.parse_args()
    pytorch_environment.pin(args)
    print(pytorch_environment.describe(args), flush=True)
    if args.roofline:
        roofline()
        return

    threads = torch.get_num_threads()
    torch.manual_seed(42)
    images = idx(os.path.join(args.data, "train-images-idx3-ubyte.gz"))[:55000]
    labels = idx(os.path.join(args.data, "train-labels-idx1-ubyte.gz"))[:55000]
    x = torch.from_numpy(images.astype(np.float32) / 255.0)
    y = torch.from_numpy(labels.astype(np.int64))
    print(f"# {x.shape[0]} examples, step structure {args.step},"
          f" {'epochs on request' if args.serve else str(args.rounds) + ' rounds'}", flush=True)
    if args.serve:
        serve(x, y, args.step)
        return
    names = args.optimizers.split(",")
    for batch in [int(b) for b in args.batches.split(",")]:
        generator = torch.Generator().manual_seed(42)
        runs = {}
        for name in names:
            net = model()
            opt = optimizer(name, net.parameters())
            epoch(net, opt, x, y, batch, generator, args.step)  # warm-up
            runs[name] = (net, opt, [], [], None)
        for r in range(args.rounds):
            for k in range(len(names)):
                name = names[(r + k) % len(names)]
                net, opt, rates, shares, _ = runs[name]
                cpu = cpu_now()
                start = time.perf_counter()
                result = epoch(net, opt, x, y, batch, generator, args.step)
                rates.append(x.shape[0] / (time.perf_counter() - start))
                shares.append(others_share(cpu, cpu_now()))
                runs[name] = (net, opt, rates, shares, result)
        steps = (x.shape[0] + batch - 1) // batch
        for name in names:
            _, _, rates, shares, result = runs[name]
            clean = [rate for rate, share in zip(rates, shares) if share <= CLEAN]
            counted = clean if len(clean) >= 3 else rates
            median = statistics.median(counted)
            label = f"pytorch-{name}-t{threads}{args.label}"
            print(f"RESULT {label:<12} batch={batch} samples_per_s={median:.0f} min={min(counted):.0f}"
                  f" max={max(counted):.0f} step_us={1e6 * x.shape[0] / median / steps:.1f} rounds={len(rates)}"
                  f" clean={len(clean)} others_cpu_median={statistics.median(shares):.3f}"
                  f" counted={'clean' if counted is clean else 'all'}"
                  f" last_loss={result[0]:.4f} last_accuracy={result[1]:.4f}", flush=True)


if __name__ == "__main__":
    main()
