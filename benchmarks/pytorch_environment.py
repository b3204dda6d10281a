"""The run-time settings the PyTorch benchmarks pin for themselves: allocator, BLAS, threads.

Allocator and BLAS settings are read by the dynamic loader and by the libraries when the process
starts, so they cannot be changed from inside Python: pin() starts the script again (os.execve,
same arguments) with the environment it needs, once, and the second process only checks and
reports what it got. The reader's shell then decides nothing but --out-of-the-box.

Why each setting (measured on the benchmark machine; docs/performance.md has the figures):
- allocator: PyTorch's CPU tensors come from malloc. glibc's malloc serves every block above its
  mmap threshold (128 KiB at first) with a fresh mmap and gives freed memory at the top of the heap
  back to the system above its trim threshold, so the per-step buffers of this model (the 784x300
  weight's gradient and Nadam's temporaries are ~0.9 MB each) are faulted in again every step.
  PyTorch's CPU performance guide recommends jemalloc or tcmalloc (the two measured alike here);
  "glibc-tuned" is the same fix with glibc's own knobs.
- BLAS: Debian's python3-torch calls the system BLAS (libblas.so.3), which may be the unoptimized
  reference implementation (libblas3), so OpenBLAS's pthread build is put first on the library path
  whatever the system's alternative says. Its kernel is OpenBLAS's own choice for the
  CPU unless "--openblas-kernel environment" keeps OPENBLAS_CORETYPE / OPENBLAS_L2_SIZE from the
  caller's environment (some environments set them, which selects another CPU's kernels).
- threads: PyTorch's intra-op pool and OpenBLAS's own pool (torch.set_num_threads does not reach
  it), both the same count; on the 2-core benchmark machine two threads ran at 0.4x of one.
"""
import ctypes
import ctypes.util
import os
import sys

OPENBLAS_PTHREAD_DIR = "/usr/lib/x86_64-linux-gnu/openblas-pthread"  # Debian's libopenblas0-pthread
OPENBLAS_KERNEL_VARIABLES = ("OPENBLAS_CORETYPE", "OPENBLAS_L2_SIZE")
THREAD_VARIABLES = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")
# glibc's knobs: blocks up to 1 GiB come from the heap, and the heap keeps up to 1 GiB of free memory.
GLIBC_TUNED = {"MALLOC_MMAP_THRESHOLD_": str(1 << 30), "MALLOC_TRIM_THRESHOLD_": str(1 << 30)}
# Debian's package of each preloaded allocator, for the error message when it is missing.
PRELOADED = {"jemalloc": ("jemalloc", "libjemalloc2"), "tcmalloc": ("tcmalloc_minimal", "libtcmalloc-minimal4")}
ALLOCATORS = ("glibc", "glibc-tuned", "jemalloc", "tcmalloc")
MARKER = "LAMINA_PYTORCH_PINNED"

# The fastest setting measured for the benchmark model on a 2-core machine (see the module doc).
DEFAULT_ALLOCATOR = "jemalloc"
DEFAULT_THREADS = 1
DEFAULT_OPENBLAS_KERNEL = "auto"


def add_arguments(parser):
    parser.add_argument("--out-of-the-box", action="store_true",
                        help="pin nothing: the environment as given and PyTorch's default thread count"
                             " (the labelled out-of-the-box figure)")
    parser.add_argument("--allocator", choices=ALLOCATORS, default=DEFAULT_ALLOCATOR)
    parser.add_argument("--openblas-kernel", choices=("auto", "environment"), default=DEFAULT_OPENBLAS_KERNEL,
                        help="auto: OpenBLAS's own choice for this CPU (unsets OPENBLAS_CORETYPE and"
                             " OPENBLAS_L2_SIZE); environment: keep them as given")
    parser.add_argument("--threads", type=int, default=DEFAULT_THREADS)


def _library(name, package):
    found = ctypes.util.find_library(name)
    if found is None:
        sys.exit(f"pytorch benchmark: --allocator needs lib{name} (apt-get install -y {package}),"
                 f" or choose another with --allocator {{{','.join(ALLOCATORS)}}}")
    return found


def wanted_environment(args):
    env = dict(os.environ)
    for name in list(GLIBC_TUNED) + ["LD_PRELOAD"]:
        env.pop(name, None)
    if args.allocator == "glibc-tuned":
        env.update(GLIBC_TUNED)
    elif args.allocator in PRELOADED:
        env["LD_PRELOAD"] = _library(*PRELOADED[args.allocator])
    if args.openblas_kernel == "auto":
        for name in OPENBLAS_KERNEL_VARIABLES:
            env.pop(name, None)
    if not os.path.isdir(OPENBLAS_PTHREAD_DIR):
        sys.exit(f"pytorch benchmark: OpenBLAS not found in {OPENBLAS_PTHREAD_DIR}"
                 " (apt-get install -y libopenblas0-pthread)")
    env["LD_LIBRARY_PATH"] = OPENBLAS_PTHREAD_DIR + (":" + env["LD_LIBRARY_PATH"] if env.get("LD_LIBRARY_PATH") else "")
    if args.threads < 1:
        sys.exit(f"pytorch benchmark: --threads {args.threads}: give a thread count of 1 or more")
    for name in THREAD_VARIABLES:
        env[name] = str(args.threads)
    env[MARKER] = "1"
    return env


def pin(args):
    """Restarts this script with the pinned environment (once); then sets PyTorch's thread count.

    Call before importing torch (the restart would otherwise load it twice for nothing).
    """
    if args.out_of_the_box:
        return
    if os.environ.get(MARKER) != "1":
        sys.stdout.flush()
        os.execve(sys.executable, [sys.executable] + sys.argv, wanted_environment(args))
    import torch
    torch.set_num_threads(args.threads)


def describe(args):
    """One comment line: what this process runs with (checked in the process, not just requested)."""
    import torch
    torch.mm(torch.ones(64, 64), torch.ones(64, 64))  # loads the BLAS library
    with open("/proc/self/maps") as maps:
        mapped = {line.split()[-1] for line in maps if "/" in line}
    blas = sorted(p for p in mapped if "blas" in os.path.basename(p).lower())
    allocators = sorted(os.path.basename(p) for p in mapped if "jemalloc" in p or "tcmalloc" in p)
    kernel = "?"
    for path in blas:
        try:
            lib = ctypes.CDLL(path)
            lib.openblas_get_corename.restype = ctypes.c_char_p
            kernel = lib.openblas_get_corename().decode()
            break
        except (OSError, AttributeError):
            continue
    glibc = [f"{k}={os.environ[k]}" for k in GLIBC_TUNED if k in os.environ]
    kernel_env = [f"{k}={os.environ[k]}" for k in OPENBLAS_KERNEL_VARIABLES if k in os.environ]
    mode = "out of the box (nothing pinned)" if args.out_of_the_box else "pinned"
    return (f"# pytorch {torch.__version__}, {mode}: threads={torch.get_num_threads()}"
            f" (OMP_NUM_THREADS={os.environ.get('OMP_NUM_THREADS')},"
            f" OPENBLAS_NUM_THREADS={os.environ.get('OPENBLAS_NUM_THREADS')});"
            f" allocator={'+'.join(allocators) or 'glibc'}{' ' + ' '.join(glibc) if glibc else ''};"
            f" BLAS={','.join(blas) or 'none found'}, OpenBLAS kernel={kernel}"
            f" ({' '.join(kernel_env) if kernel_env else 'OpenBLAS choice: OPENBLAS_CORETYPE/OPENBLAS_L2_SIZE unset'})")
