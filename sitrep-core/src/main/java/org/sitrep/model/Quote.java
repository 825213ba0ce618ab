package org.sitrep.model;

/**
 * A statement: what was said ({@code content}), the words that report it ({@code cue}), and who said it.
 * {@code speaker} is never null; an unresolved speaker is {@link Speaker#UNKNOWN}. {@code sieve} names the
 * rule that decided the speaker, so every attribution can be explained. {@code time} is the report time, the
 * time expression that says when it was said ("told reporters on Tuesday"); null when the text gives none,
 * and readers then fall back to the publication date.
 */
public record Quote(Kind kind, Span content, Span cue, Speaker speaker, double confidence, String sieve, Span time)
        implements Spanned {

    public enum Kind { DIRECT, MIXED, INDIRECT }

    /** The speaker: the canonical entity id and name, and the mention that names it here (may be null). */
    public record Speaker(String entity, String name, Span mention) {
        public static final Speaker UNKNOWN = new Speaker(null, null, null);

        public boolean known() {
            return name != null;
        }
    }

    public Quote withTime(Span t) {
        return new Quote(kind, content, cue, speaker, confidence, sieve, t);
    }

    @Override
    public Span span() {
        return content;
    }
}
