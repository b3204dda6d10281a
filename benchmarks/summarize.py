#!/usr/bin/env python3
"""Reads the logs benchmarks/run wrote and prints the results table and the targets (issue 8's, raised by issue 17).

usage: summarize.py RESULTS_DIR      (standard library only)
"""
import os
import re
import statistics
import sys


def lines(path, prefix):
    if not os.path.exists(path):
        return []
    with open(path) as f:
        return [l.strip() for l in f if l.startswith(prefix)]


def fields(line):
    return dict(re.findall(r"(\w+)=([^\s]+)", line))


def main():
    d = sys.argv[1]
    rates = {}  # (config, batch) -> samples/s
    # pytorch.log: the PyTorch reference alone, one variant of its settings at a time ("standalone");
    # train.log: the Java trainers and the reference interleaved round by round, the comparison the
    # targets use.
    for path in ("pytorch.log", "train.log", "train-threads.log"):
        for l in lines(os.path.join(d, path), "RESULT "):
            name = l.split()[1]
            if path == "pytorch.log":
                name = "standalone-pytorch-nadam, " + l.split()[2]
            elif path == "train-threads.log" and name.startswith("pytorch-"):
                name += " (train-threads run)"  # PyTorch is not affected; another run, another window
            f = fields(l)
            rates[(name, int(f["batch"]))] = (float(f["samples_per_s"]), float(f["min"]), float(f["max"]),
                                              float(f["step_us"]), f.get("clean", "?") + "/" + f.get("rounds", "?"))
    batches = sorted({b for (_, b) in rates})
    ratios = {}  # (label, batch) -> (paired median, ratio of medians), from the Java benchmark's RATIO lines
    for path in ("train.log", "train-threads.log"):
        for l in lines(os.path.join(d, path), "RATIO "):
            f = fields(l)
            if "paired_median" in f:
                ratios[(l.split()[1], int(f["batch"]))] = (float(f["paired_median"]), float(f["value"]))
    # The PyTorch reference of the targets: of the references interleaved with the Java trainers
    # (one thread, one per allocator), the fastest at each batch size; else the pinned standalone run.
    chosen = {}  # (optimizer, batch) -> the reference's name in the train run
    for opt in ("nadam", "adam"):
        for b in batches:
            interleaved = [name for (name, batch) in rates
                           if batch == b and re.fullmatch(f"pytorch-{opt}-t1(-[a-z]+)?", name)]
            if interleaved:
                best = max(interleaved, key=lambda name: rates[(name, b)][0])
                chosen[(opt, b)] = best
                rates[(f"pytorch-{opt}", b)] = rates[(best, b)]
                rates[(f"pytorch-{opt}-chosen", b)] = f"{best}, the fastest interleaved"
                continue
            pinned = rates.get((f"standalone-pytorch-{opt}, pinned", b))
            if pinned:
                rates[(f"pytorch-{opt}", b)] = pinned
                rates[(f"pytorch-{opt}-chosen", b)] = "pinned (standalone)"

    roof = lines(os.path.join(d, "roofline.log"), "ROOFLINE best")
    roof = fields(roof[0]) if roof else None

    print("| configuration | " + " | ".join(f"batch {b}: samples/s (min–max), µs/step, clean rounds" for b in batches)
          + " |")
    print("|---|" + "---|" * len(batches))
    names = []
    for (name, _) in rates:
        if name not in names and not name.endswith("-chosen"):
            names.append(name)
    names = [n for n in names if n not in ("pytorch-nadam", "pytorch-adam") or not any((n, b) in chosen for b in batches)]
    for name in names:
        cells = []
        for b in batches:
            v = rates.get((name, b))
            if isinstance(v, tuple):
                extra = ""
                if name in ("pytorch-nadam", "pytorch-adam"):
                    extra = f", {rates[(name + '-chosen', b)]}"
                cells.append(f"{v[0]:,.0f} ({v[1]:,.0f}–{v[2]:,.0f}), {v[3]:.0f} µs, {v[4]}{extra}")
            else:
                cells.append("–")
        print(f"| {name} | " + " | ".join(cells) + " |")
    print()

    def r(a, b, batch):
        x, y = rates.get((a, batch)), rates.get((b, batch))
        return x[0] / y[0] if isinstance(x, tuple) and isinstance(y, tuple) else float("nan")

    def paired(label, batch, fallback, percent=False):
        """The median of per-round ratios (both in the same round) when measured, else the ratio of medians."""
        if (label, batch) in ratios:
            other = ratios[(label, batch)][1]
            shown = f"{other * 100:+.0f}%" if percent else f"{other:.2f}"
            return ratios[(label, batch)][0], f" (ratio of medians: {shown})"
        return fallback, ""

    targets = []
    for b in batches:
        # The plain loop runs with the reference's default settings (jemalloc), in the same rounds.
        reference = rates.get(("pytorch-nadam-t1-jemalloc", b))
        check = rates.get(("pytorch-plain-nadam-t1-jemalloc", b))
        if isinstance(reference, tuple) and isinstance(check, tuple):
            v, note = paired("pytorch-nadam-t1-jemalloc/pytorch-plain-nadam-t1-jemalloc", b, reference[0] / check[0])
            targets.append((f"the reference's PyTorch Nadam (jemalloc) within 15% of a plain, well-configured PyTorch loop"
                            f" (pytorch_plain_loop.py, interleaved), batch {b}",
                            f"{reference[0]:,.0f} vs {check[0]:,.0f} samples/s: {v:.2f}×{note}", abs(v - 1) <= 0.15))
    for b, want in ((32, 2.0), (256, 1.5)):
        reference = chosen.get(("nadam", b), "pytorch-nadam-t1")
        v, note = paired("lamina-nadam/" + reference, b, r("lamina-nadam", "pytorch-nadam", b))
        targets.append((f"generated Nadam ≥ {want}× the tuned PyTorch reference ({reference}, the faster allocator here),"
                        f" batch {b}", f"{v:.2f}×{note}", v >= want))
        v, note = paired("lamina-nadam-graphdata/" + reference, b, float("nan"))
        if v == v:  # measured (not NaN)
            targets.append((f"… generated Nadam with the data held in the graph (Fit.dataInGraph), batch {b}",
                            f"{v:.2f}×{note}", v >= want))
    for b, want in ((32, 2.0), (256, 1.5)):
        v, note = paired(f"lamina-nadam/{chosen.get(('nadam', b), 'pytorch-nadam-t1')}-i0e0", b, float("nan"))
        if v == v:  # measured (not NaN)
            targets.append((f"… with TensorFlow's own thread pools (-Dlamina.threads=0,0, train-threads), batch {b}",
                            f"{v:.2f}×{note}", None))
    for b in batches:
        v, note = paired("lamina-nadam/lamina-nadam-pool", b, r("lamina-nadam", "lamina-nadam-pool", b))
        if v == v:  # measured (not NaN)
            targets.append((f"(lever) generated Nadam with its steps on the calling thread / on the inter-op pool, batch {b}",
                            f"{v:.2f}×{note}", None))
    for b in batches:
        cost, note = paired("lamina-nadam-step-cost-over-adam", b, r("lamina-adam", "lamina-nadam", b) - 1, True)
        targets.append((f"Nadam step ≤ 15% over Adam (generated), batch {b}", f"{cost * 100:+.0f}%{note}", cost <= 0.15))
    for b in batches:
        for label, text in (("lamina-adam/hand-adam", "generated within 5% of hand-written, both Adam"),
                            ("lamina-nadam/hand-nadam", "generated within 5% of hand-written, both Nadam"),
                            ("lamina-nadam/hand-adam", "(for the issue's table) generated Nadam / hand-written Adam")):
            a, h = label.split("/")
            v, note = paired(label, b, r(a, h, b))
            targets.append((f"{text}, batch {b}", f"{v:.2f}{note}", v >= 0.95 if "within" in text else None))
    if roof:
        peak = float(roof["best_gflop_per_s"])
        flops = float(roof["model_flop_per_sample"])
        for b in batches:
            v = rates.get(("lamina-nadam", b))
            if isinstance(v, tuple):
                frac = v[0] * flops / (peak * 1e9)
                targets.append((f"share of matmul roofline ({peak:.0f} GFLOP/s, {flops / 1e6:.2f} MFLOP/sample),"
                                f" generated Nadam, batch {b}", f"{frac * 100:.1f}%", frac >= 0.50 if b == 256 else None))
    all_st = lines(os.path.join(d, "startup.log"), "STARTUP_TOTAL")
    for preload, jvm, overlap in (("false", "default", "false"), ("true", "default", "false"), ("true", "launcher", "false"),
                                  ("true", "launcher", "true")):
        st = [l for l in all_st if fields(l).get("preload", "false") == preload and fields(l).get("jvm", "default") == jvm
              and fields(l).get("overlap", "false") == overlap]
        if not st:
            continue
        program = "a program that calls Engine.preload() first" if preload == "true" else "a plain program"
        if jvm == "launcher":
            total = statistics.median(float(fields(l)["exec_to_first_step_ms"]) for l in st)
            how = ", the data loading on another thread while the model is built" if overlap == "true" else ""
            targets.append(("`java` start → first training step < 1.0 s, the launcher's configuration (preload, C1 only,"
                            f" AppCDS archive, serial GC on up to 2 cores, transparent huge pages){how}",
                            f"{total / 1000:.2f} s", total < 1000))
            continue
        total = statistics.median(float(fields(l)["exec_to_first_step_ms"]) for l in st)
        targets.append((f"`java` start → first training step < 1.5 s (incl. loading Fashion-MNIST), {program}",
                        f"{total / 1000:.2f} s", total < 1500))
        if preload == "false":
            nodata = statistics.median(float(fields(l)["exec_to_first_step_without_data_ms"]) for l in st)
            native = statistics.median(float(fields(l)["exec_to_jvm_ms"]) + float(fields(l)["native_loaded_ms"]) for l in st)
            targets.append(("`java` start → first training step, data loading excluded", f"{nodata / 1000:.2f} s",
                            nodata < 1500))
            targets.append(("… of which `java` start → native TensorFlow loaded", f"{native / 1000:.2f} s", None))
    jv = lines(os.path.join(d, "javac.log"), "JAVAC cold")
    if jv:
        f = fields(jv[0])
        targets.append(("annotation processing of a 10-layer model adds < 0.5 s to javac (fresh javac process)",
                        f"{float(f['processing_adds_s']):.2f} s ({f['with_processor_s']} vs {f['without_processor_s']} s)",
                        float(f["processing_adds_s"]) < 0.5))
    jw = lines(os.path.join(d, "javac.log"), "JAVAC warm")
    if jw:
        f = fields(jw[0])
        targets.append(("… in a warm compiler (javax.tools, same JVM)",
                        f"{float(f['processing_adds_s']):.2f} s ({f['with_processor_s']} vs {f['without_processor_s']} s)",
                        float(f["processing_adds_s"]) < 0.5))
    for l in lines(os.path.join(d, "rss.log"), "RSS"):
        f = fields(l)
        where = ", data held in the graph" if f.get("data_in_graph") == "true" else ""
        targets.append((f"peak RSS of an epoch < 1.5 GB, batch {f['batch']}{where}", f"{float(f['peak_rss_mb']):.0f} MB",
                        float(f["peak_rss_mb"]) < 1500))

    predict_log = os.path.join(d, "predict-latency.log")
    latency = {fields(l)["name"]: fields(l) for l in lines(predict_log, "PREDICT_LATENCY")}
    latency_ratios = {l.split()[1]: fields(l) for l in lines(predict_log, "PREDICT_RATIO")}
    allocation = {fields(l)["name"]: fields(l) for l in lines(predict_log, "PREDICT_ALLOCATION")}
    for other, text, met in (("tf-session-inline", "within 1.2× of a hand-written TF Java session call (the engine's floor)",
                              lambda v: v <= 1.2),
                             ("pytorch", "below PyTorch eager, 1 thread", lambda v: v < 1.0)):
        ratio = latency_ratios.get("lamina/" + other)
        if ratio and "lamina" in latency and other in latency:
            v = float(ratio["p50_ratio_median"])
            targets.append((f"one-row prediction p50 {text}",
                            f"{float(latency['lamina']['p50_us']):.1f} vs {float(latency[other]['p50_us']):.1f} µs:"
                            f" {v:.2f}× (median of {ratio['rounds']} rounds' ratios)", met(v)))
    if "lamina" in allocation:
        extra = float(allocation["lamina"]["bytes_per_call_beyond_result"])
        targets.append(("one-row prediction allocates nothing beyond its result, steady state",
                        f"{extra:.0f} B per call", extra == 0))

    print("| target | measured | met |")
    print("|---|---|---|")
    for name, value, ok in targets:
        print(f"| {name} | {value} | {'—' if ok is None else ('yes' if ok else '**no**')} |")


if __name__ == "__main__":
    main()
