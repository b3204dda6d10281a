package dev.lamina.runtime.train;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/**
 * Prints training progress. On a terminal, the current epoch's line is redrawn in place as
 * batches complete (batch count, running loss, ETA of the epoch); elsewhere (a log file, CI)
 * only one plain line per epoch is printed, so logs stay readable. Each epoch line ends with the
 * epoch's time and the estimated time left for the remaining epochs.
 */
final class ProgressDisplay {
    /** Redraws at most this often: printing every step would cost more than a small step. */
    private static final long REDRAW_NANOS = 100_000_000L;

    private final PrintStream out;
    private final boolean interactive;
    private final int epochs;
    private long fitStart;
    private long epochStart;
    private long lastRedraw;
    private int batches;

    ProgressDisplay(PrintStream out, boolean interactive, int epochs) {
        this.out = out;
        this.interactive = interactive;
        this.epochs = epochs;
    }

    /** Progress on standard output, interactive when a console is attached. */
    static ProgressDisplay standard(int epochs) {
        return new ProgressDisplay(System.out, System.console() != null, epochs);
    }

    void fitStarted() {
        fitStart = System.nanoTime();
    }

    void epochStarted(int batches) {
        this.batches = batches;
        epochStart = System.nanoTime();
        lastRedraw = 0;
    }

    /**
     * Whether the line should be redrawn after batch {@code batch} (1-based): on a terminal, at
     * most every 100 ms and after the last batch. The loop fetches the running loss only then.
     */
    boolean redrawDue(int batch) {
        return interactive && (System.nanoTime() - lastRedraw >= REDRAW_NANOS || batch == batches);
    }

    void batchFinished(int epoch, int batch, double runningLoss) {
        long now = System.nanoTime();
        lastRedraw = now;
        long elapsed = now - epochStart;
        long eta = batch == 0 ? 0 : elapsed / batch * (batches - batch);
        out.printf(Locale.ROOT, "\rEpoch %d/%d  %d/%d  loss %.4f  ETA %s   ", epoch + 1, epochs, batch, batches,
                runningLoss, format(eta));
        out.flush();
    }

    void epochFinished(int epoch, Map<String, Double> logs) {
        long now = System.nanoTime();
        long epochNanos = now - epochStart;
        long remaining = (now - fitStart) / (epoch + 1) * (epochs - epoch - 1);
        StringBuilder line = new StringBuilder(interactive ? "\r" : "");
        line.append(String.format(Locale.ROOT, "Epoch %d/%d  %d/%d  %s", epoch + 1, epochs, batches, batches, format(epochNanos)));
        logs.forEach((name, value) -> line.append(String.format(Locale.ROOT, "  %s %.4f", name, value)));
        if (epoch + 1 < epochs) {
            line.append("  ETA ").append(format(remaining));
        }
        out.println(line);
    }

    /** {@code 850ms}, {@code 4.2s}, {@code 3m07s}, {@code 1h02m}. */
    static String format(long nanos) {
        Duration d = Duration.ofNanos(nanos);
        if (d.toMillis() < 1000) {
            return d.toMillis() + "ms";
        }
        if (d.toSeconds() < 60) {
            return String.format(Locale.ROOT, "%.1fs", d.toMillis() / 1000.0);
        }
        if (d.toMinutes() < 60) {
            return String.format(Locale.ROOT, "%dm%02ds", d.toMinutes(), d.toSecondsPart());
        }
        return String.format(Locale.ROOT, "%dh%02dm", d.toHours(), d.toMinutesPart());
    }
}
