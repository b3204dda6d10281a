package dev.lamina.runtime.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
        Thread caller = Thread.currentThread();
        IllegalArgumentException failure = new IllegalArgumentException("bad file");
        try (LoaderThread<String> loader = LoaderThread.start("loader-test-failure", () -> {
            awaitWaiting(caller);
            throw failure;
        })) {
            assertSame(failure, assertThrows(IllegalArgumentException.class, loader::result));
        }
    }

    @Test
    void errorIsRethrownAsThrown() {
        OutOfMemoryError failure = new OutOfMemoryError("test");
        try (LoaderThread<String> loader = LoaderThread.start("loader-test-error", () -> {
            throw failure;
        })) {
            assertSame(failure, assertThrows(OutOfMemoryError.class, loader::result));
        }
    }

    @Test
    void checkedFailureIsWrappedWithItsCause() {
        Exception failure = new Exception("checked");
        try (LoaderThread<String> loader = LoaderThread.start("loader-test-checked", () -> {
            throw failure;
        })) {
            IllegalStateException e = assertThrows(IllegalStateException.class, loader::result);
            assertSame(failure, e.getCause());
        }
    }

    @Test
    void closeStopsUnfinishedWorkAndReturnsOnceTheThreadHasEnded() {
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
        awaitUninterruptibly(started);

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
            Thread caller = Thread.currentThread();
            Thread releaser = new Thread(() -> {
                awaitWaiting(caller);
                release.countDown();
            });
            releaser.start();
            caller.interrupt();

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
            // Ignores interrupts, as work between two interruptible steps does.
            awaitUninterruptibly(release);
            return "done";
        });
        Thread caller = Thread.currentThread();
        Thread releaser = new Thread(() -> {
            awaitWaiting(caller);
            caller.interrupt();
            release.countDown();
        });
        releaser.start();
        try {
            loader.close();
            assertTrue(Thread.currentThread().isInterrupted(), "the interrupt is kept");
        } finally {
            Thread.interrupted();
        }
        assertNoThreadNamed("loader-test-close-interrupted");
    }

    /** Returns once {@code thread} is blocked waiting (the caller in {@code result} or {@code close}). */
    static void awaitWaiting(Thread thread) {
        while (thread.getState() != Thread.State.WAITING) {
            Thread.onSpinWait();
        }
    }

    private static void awaitUninterruptibly(CountDownLatch latch) {
        boolean interrupted = false;
        while (true) {
            try {
                latch.await();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    static void assertNoThreadNamed(String name) {
        assertFalse(Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().equals(name)),
                "a thread named " + name + " is still alive");
    }
}
