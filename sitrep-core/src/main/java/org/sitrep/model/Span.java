package org.sitrep.model;

/**
 * A half-open character range {@code [begin, end)} into an article's canonical text.
 * Every annotation in Sitrep points back to the text through one of these.
 */
public record Span(int begin, int end) implements Comparable<Span> {

    public Span {
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("bad span [" + begin + ", " + end + ")");
        }
    }

    public int length() {
        return end - begin;
    }

    public boolean contains(Span other) {
        return begin <= other.begin && other.end <= end;
    }

    public boolean contains(int offset) {
        return begin <= offset && offset < end;
    }

    public boolean overlaps(Span other) {
        return begin < other.end && other.begin < end;
    }

    /** Length of the intersection divided by the length of the union (0 when disjoint). */
    public double overlapRatio(Span other) {
        int inter = Math.min(end, other.end) - Math.max(begin, other.begin);
        if (inter <= 0) {
            return 0;
        }
        int union = Math.max(end, other.end) - Math.min(begin, other.begin);
        return (double) inter / union;
    }

    public Span union(Span other) {
        return new Span(Math.min(begin, other.begin), Math.max(end, other.end));
    }

    /** The covered characters of {@code text}. */
    public String of(CharSequence text) {
        return text.subSequence(begin, end).toString();
    }

    @Override
    public int compareTo(Span o) {
        return begin != o.begin ? Integer.compare(begin, o.begin) : Integer.compare(o.end, end);
    }

    @Override
    public String toString() {
        return "[" + begin + "," + end + ")";
    }
}
