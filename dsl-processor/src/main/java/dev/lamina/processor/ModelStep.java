package dev.lamina.processor;

import dev.lamina.processor.read.UnreadableException;
import dev.lamina.processor.spec.ModelSpec;
import javax.lang.model.element.TypeElement;

/**
 * What the processor does with the {@code @Model} types of a round, in two passes: it reads every
 * model first, then checks and generates each, so that rules comparing models see all of them
 * whatever order javac hands them over in. The processor owns the loops and the error handling
 * around them; this is the work, behind an interface so that a test can make it fail.
 */
interface ModelStep {

    /**
     * Reads {@code type}, and makes it known to the checks that compare the models of a compilation.
     *
     * @throws UnreadableException when part of the model does not compile yet; the processor retries
     *     it in the next round
     */
    ModelSpec read(TypeElement type) throws UnreadableException;

    /** Checks {@code model}, read in this round, and generates it when it has no error. */
    void checkAndGenerate(ModelSpec model);
}
