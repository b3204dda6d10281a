package dev.lamina.runtime.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class LoaderThreadTest {
    @Test
    void resultIsWhatTheWorkReturned() {
        try (LoaderThread<String> loader = LoaderThread.start("loader-test-value", () -> "done")) {
            assertEquals("done", loader.result());
        }
        assertNoThreadNamed("loader-test-value");
    }

    @Test
    void failureWhileTheCallerWaitsIsRethrownAsThrown() {
        IllegalArgumentException exception = new IllegalArgumentException("bad file");
        OutOfMemoryError error = new OutOfMemoryError("test");

        assertSame(exception, failureOf(exception));
        assertSame(error, failureOf(error));
    }

    @Test
    void checkedFailureIsWrappedWithItsCause() {
        Exception failure = new Exception("checked");

        Throwable e = failureOf(failure);

        assertInstanceOf(IllegalStateException.class, e);
        assertSame(failure, e.getCause());
    }

    /** What {@code result} throws when the work fails with {@code failure} while the caller waits. */
    private static Throwable failureOf(Throwable failure) {
        Thread caller = Thread.currentThread();
        try (LoaderThread<String> loader = LoaderThread.start("loader-test-failure", () -> {
            awaitWaiting(caller);
            if (failure instanceof Error error) {
                throw error;
            }
            throw (Exception) failure;
        })) {
            return assertThrows(Throwable.class, loader::result);
        }
    }

    @Test
    void closeStopsUnfinishedWorkAndReturnsOnceTheThreadHasEnded() throws InterruptedException {
        AtomicBoolean interrupted = new AtomicBoolean();
        CountDownLatch started = new CountDownLatch(1);
        LoaderThread<String> loader = LoaderThread.start("loader-test-stopped", () -> {
            started.countDown();
            try {
                return new LinkedBlockingQueue<String>().take();
            } catch (InterruptedException e) {
                interrupted.set(true);
                throw e;
            }
        });
        started.await();

        loader.close();

        assertTrue(interrupted.get(), "the work was interrupted");
        assertNoThreadNamed("loader-test-stopped");
    }

    @Test
    void anInterruptedCallerStillGetsTheResultAndKeepsItsInterrupt() {
        CountDownLatch release = new CountDownLatch(1);
        try (LoaderThread<String> loader = LoaderThread.start("loader-test-interrupted", () -> {
            release.await();
            return "done";
        })) {
            onceWaiting(Thread.currentThread(), release::countDown);
            Thread.currentThread().interrupt();

            assertEquals("done", loader.result());
            assertTrue(Thread.currentThread().isInterrupted(), "the interrupt is kept");
        } finally {
            Thread.interrupted();
        }
        assertNoThreadNamed("loader-test-interrupted");
    }

    @Test
    void anInterruptedCallerStillWaitsForTheThreadToEnd() {
        CountDownLatch release = new CountDownLatch(1);
        LoaderThread<String> loader = LoaderThread.start("loader-test-close-interrupted", () -> {
            while (release.getCount() > 0) {
                try {
                    release.await();
                } catch (InterruptedException e) {
                    // Ignored, as by work between two interruptible steps.
                }
            }
            return "done";
        });
        Thread caller = Thread.currentThread();
        onceWaiting(caller, () -> {
            caller.interrupt();
            release.countDown();
        });
        try {
            loader.close();
            assertTrue(Thread.currentThread().isInterrupted(), "the interrupt is kept");
        } finally {
            Thread.interrupted();
        }
        assertNoThreadNamed("loader-test-close-interrupted");
    }

    /** Runs {@code action} on a thread of its own once {@code thread} is blocked waiting. */
    private static void onceWaiting(Thread thread, Runnable action) {
        new Thread(() -> {
            awaitWaiting(thread);
            action.run();
        }).start();
    }

    /** Returns once {@code thread} is blocked waiting (the caller in {@code result} or {@code close}). */
    static void awaitWaiting(Thread thread) {
        while (thread.getState() != Thread.State.WAITING) {
            Thread.onSpinWait();
        }
    }

    static void assertNoThreadNamed(String name) {
        assertFalse(Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().equals(name)),
                "a thread named " + name + " is still alive");
    }
}
