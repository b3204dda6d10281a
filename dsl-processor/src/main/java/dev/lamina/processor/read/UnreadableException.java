package dev.lamina.processor.read;

import javax.lang.model.element.Element;

/**
 * A model that cannot be read because part of it does not compile yet: an attribute whose value
 * refers to a missing constant, a return type that does not resolve, a required attribute left
 * out. javac reports the cause itself; the processor retries the model in the next round, in case
 * another processor generates what is missing.
 */
public final class UnreadableException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient Element element;

    /**
     * @param element the element whose declaration does not compile
     * @param what what could not be read, as a phrase: "the value of units"
     */
    public UnreadableException(Element element, String what) {
        super(what);
        this.element = element;
    }

    /** The element whose declaration does not compile. */
    public Element element() {
        return element;
    }
}
