#!/usr/bin/env python3
"""PyTorch reference of the `selu-deep` sample's recipe (issue 16, item 4), run by hand.

Reproduces samples/src/main/java/dev/lamina/samples/SeluDeepSample.java (FashionSeluDeep and
FashionReluDeep) in PyTorch, the same recipe but not the same initial weights:
- Fashion-MNIST, the first 55,000 training images train, the last 5,000 validate, the 10,000 test
  images test; pixels / 255;
- per-pixel standardization with the mean and population variance of the 55,000 training images,
  y = (x - mean) / max(sqrt(variance), 1e-7) (Lamina's @Standardize, Keras's Normalization);
- 100 hidden Dense layers of 100 units: SELU + LeCun normal, or ReLU + He normal (--activation);
  both are Keras's truncated normals (cut at 2 standard deviations, stddev divided by
  0.87962566103423978 so that the truncated distribution has the nominal variance 1/fan_in or
  2/fan_in); biases zero;
- a Dense 10 softmax output, Glorot uniform (Keras's default), bias zero; sparse categorical
  cross-entropy (softmax inside torch's cross_entropy);
- SGD, learning rate 1e-3, momentum 0.9 (Keras's momentum equals torch's for a constant rate),
  batch 32, a fresh shuffle every epoch, 5 epochs;
- after every epoch, validation and test accuracy.
The seed seeds torch (initial weights and shuffles); the same number in Lamina gives other weights.

usage: benchmarks/selu_deep_reference.py [--data DIR] [--seeds 42,43,44] [--epochs 5]
                                         [--activation selu|relu]

Install PyTorch from Debian (pip is not needed): apt-get install -y python3-torch; run it with
/usr/bin/python3 (where Debian installs torch) if another python3 comes first on PATH.
On the 2-core machine one 5-epoch run takes about 7 minutes (about 86 s per epoch).
Threads: two by default (this script measures accuracy, not speed). torch.set_num_threads does not
reach OpenBLAS's own pool (see benchmarks/pytorch_environment.py), so OMP_NUM_THREADS and
OPENBLAS_NUM_THREADS are set here before torch is imported (set them in the environment to choose
another count).
"""
import argparse
import gzip
import os
import time

os.environ.setdefault("OMP_NUM_THREADS", "2")
os.environ.setdefault("OPENBLAS_NUM_THREADS", os.environ["OMP_NUM_THREADS"])

import numpy as np  # noqa: E402
import torch  # noqa: E402
import torch.nn as nn  # noqa: E402
import torch.nn.functional as F  # noqa: E402

TRUNCATED_STDDEV = 0.87962566103423978  # stddev of a unit normal truncated to [-2, 2]
EPSILON = 1e-7  # Keras's backend.epsilon(), Lamina's Standardize.EPSILON


def idx(path):
    with gzip.open(path, "rb") as f:
        data = f.read()
    dims = data[3]
    shape = [int.from_bytes(data[4 + 4 * i:8 + 4 * i], "big") for i in range(dims)]
    return np.frombuffer(data, dtype=np.uint8, offset=4 + 4 * dims).reshape(shape)


def load(directory):
    train_x = idx(os.path.join(directory, "train-images-idx3-ubyte.gz")).reshape(60000, -1).astype(np.float32) / 255
    train_y = idx(os.path.join(directory, "train-labels-idx1-ubyte.gz")).astype(np.int64)
    test_x = idx(os.path.join(directory, "t10k-images-idx3-ubyte.gz")).reshape(10000, -1).astype(np.float32) / 255
    test_y = idx(os.path.join(directory, "t10k-labels-idx1-ubyte.gz")).astype(np.int64)
    train = train_x[:55000]
    # Two passes in float64, population variance (divided by n), as Standardize.statistics.
    mean = train.astype(np.float64).mean(axis=0)
    variance = ((train.astype(np.float64) - mean) ** 2).mean(axis=0)
    mean32 = mean.astype(np.float32)
    std32 = np.maximum(np.sqrt(variance.astype(np.float32)), np.float32(EPSILON))

    def standardize(x):
        return torch.from_numpy((x - mean32) / std32)

    return ((standardize(train), torch.from_numpy(train_y[:55000])),
            (standardize(train_x[55000:]), torch.from_numpy(train_y[55000:])),
            (standardize(test_x), torch.from_numpy(test_y)),
            int((variance == 0).sum()))


