package org.sitrep.model;

/**
 * A per-document warning: something was skipped, assumed or could not be done. Problems are data,
 * not exceptions, so one bad article never stops a batch. {@code span} is null when not tied to text.
 */
public record Problem(Severity severity, String code, String message, Span span) {

    public enum Severity { INFO, WARNING, ERROR }

    public static Problem warning(String code, String message) {
        return new Problem(Severity.WARNING, code, message, null);
    }

    public static Problem error(String code, String message) {
        return new Problem(Severity.ERROR, code, message, null);
    }
}
