package dev.lamina.runtime.train;

import dev.lamina.runtime.data.Batches;
import dev.lamina.runtime.data.Dataset;
import dev.lamina.runtime.schedule.LearningRateSchedule;
import dev.lamina.runtime.train.feed.BatchFeed;
import dev.lamina.runtime.train.feed.IndexFeed;
import dev.lamina.runtime.train.feed.StepFeed;
import dev.lamina.runtime.train.feed.StepMomentum;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.tensorflow.Result;
import org.tensorflow.Session;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TFloat64;

/**
 * One {@code fit}: the epoch and step loop, the step's feeds, the epoch's logs and the callbacks,
 * with Keras's semantics (see {@link SequentialModel#fit}). Each training step is one
 * {@code Session.run} that fetches nothing unless a batch callback or the progress line needs
 * the loss; the epoch's sums stay in the graph and are read once per epoch.
 */
final class FitLoop {
    /** What {@link #trainStep} returns when it fetched nothing. */
    private static final double[] NOT_FETCHED = {Double.NaN, Double.NaN};

    private final SequentialModel model;
    private final ModelSession session;
    private final Evaluator evaluator;
    private final Fit options;
    private final LearningRateSchedule rates;
    private final List<Callback> callbacks;

    /**
     * @param rates the schedule every step's rate comes from
     * @param callbacks the model's declared callbacks, then those of {@code options}
     */
    FitLoop(SequentialModel model, ModelSession session, Evaluator evaluator, Fit options, LearningRateSchedule rates,
            List<Callback> callbacks) {
        this.model = model;
        this.session = session;
        this.evaluator = evaluator;
        this.options = options;
        this.rates = rates;
        this.callbacks = List.copyOf(callbacks);
    }

    /** Runs the fit; with {@code resumed}, the epochs a saved fit had left, from its saved state. */
    History run(Dataset data, FitResume.Point resumed) {
        int stepsPerEpoch = (data.size() + options.batchSize() - 1) / options.batchSize();
        rates.start(options.epochs(), stepsPerEpoch, model.learningRate());
        History history = new History();
        ProgressDisplay progress = options.verbose() ? ProgressDisplay.standard(options.epochs()) : null;
        long step = session.iterations();
        TrainingStep trainingStep = session.ops().trainingStep(options.dataInGraph());
        // A batch with fewer examples than replicas would leave a replica empty (its Batch
        // Normalization statistics undefined): it trains on one device, which is the same step.
        int replicas = session.replication() == null ? 1 : session.replication().replicas();
        TrainingStep oneDevice = replicas == 1 ? trainingStep : session.ops().unreplicatedTrainingStep(options.dataInGraph());
        if (progress != null) {
            progress.fitStarted();
        }
        callbacks.forEach(callback -> callback.onTrainBegin(model));
        int firstEpoch = 0;
        if (resumed != null) {
            firstEpoch = FitResume.restore(resumed, model.config().name(), options.epochs(), stepsPerEpoch, rates, callbacks);
            if (resumed.progress().stopped()) {
                model.stopTraining();
            }
        }
        boolean batchHooks = callbacks.stream().anyMatch(FitLoop::implementsBatchEnd);
        if (options.dataInGraph()) {
            session.makeResident(data);
        }
        try (StepFeed feed = stepFeed(data); TFloat32 rateTensor = TFloat32.scalarOf(0f);
                StepMomentum momentum = new StepMomentum(session.ops().momentum(), rates)) {
            for (int epoch = firstEpoch; epoch < options.epochs() && !model.stopRequested(); epoch++) {
                int epochIndex = epoch;
                callbacks.forEach(callback -> callback.onEpochBegin(model, epochIndex));
                Batches batches = data.batches(options.batchSize(), options.shuffle(), model.seed(),
                        model.epochsCompleted());
                if (progress != null) {
                    progress.epochStarted(batches.batchCount());
                }
                session.run(session.ops().epochMetrics().reset);
                long examples = 0;
                double rate = Double.NaN;
                ModelGuard guard = model.guard();
                guard.midEpoch(true);
                for (int index = 0; index < batches.batchCount() && !model.stopRequested() && !guard.closeRequested();
                        index++) {
                    int batchNumber = index + 1;
                    rate = rates.rate(step, model.epochsCompleted());
                    rateTensor.setFloat((float) rate);
                    momentum.load(step, model.epochsCompleted());
                    int size = feed.load(batches, index);
                    examples += size;
                    boolean showProgress = progress != null && progress.redrawDue(batchNumber);
                    double[] losses = trainStep(size < replicas ? oneDevice : trainingStep, feed, rateTensor, momentum,
                            batchHooks || showProgress);
                    step++;
                    double runningLoss = losses[1] / examples;
                    if (batchHooks) {
                        for (Callback callback : callbacks) {
                            callback.onBatchEnd(model, epoch, batchNumber, losses[0], runningLoss);
                        }
                    }
                    if (showProgress) {
                        progress.batchFinished(epoch, batchNumber, runningLoss);
                    }
                    guard.betweenSteps();
                }
                guard.midEpoch(false);
                if (guard.closeRequested()) {
                    break; // the model is being closed: the unfinished epoch is not counted, logged or saved
                }
                model.epochCompleted();
                Map<String, Double> logs = epochLogs(examples);
                options.validation().ifPresent(valid ->
                        logs.putAll(evaluator.measure(valid, options.batchSize()).logs("val_")));
                logs.put("learning_rate", rate);
                history.append(logs);
                if (progress != null) {
                    progress.epochFinished(epoch, logs);
                }
                endEpoch(epoch, stepsPerEpoch, Collections.unmodifiableMap(logs));
            }
        }
        callbacks.forEach(callback -> callback.onTrainEnd(model, history));
        return history;
    }

