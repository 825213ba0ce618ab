package org.sitrep.read;

/** An input that cannot become an article; the message says why, for one clear line to the user. */
public class UnreadableInputException extends Exception {

    public UnreadableInputException(String message) {
        super(message);
    }
}
