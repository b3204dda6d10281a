package dev.lamina.runtime.data;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * One piece of loading work on a daemon thread of its own, its outcome a {@link
 * CompletableFuture}. {@link #result} hands the outcome to the caller's thread; {@link #close}
 * stops the work if it is still running (by interrupting it) and returns only once the thread has
 * ended, so that a load, failed or not, leaves no thread behind. Used with try-with-resources.
 *
 * @param <T> what the work returns
 */
final class LoaderThread<T> implements AutoCloseable {
    private final CompletableFuture<T> outcome = new CompletableFuture<>();
    private final Thread thread;

    private LoaderThread(String name, Callable<T> work) {
        thread = new Thread(() -> run(work), name);
        thread.setDaemon(true);
    }

    /** Starts {@code work} on a new daemon thread named {@code name}. */
    static <T> LoaderThread<T> start(String name, Callable<T> work) {
        LoaderThread<T> loader = new LoaderThread<>(name, work);
        loader.thread.start();
        return loader;
    }

    private void run(Callable<T> work) {
        try {
            outcome.complete(work.call());
        } catch (Throwable e) {
            outcome.completeExceptionally(e);
        }
    }

    /** What the work returned, once it has; its failure is rethrown here (see {@link #await}). */
    T result() {
        return await(outcome);
    }

    /**
     * The value of {@code future}, once it has one, also for a caller interrupted meanwhile (the
     * interrupt is kept for it, as loading cannot be resumed later). A failure is rethrown as it
     * was thrown, on the waiting thread, so that the caller sees the same exception as if it had
     * done the work itself; a checked one, which the loading work does not throw, is wrapped.
     */
    static <T> T await(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            Throwable failure = e.getCause();
            if (failure instanceof RuntimeException unchecked) {
                throw unchecked;
            }
            if (failure instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("loading stopped unexpectedly", failure);
        }
    }

    /**
     * Interrupts the work if it has not finished (an interrupt makes it give up), then waits for
     * the thread to end, also when interrupted meanwhile (the interrupt is kept).
     */
    @Override
    public void close() {
        if (!outcome.isDone()) {
            thread.interrupt();
        }
        boolean interrupted = false;
        while (true) {
            try {
                thread.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
