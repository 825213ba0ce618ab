package org.sitrep.model;

/**
 * A time expression normalised to a TIMEX3 {@code value} ("2023-09-19", "2020-09", "P2Y", "2023-09-19T08:00Z");
 * {@code type} is DATE, TIME, DURATION or SET; {@code mod} a TIMEX3 modifier such as END, or null.
 */
public record TimeExpression(Span span, String type, String value, String mod) implements Spanned {
}
