package org.sitrep.model;

/** Anything anchored to the canonical text. Lets generic checks (ordering, bounds) treat all layers alike. */
public interface Spanned {
    Span span();
}
