package dev.lamina.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How much of the machine's CPU time went to other processes (and to the hypervisor's steal)
 * while something was measured: on a shared machine a round whose share is high measured the
 * neighbours, not this code. From {@code /proc/stat} (the whole machine) and
 * {@code /proc/self/stat} (this process, every thread), in clock ticks.
 */
final class CpuMeter {
    /** Rounds where others used more than this share of the machine are not counted as clean. */
    static final double CLEAN = 0.05;

    private final long busy;
    private final long total;
    private final long self;

    private CpuMeter(long busy, long total, long self) {
        this.busy = busy;
        this.total = total;
        this.self = self;
    }

    static CpuMeter now() {
        try {
            String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            // cpu user nice system idle iowait irq softirq steal ...
            long user = Long.parseLong(cpu[1]);
            long nice = Long.parseLong(cpu[2]);
            long system = Long.parseLong(cpu[3]);
            long idle = Long.parseLong(cpu[4]);
            long iowait = Long.parseLong(cpu[5]);
            long irq = Long.parseLong(cpu[6]);
            long softirq = Long.parseLong(cpu[7]);
            long steal = cpu.length > 8 ? Long.parseLong(cpu[8]) : 0;
            long busy = user + nice + system + irq + softirq + steal;
            String stat = Files.readString(Path.of("/proc/self/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split("\\s+");
            // After the command: state(3) … utime(14) stime(15), numbered from pid = 1.
            long self = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            return new CpuMeter(busy, busy + idle + iowait, self);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The share of the machine's CPU time since {@code start} used by anything but this process. */
    double othersShareSince(CpuMeter start) {
        long elapsed = total - start.total;
        if (elapsed <= 0) {
            return 0;
        }
        return Math.max(0, (double) ((busy - start.busy) - (self - start.self)) / elapsed);
    }
}
