#!/usr/bin/env python3
"""A plain PyTorch training loop, written the way PyTorch's tutorials write one: the check on the
reference (pytorch_reference.py), run by benchmarks/run next to it.

Same model, optimizers, data and run-time settings as the reference (Flatten -> BN -> Dense 300 ELU
He -> BN -> Dense 100 ELU He -> BN -> Dense 10, Nadam or Adam at 1e-3, the first 55,000
Fashion-MNIST training images / 255, one thread, the allocator and OpenBLAS pinned by
pytorch_environment.py), but none of its training code: if the reference's loop or its serving
protocol cost anything, the two figures part. The loss is read with .item() at every step, as
tutorials do.

With --serve it takes the Java benchmark's requests as the reference does ('epoch nadam 32'), so
that its epochs take turns with the reference's and the Java trainers' in the same rounds (a check
run minutes apart from the reference would compare two states of a drifting machine); its header
names its results "pytorch-plain-…". Without it, one warm-up epoch, then ROUNDS epochs per batch size.

usage: pytorch_plain_loop.py DATA_DIR [--serve] [--rounds N] [--batches 32,256] [pinning options, see --help]
"""
import argparse
import os
import statistics
import sys
import time

import torch
from torch import nn

import pytorch_environment
# The data, the model, its optimizers and the measurement are the reference's; the loop is not.
from pytorch_reference import cpu_now, idx, model as build_model, optimizer as make_optimizer, others_share


def train_epoch(model, optimizer, loss_fn, x, y, batch_size):
    """One epoch the tutorials' way; returns (samples/s, mean loss)."""
    n = len(x)
    permutation = torch.randperm(n)
    running_loss = 0.0
    start = time.perf_counter()
    for i in range(0, n, batch_size):
        indices = permutation[i:i + batch_size]
        pred = model(x[indices])
        loss = loss_fn(pred, y[indices])
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
        running_loss += loss.item()
    return n / (time.perf_counter() - start), running_loss / ((n + batch_size - 1) // batch_size)


def serve(x, y, loss_fn):
    """Answers 'epoch OPTIMIZER BATCH' with 'samples_per_s=… others_cpu=… loss=… accuracy=NaN' (the
    first request for a configuration builds its model and runs a warm-up epoch first)."""
    runs = {}
    print("ready", flush=True)
    for line in sys.stdin:
        parts = line.split()
        if not parts or parts[0] != "epoch":
            break
        key = (parts[1], int(parts[2]))
        if key not in runs:
            model = build_model()
            runs[key] = (model, make_optimizer(key[0], model.parameters()))
            train_epoch(*runs[key], loss_fn, x, y, key[1])  # warm-up
        cpu = cpu_now()
        rate, loss = train_epoch(*runs[key], loss_fn, x, y, key[1])
        print(f"samples_per_s={rate:.1f} others_cpu={others_share(cpu, cpu_now()):.4f} loss={loss:.4f} accuracy=NaN",
              flush=True)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("data")
    parser.add_argument("--serve", action="store_true", help="epochs on request from the Java benchmark")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--batches", default="32,256")
    parser.add_argument("--label", default="", help="appended to the RESULT names")
    pytorch_environment.add_arguments(parser)
    args = parser.parse_args()
    pytorch_environment.pin(args)
    print(pytorch_environment.describe(args), flush=True)
    print("# the plain loop: kind=plain", flush=True)

    torch.manual_seed(42)
    x = torch.tensor(idx(os.path.join(args.data, "train-images-idx3-ubyte.gz"))[:55000], dtype=torch.float32) / 255
    y = torch.tensor(idx(os.path.join(args.data, "train-labels-idx1-ubyte.gz"))[:55000], dtype=torch.long)
    loss_fn = nn.CrossEntropyLoss()
    if args.serve:
        serve(x, y, loss_fn)
        return
    for batch_size in (int(b) for b in args.batches.split(",")):
        model = build_model()
        optimizer = make_optimizer("nadam", model.parameters())
        train_epoch(model, optimizer, loss_fn, x, y, batch_size)  # warm-up
        epochs = [train_epoch(model, optimizer, loss_fn, x, y, batch_size) for _ in range(args.rounds)]
        rates = [rate for rate, _ in epochs]
        steps = (len(x) + batch_size - 1) // batch_size
        median = statistics.median(rates)
        print(f"RESULT pytorch-plain-nadam-t{torch.get_num_threads()}{args.label} batch={batch_size}"
              f" samples_per_s={median:.0f} min={min(rates):.0f} max={max(rates):.0f}"
              f" step_us={1e6 * len(x) / median / steps:.1f} rounds={len(rates)}"
              f" last_loss={epochs[-1][1]:.4f} rates={','.join(f'{r:.0f}' for r in rates)}", flush=True)


if __name__ == "__main__":
    main()
