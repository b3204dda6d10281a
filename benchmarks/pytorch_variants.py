#!/usr/bin/env python3
"""The PyTorch reference's run-time settings, one at a time: what each is worth on this machine.

Starts pytorch_reference.py --serve once per variant (all processes stay up, idle between their
epochs) and asks them for Nadam epochs in turn, epoch by epoch, so that the machine's drifts hit
every variant alike. Each variant changes one setting of the pinned configuration (the
reference's defaults), except "out-of-the-box" (nothing pinned: the caller's environment,
PyTorch's default thread count) and "previous-reference" (the loop and settings this benchmark
used before the pinning: the legacy step, glibc's malloc, one thread). Prints one RESULT line per
variant and batch size, with the median of the per-round ratios to the pinned configuration.

usage: pytorch_variants.py DATA_DIR [--rounds N] [--batches 32,256] [--python PYTHON]
"""
import argparse
import os
import statistics
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
EXAMPLES = 55000  # the reference's epoch
CLEAN = 0.05  # as the reference: a round where other processes used more than 5% of the machine is not clean

VARIANTS = [
    ("pinned", []),
    ("out-of-the-box", ["--out-of-the-box"]),
    ("glibc-malloc", ["--allocator", "glibc"]),
    ("glibc-malloc-tuned", ["--allocator", "glibc-tuned"]),
    ("tcmalloc", ["--allocator", "tcmalloc"]),
    ("openblas-kernel-from-environment", ["--openblas-kernel", "environment"]),
    ("threads-2", ["--threads", "2"]),
    ("step-item-per-step", ["--step", "item-per-step"]),
    ("step-zeroed-grads", ["--step", "zeroed-grads"]),
    ("step-legacy", ["--step", "legacy"]),
    ("previous-reference", ["--step", "legacy", "--allocator", "glibc", "--openblas-kernel", "environment"]),
]


def start(python, data, label, options):
    process = subprocess.Popen([python, os.path.join(HERE, "pytorch_reference.py"), data, "--serve"] + options,
                               stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, bufsize=1)
    for line in process.stdout:
        if line.strip() == "ready":
            return process
        print(f"# {label}: {line.strip().lstrip('# ')}", flush=True)
    sys.exit(f"pytorch_variants: the variant {label} ended before it was ready ({' '.join(options)})")


def epoch(process, batch):
    process.stdin.write(f"epoch nadam {batch}\n")
    process.stdin.flush()
    return dict(pair.split("=", 1) for pair in process.stdout.readline().split())


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("data")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--batches", default="32,256")
    parser.add_argument("--python", default=sys.executable)
    parser.add_argument("--only", default="", help="comma-separated variant names (default: all)")
    args = parser.parse_args()
    chosen = [v for v in VARIANTS if not args.only or v[0] in args.only.split(",") or v[0] == "pinned"]
    kernel_env = " ".join(f"{k}={os.environ[k]}" for k in ("OPENBLAS_CORETYPE", "OPENBLAS_L2_SIZE") if k in os.environ)
    print(f"# variants of the PyTorch reference, Nadam, {args.rounds} rounds after a warm-up epoch each;"
          f" the caller's OpenBLAS kernel variables: {kernel_env or 'none'}", flush=True)
    processes = {label: start(args.python, args.data, label, options) for label, options in chosen}
    try:
        for batch in (int(b) for b in args.batches.split(",")):
            for process in processes.values():
                epoch(process, batch)  # the first request builds the model and warms it up
            rates = {label: [] for label in processes}
            shares = {label: [] for label in processes}
            labels = list(processes)
            for r in range(args.rounds):
                for k in range(len(labels)):
                    label = labels[(r + k) % len(labels)]
                    answer = epoch(processes[label], batch)
                    rates[label].append(float(answer["samples_per_s"]))
                    shares[label].append(float(answer["others_cpu"]))
            for label in labels:
                options = dict(chosen)[label]
                paired = [a / b for a, b, sa, sb in zip(rates[label], rates["pinned"], shares[label], shares["pinned"])
                          if sa <= CLEAN and sb <= CLEAN]
                median = statistics.median(rates[label])
                clean = sum(share <= CLEAN for share in shares[label])
                print(f"RESULT pytorch-variant {label} batch={batch} samples_per_s={median:.0f}"
                      f" min={min(rates[label]):.0f} max={max(rates[label]):.0f}"
                      f" step_us={1e6 * EXAMPLES / median / -(-EXAMPLES // batch):.1f}"
                      f" rounds={len(rates[label])} clean={clean}"
                      f" vs_pinned_paired_median={statistics.median(paired) if paired else float('nan'):.3f}"
                      f" clean_pairs={len(paired)} rates={','.join(f'{v:.0f}' for v in rates[label])}"
                      f" others={','.join(f'{v:.3f}' for v in shares[label])}"
                      f" options='{' '.join(options) or '(the defaults)'}'", flush=True)
    finally:
        for process in processes.values():
            process.stdin.write("quit\n")
            process.stdin.close()
            process.wait()


if __name__ == "__main__":
    main()
