package dev.lamina.runtime.train;

import java.nio.file.Path;

/**
 * Run in a child JVM: {@link ExactResumeTest}'s fit, checkpointed after every epoch into
 * {@code args[0]}, halted (no cleanup, as {@code kill -9}) as epoch 2 begins.
 */
public final class KilledFit {
    private KilledFit() {}

    public static void main(String[] args) {
        Callback halt = new Callback() {
            @Override
            public void onEpochBegin(SequentialModel model, int epoch) {
                if (epoch == 2) {
                    Runtime.getRuntime().halt(137);
                }
            }
        };
        try (var model = ExactResumeTest.model()) {
            model.fit(ExactResumeTest.DATA, ExactResumeTest.options(() -> null, Path.of(args[0])).callbacks(halt));
        }
    }
}
