package org.sitrep.model;

/** A place mention resolved to a gazetteer entry; coordinates and id are null when unresolved. */
public record Place(Span span, String name, String country, Double lat, Double lon, Long geonameid)
        implements Spanned {
}
