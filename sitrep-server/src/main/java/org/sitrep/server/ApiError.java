package org.sitrep.server;

/**
 * A request the API refuses, with the HTTP status, a stable machine-readable {@code code} and a message a
 * person can act on. Thrown by handlers and turned into a JSON body in one place ({@link Routes}).
 */
public final class ApiError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;

    public ApiError(int status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    public static ApiError badRequest(String code, String message) {
        return new ApiError(400, code, message);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }
}
