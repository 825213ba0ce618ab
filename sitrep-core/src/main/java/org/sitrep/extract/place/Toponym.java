package org.sitrep.extract.place;

import org.sitrep.model.Span;

/** A stretch of text naming a place, with the name to look up and whether a region designator follows. */
record Toponym(Span span, String name, boolean designated, boolean adjective) {
}
