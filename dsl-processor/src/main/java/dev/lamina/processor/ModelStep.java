package dev.lamina.processor;

import dev.lamina.processor.read.UnreadableException;
import javax.lang.model.element.TypeElement;

/**
 * What the processor does with one {@code @Model} type. The processor owns the loop and the
 * error handling around it; this is the work, behind an interface so that a test can make it fail.
 */
interface ModelStep {

    /**
     * Reads, checks and, when the model has no error, generates {@code type}.
     *
     * @throws UnreadableException when part of the model does not compile yet; the processor retries
     *     it in the next round
     */
    void process(TypeElement type) throws UnreadableException;
}
