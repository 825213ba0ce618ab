package org.sitrep.store;

/** A store that cannot be opened or written, with a message fit for the user (no SQL stack trace needed). */
public final class StoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
