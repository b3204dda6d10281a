package dev.lamina.processor.check;

/**
 * A diagnostic's text, in the three parts every Lamina message has, so none can be forgotten.
 *
 * @param what what is wrong, naming the layer and attribute, with the value received:
 *     "Layer 'hidden1': @Dense units must be at least 1. Received: units = 0."
 * @param why why it is wrong, in one sentence
 * @param fix what to write instead
 */
public record Message(String what, String why, String fix) {

    /** The three parts as one paragraph. */
    public String text() {
        return what + " " + why + " " + fix;
    }
}