def truncated_normal_(weight, scale):
    """Keras's VarianceScaling(scale, fan_in, truncated_normal): cut at 2 stddev."""
    stddev = (scale / weight.shape[1]) ** 0.5 / TRUNCATED_STDDEV
    nn.init.trunc_normal_(weight, mean=0.0, std=stddev, a=-2 * stddev, b=2 * stddev)


def model(activation):
    layers = []
    fan_in = 784
    for _ in range(100):
        dense = nn.Linear(fan_in, 100)
        truncated_normal_(dense.weight, 1.0 if activation == "selu" else 2.0)
        nn.init.zeros_(dense.bias)
        layers += [dense, nn.SELU() if activation == "selu" else nn.ReLU()]
        fan_in = 100
    output = nn.Linear(fan_in, 10)
    nn.init.xavier_uniform_(output.weight)
    nn.init.zeros_(output.bias)
    layers.append(output)  # softmax is inside F.cross_entropy
    return nn.Sequential(*layers)


@torch.no_grad()
def accuracy(net, x, y):
    net.eval()
    correct = 0
    for start in range(0, x.shape[0], 1000):
        correct += (net(x[start:start + 1000]).argmax(1) == y[start:start + 1000]).sum().item()
    return correct / x.shape[0]


def run(data, activation, seed, epochs):
    (x, y), (vx, vy), (tx, ty) = data
    torch.manual_seed(seed)
    net = model(activation)
    opt = torch.optim.SGD(net.parameters(), lr=1e-3, momentum=0.9)
    generator = torch.Generator().manual_seed(seed)
    n = x.shape[0]
    start_time = time.perf_counter()
    tests = []
    for epoch in range(1, epochs + 1):
        net.train()
        order = torch.randperm(n, generator=generator)
        loss_sum = 0.0
        correct = 0
        for start in range(0, n, 32):
            index = order[start:start + 32]
            xb, yb = x[index], y[index]
            opt.zero_grad(set_to_none=True)
            logits = net(xb)
            loss = F.cross_entropy(logits, yb)
            loss.backward()
            opt.step()
            loss_sum += loss.item() * index.shape[0]
            correct += (logits.argmax(1) == yb).sum().item()
        valid, test = accuracy(net, vx, vy), accuracy(net, tx, ty)
        tests.append(test)
        print(f"{activation} seed={seed} epoch={epoch} loss={loss_sum / n:.4f} train_accuracy={correct / n:.4f}"
              f" val_accuracy={valid:.4f} test_accuracy={test:.4f}"
              f" seconds={time.perf_counter() - start_time:.1f}", flush=True)
    print(f"RESULT {activation} seed={seed} test_by_epoch={' '.join(f'{t:.4f}' for t in tests)}"
          f" seconds={time.perf_counter() - start_time:.1f}", flush=True)


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", default=os.path.join(root, "samples", "data", "fashion-mnist"))
    parser.add_argument("--seeds", default="42,43,44")
    parser.add_argument("--epochs", type=int, default=5)
    parser.add_argument("--activation", choices=["selu", "relu"], default="selu")
    args = parser.parse_args()
    torch.set_num_threads(2)
    train, valid, test, constant = load(args.data)
    print(f"# pytorch {torch.__version__}, threads={torch.get_num_threads()},"
          f" OMP_NUM_THREADS={os.environ['OMP_NUM_THREADS']}, OPENBLAS_NUM_THREADS={os.environ['OPENBLAS_NUM_THREADS']},"
          f" {train[0].shape[0]} training examples, {constant} zero-variance pixels", flush=True)
    for seed in [int(s) for s in args.seeds.split(",")]:
        run((train, valid, test), args.activation, seed, args.epochs)


if __name__ == "__main__":
    main()