    /**
     * Runs the callbacks' {@code onEpochEnd}; the saves they ask for are written after the last
     * (see {@link ModelPersistence}), recording where this fit stands for {@link SequentialModel#resume}.
     */
    private void endEpoch(int epoch, int stepsPerEpoch, Map<String, Double> logs) {
        model.saves().epochEndStarting(() -> FitResume.capture(options.epochs(), epoch + 1, stepsPerEpoch,
                model.stopRequested(), rates, callbacks));
        boolean completed = false;
        try {
            callbacks.forEach(callback -> callback.onEpochEnd(model, epoch, logs));
            completed = true;
        } finally {
            model.saves().epochEndDone(completed);
        }
    }

    /**
     * Runs one optimizer step on the batch loaded in {@code feed}: one {@code Session.run}. With
     * {@code fetchLosses}, returns the batch's loss and the epoch's {@code Σ n_b·loss_b} so far;
     * otherwise fetches nothing and returns NaNs (the epoch's sums stay in the graph).
     */
    private double[] trainStep(TrainingStep step, StepFeed feed, TFloat32 rate, StepMomentum momentum,
            boolean fetchLosses) {
        Session.Runner runner = momentum.feed(feed.feed(session.runner()).feed(session.ops().learningRate(), rate))
                .addTarget(step.update());
        if (!fetchLosses) {
            runner.run().close();
            return NOT_FETCHED;
        }
        try (Result result = runner.fetch(step.loss()).fetch(step.runningLossSum()).run()) {
            return new double[] {((TFloat32) result.get(0)).getFloat(), ((TFloat64) result.get(1)).getDouble()};
        }
    }

    /** The training step's inputs: the batch's indices into the resident data, or the batch itself. */
    private StepFeed stepFeed(Dataset data) {
        TrainingGraph ops = session.ops();
        int largestBatch = Math.min(options.batchSize(), data.size());
        return options.dataInGraph()
                ? new IndexFeed(ops.residentData().indices, largestBatch)
                : new BatchFeed(ops.trainingInput(), ops.trainingLabels(), data.exampleShape(), data.exampleSize(),
                        data.targets().width(), largestBatch);
    }

    /** The epoch's {@code loss} and metrics from the sums the training steps kept in the graph. */
    private Map<String, Double> epochLogs(long examples) {
        return new Totals(session.ops().metrics(), examples, session.epochSums()).logs("");
    }

    /**
     * Whether {@code callback} overrides {@link Callback#onBatchEnd}: only then does a step fetch
     * its loss (Keras checks the same before calling batch hooks).
     */
    private static boolean implementsBatchEnd(Callback callback) {
        try {
            return callback.getClass().getMethod("onBatchEnd", SequentialModel.class, int.class, int.class, double.class,
                    double.class).getDeclaringClass() != Callback.class;
        } catch (NoSuchMethodException e) {
            throw new AssertionError("Callback.onBatchEnd exists", e);
        }
    }
}
