#!/usr/bin/env python3
"""A plain PyTorch training loop, written the way PyTorch's tutorials write one: the check on the
reference (pytorch_reference.py), run by benchmarks/run next to it.

Same model, optimizer, data and run-time settings as the reference (Flatten -> BN -> Dense 300 ELU
He -> BN -> Dense 100 ELU He -> BN -> Dense 10, Nadam at 1e-3, the first 55,000 Fashion-MNIST
training images / 255, one thread, the allocator and OpenBLAS pinned by pytorch_environment.py),
but none of its code: if the reference's loop or its serving protocol cost anything, the two
figures part. One warm-up epoch, then ROUNDS epochs per batch size; the loss is read with .item()
at every step, as tutorials do.

usage: pytorch_plain_loop.py DATA_DIR [--rounds N] [--batches 32,256] [pinning options, see --help]
"""
import argparse
import gzip
import os
import statistics
import time

import numpy as np
import torch
from torch import nn

import pytorch_environment


def read_idx(path):
    with gzip.open(path, "rb") as f:
        raw = f.read()
    dims = raw[3]
    shape = tuple(int.from_bytes(raw[4 + 4 * i:8 + 4 * i], "big") for i in range(dims))
    return np.frombuffer(raw, dtype=np.uint8, offset=4 + 4 * dims).reshape(shape)


def build_model():
    # Keras's BN momentum 0.99 is PyTorch's 0.01 (the weight of the new batch's statistics).
    model = nn.Sequential(
        nn.Flatten(),
        nn.BatchNorm1d(784, eps=1e-3, momentum=0.01),
        nn.Linear(784, 300), nn.ELU(),
        nn.BatchNorm1d(300, eps=1e-3, momentum=0.01),
        nn.Linear(300, 100), nn.ELU(),
        nn.BatchNorm1d(100, eps=1e-3, momentum=0.01),
        nn.Linear(100, 10),
    )
    for layer in (model[2], model[5]):
        nn.init.kaiming_normal_(layer.weight, nonlinearity="relu")
        nn.init.zeros_(layer.bias)
    nn.init.xavier_uniform_(model[8].weight)
    nn.init.zeros_(model[8].bias)
    return model


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("data")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--batches", default="32,256")
    parser.add_argument("--label", default="", help="appended to the RESULT names")
    pytorch_environment.add_arguments(parser)
    args = parser.parse_args()
    pytorch_environment.pin(args)
    print(pytorch_environment.describe(args), flush=True)

    torch.manual_seed(42)
    x = torch.tensor(read_idx(os.path.join(args.data, "train-images-idx3-ubyte.gz"))[:55000], dtype=torch.float32) / 255
    y = torch.tensor(read_idx(os.path.join(args.data, "train-labels-idx1-ubyte.gz"))[:55000], dtype=torch.long)
    n = len(x)
    loss_fn = nn.CrossEntropyLoss()
    for batch_size in (int(b) for b in args.batches.split(",")):
        model = build_model()
        optimizer = torch.optim.NAdam(model.parameters(), lr=1e-3, eps=1e-7)
        model.train()
        rates = []
        for epoch in range(1 + args.rounds):  # epoch 0 warms up
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
            if epoch > 0:
                rates.append(n / (time.perf_counter() - start))
        steps = (n + batch_size - 1) // batch_size
        median = statistics.median(rates)
        print(f"RESULT pytorch-plain-nadam-t{torch.get_num_threads()}{args.label} batch={batch_size}"
              f" samples_per_s={median:.0f} min={min(rates):.0f} max={max(rates):.0f}"
              f" step_us={1e6 * n / median / steps:.1f} rounds={len(rates)}"
              f" last_loss={running_loss / steps:.4f} rates={','.join(f'{r:.0f}' for r in rates)}", flush=True)


if __name__ == "__main__":
    main()
