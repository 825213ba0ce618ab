package org.sitrep.model;

import java.time.LocalDate;
import java.util.Optional;

/**
 * An article's publication date and how Sitrep came to know it. A date that is unknown is said so
 * ({@link How#UNKNOWN}) rather than guessed silently.
 */
public record Published(LocalDate date, How how, double confidence, String evidence) {

    public enum How { GIVEN, METADATA, INFERRED, UNKNOWN }

    public static final Published UNKNOWN = new Published(null, How.UNKNOWN, 0, null);

    public Published {
        if ((date == null) != (how == How.UNKNOWN)) {
            throw new IllegalArgumentException("a date goes with a known provenance: " + date + " " + how);
        }
    }

    public static Published given(LocalDate date) {
        return new Published(date, How.GIVEN, 1.0, null);
    }

    public Optional<LocalDate> asOptional() {
        return Optional.ofNullable(date);
    }
}
