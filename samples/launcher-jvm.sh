# The launcher's JVM options for a fast start, sourced by samples/run and by the start-up benchmark
# (benchmarks/run startup), so that the benchmark measures what the launcher runs.
#
#   launcher_jvm_options ARCHIVE JAR   sets the array LAUNCHER_JVM: the options for one run, and
#                                      LAUNCHER_ARCHIVE_TMP: where this run dumps a new archive, or empty
#   launcher_archive_done              moves a dumped archive into place (call after java returns)
#
# - -XX:TieredStopAtLevel=1: only the C1 compiler. On a 2-core machine C2's compiler threads take a
#   core away from start-up (loading TensorFlow, the data, building the graph); the work of a step
#   is TensorFlow's native code, so an epoch is as fast without C2 (measured: docs/performance.md).
# - On up to 2 cores, the serial collector (-XX:+UseSerialGC): G1's parallel and concurrent threads
#   compete for the cores too, and the data set's large arrays are humongous objects to G1. The
#   training step allocates little on the heap, so an epoch is as fast.
# - Where the kernel offers transparent huge pages (the mode "always" or "madvise"),
#   -XX:+UseTransparentHugePages: the data set's arrays (235 MB for Fashion-MNIST) are first touched
#   while loading, and with 4 KB pages that is some 60,000 page faults; with 2 MB pages, a hundred.
#   Loading Fashion-MNIST in a fresh JVM took 0.21-0.56 s against 0.80-1.09 s (docs/performance.md).
# - An AppCDS archive (JDK 13+'s dynamic archive) of the classes a run loads, parsed and verified
#   once: the first run after each build (the archive missing or older than the jar) dumps it at
#   exit (-XX:ArchiveClassesAtExit) into a temporary file, moved into place when the run ends, so
#   that concurrent runs never read a half-written archive; later runs map it
#   (-XX:SharedArchiveFile). A stale or unreadable archive is ignored by the JVM, which then runs
#   without it; its warnings are silenced (-Xlog:cds=off), as they would go to standard output.
launcher_jvm_options() {
  local archive="$1" jar="$2"
  LAUNCHER_JVM=(-XX:TieredStopAtLevel=1 -Xlog:cds=off -Xlog:cds+dynamic=off)
  if [ "$(nproc 2>/dev/null || echo 4)" -le 2 ]; then
    LAUNCHER_JVM+=(-XX:+UseSerialGC)
  fi
  if grep -qE '\[(always|madvise)\]' /sys/kernel/mm/transparent_hugepage/enabled 2>/dev/null; then
    LAUNCHER_JVM+=(-XX:+UseTransparentHugePages)
  fi
  LAUNCHER_ARCHIVE="$archive"
  LAUNCHER_ARCHIVE_TMP=""
  if [ -f "$archive" ] && [ "$archive" -nt "$jar" ]; then
    LAUNCHER_JVM+=("-XX:SharedArchiveFile=$archive")
  elif [ -w "$(dirname "$archive")" ]; then
    LAUNCHER_ARCHIVE_TMP="$archive.$$.tmp"
    LAUNCHER_JVM+=("-XX:ArchiveClassesAtExit=$LAUNCHER_ARCHIVE_TMP")
  fi
}

launcher_archive_done() {
  if [ -n "$LAUNCHER_ARCHIVE_TMP" ] && [ -f "$LAUNCHER_ARCHIVE_TMP" ]; then
    mv -f "$LAUNCHER_ARCHIVE_TMP" "$LAUNCHER_ARCHIVE"
  fi
}
