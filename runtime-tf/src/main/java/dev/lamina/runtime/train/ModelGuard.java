package dev.lamina.runtime.train;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Who may use one model, and when, across threads.
 *
 * <ul>
 *   <li><b>Exclusive operations</b> ({@code fit}, {@code save}, {@code restore}, …) run one at a
 *       time: a second one from another thread fails at once with {@link IllegalStateException}
 *       naming the one running, instead of interleaving with it. From the running operation's
 *       own thread (a {@code fit}'s callbacks) an operation is allowed as its {@link Reentry}
 *       says: a save only at an epoch boundary, so that it never records a mid-epoch state.
 *   <li><b>Reading operations</b> ({@code predict}, {@code evaluate}, {@code weights}, …) wait
 *       for the session instead: a {@code fit} lets them in between two training steps, so
 *       they see the weights after a whole step, never a step half applied.
 *   <li><b>{@code close}</b> during an exclusive operation asks it to stop (a {@code fit} stops
 *       at its next step), waits for it to end, then releases the model; from the operation's own
 *       thread it is done when the operation ends.
 * </ul>
 *
 * <p>Everything that runs the session holds {@link #session}; it is fair, so a waiting reader
 * is not overtaken by the training thread taking it back at once.
 */
final class ModelGuard {
    /** Whether an exclusive operation may be called from a running operation's own thread (its callbacks). */
    enum Reentry {
        /** Never: starting it inside another would interleave two runs of the model. */
        NEVER,
        /** Only between epochs, when the model's state is one an epoch count describes (a save). */
        AT_EPOCH_BOUNDARY,
        /** Always (setting weights, as early stopping does). */
        ALWAYS
    }

    /** An operation in progress; closing it ends it. */
    interface Held extends AutoCloseable {
        @Override
        void close();
    }

    private final Supplier<String> modelName;
    private final ReentrantLock session = new ReentrantLock(true);
    /** The exclusive operation running and its thread, or null; guarded by this. */
    private String running;
    private Thread owner;
    /** Whether the running fit is inside an epoch's steps; guarded by this. */
    private boolean midEpoch;
    /** What closes the model when the running operation ends, if its own thread asked; guarded by this. */
    private Runnable closeWhenDone;
    private volatile boolean closeRequested;

    ModelGuard(Supplier<String> modelName) {
        this.modelName = modelName;
    }

    /**
     * Begins an exclusive operation, holding the session until the returned handle is closed.
     *
     * @throws IllegalStateException if another thread runs an exclusive operation, the model is
     *     being closed, or {@code reentry} forbids the call from the running operation's thread
     */
    Held exclusive(String operation, Reentry reentry) {
        synchronized (this) {
            Thread current = Thread.currentThread();
            if (running != null && owner == current) {
                if (reentry == Reentry.NEVER
                        || (reentry == Reentry.AT_EPOCH_BOUNDARY && midEpoch)) {
                    throw new IllegalStateException(modelName.get() + ": " + operation + " cannot be called while "
                            + running + " runs on this thread" + (reentry == Reentry.NEVER ? "" : ", in the middle"
                            + " of an epoch: it would record a mid-epoch state as an epoch boundary. Call it from"
                            + " onEpochEnd, as ModelCheckpoint does") + ".");
                }
                session.lock();
                return session::unlock;
            }
            if (running != null) {
                throw new IllegalStateException(modelName.get() + " is busy: " + running + " is running on thread '"
                        + owner.getName() + "', so " + operation + " fails rather than interleave with it. Call "
                        + operation + " after " + running + " returns; predict and evaluate may be called meanwhile.");
            }
            if (closeRequested) {
                throw new IllegalStateException(modelName.get() + " is closed");
            }
            running = operation;
            owner = current;
        }
        session.lock();
        return this::endExclusive;
    }

    /** Begins a reading operation: waits for the session (a running fit yields it between steps). */
    Held reading() {
        session.lock();
        return session::unlock;
    }

    /** Marks the running fit as inside an epoch's steps ({@code true}) or at an epoch boundary. */
    synchronized void midEpoch(boolean inside) {
        midEpoch = inside;
    }

    /**
     * Called by the running fit between two steps: lets a waiting reader (or {@code close}) take
     * the session, and takes it back after them.
     */
    void betweenSteps() {
        if (session.hasQueuedThreads() && session.getHoldCount() == 1) {
            session.unlock();
            session.lock();
        }
    }

    /** Whether {@code close} was called; a running fit stops at its next step. */
    boolean closeRequested() {
        return closeRequested;
    }

    /**
     * Closes the model with {@code release} once no exclusive operation runs: at once if none
     * does; after it ends (asked to stop) if another thread runs one; when it ends if this
     * thread runs it (a callback closing the model).
     */
    void close(Runnable release) {
        synchronized (this) {
            closeRequested = true;
            if (running != null && owner == Thread.currentThread()) {
                closeWhenDone = release;
                return;
            }
            boolean interrupted = false;
            while (running != null) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        release(release);
    }

    private void endExclusive() {
        session.unlock();
        Runnable release;
        synchronized (this) {
            running = null;
            owner = null;
            midEpoch = false;
            release = closeWhenDone;
            closeWhenDone = null;
            notifyAll();
        }
        if (release != null) {
            release(release);
        }
    }

    private void release(Runnable release) {
        session.lock();
        try {
            release.run();
        } finally {
            session.unlock();
        }
    }
}
