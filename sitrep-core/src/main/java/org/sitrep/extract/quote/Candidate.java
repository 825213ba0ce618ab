package org.sitrep.extract.quote;

import org.sitrep.model.Quote;
import org.sitrep.model.Span;

/**
 * A statement found before its speaker is resolved: what was said, the cue, and the speaker phrase as
 * the syntax gives it ({@code subjectHead} is its head token, -1 when the text gives none near the quote,
 * as for a quote standing alone in a paragraph). {@code headline} marks a headline attribution.
 */
record Candidate(Quote.Kind kind, Span content, Span cue, int subjectHead, Span subject, boolean headline) {

    boolean hasSubject() {
        return subjectHead >= 0 || subject != null;
    }
}
