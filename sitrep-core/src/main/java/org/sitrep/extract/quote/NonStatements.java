package org.sitrep.extract.quote;

import java.util.List;
import java.util.regex.Pattern;
import org.sitrep.model.Analysis;
import org.sitrep.model.Quote;
import org.sitrep.model.Token;

/**
 * The quote finder's last checks: candidates that read like statements but are not one of the story's (an
 * embedded post, the publication's own note, a gloss after "according to X", a shorter second reading of a cue).
 */
final class NonStatements {

    private NonStatements() {
    }

    /**
     * "… seen them before.@MaryJBlige sits down with @HillaryClinton": an embedded post pasted into the text, its
     * account names and all, is no sentence of the story; reported speech never holds an account name.
     */
    private static final Pattern HANDLE = Pattern.compile("(^|[^\\w@])@[A-Za-z_]\\w{2,}");

    static boolean embeddedPost(Analysis a, Candidate c) {
        return c.kind() != Quote.Kind.DIRECT && HANDLE.matcher(c.content().of(a.text())).find();
    }

    /**
     * "weighs 236 pounds, which classifies him as overweight according to his body mass index", "According to
     * Dr. Bardack, after examining her leg, …": a relative clause read as what "according to X" reports is the
     * writer's gloss on the clause before, and a bare "after doing" is when; neither is a statement.
     */
    static boolean sourceDescription(Analysis a, Candidate c) {
        if (c.cue() == null || c.kind() == Quote.Kind.DIRECT || !c.cue().of(a.text()).equalsIgnoreCase("according to")) {
            return false;
        }
        List<Token> toks = a.tokensIn(c.content());
        if (toks.size() < 2) {
            return false;
        }
        String p0 = toks.get(0).pos() == null ? "" : toks.get(0).pos();
        return p0.equals("WDT") || p0.equals("WP") || p0.equals("IN") && "VBG".equals(toks.get(1).pos());
    }

    private static final Pattern EDITORS_NOTE = Pattern.compile("(?i)\\s*editor['’]s note\\b");

    /**
     * "Editor’s note: Donald Trump … has repeatedly pledged to ban …": a paragraph the publication labels as its
     * own note (a disclaimer, a correction) states the publication's view; what it reports is no statement of the story.
     */
    static boolean inEditorsNote(String text, Candidate c) {
        if (c.kind() == Quote.Kind.DIRECT) {
            return false;
        }
        int start = text.lastIndexOf('\n', Math.max(0, c.content().begin() - 1)) + 1;
        // A paragraph wrapped over several lines ("… birther who has\nrepeatedly pledged …") is followed back
        // while the line before does not end a sentence.
        for (int lines = 0; lines < 10; lines++) {
            if (EDITORS_NOTE.matcher(text.substring(start, Math.min(text.length(), start + 40))).lookingAt()) {
                return true;
            }
            if (start < 2) {
                return false;
            }
            int prev = text.lastIndexOf('\n', start - 2) + 1;
            String line = text.substring(prev, start - 1).strip();
            if (line.isEmpty() || ".!?\"”".indexOf(line.charAt(line.length() - 1)) >= 0) {
                return false;
            }
            start = prev;
        }
        return false;
    }

    /**
     * "raised questions about his microphone problems during Monday's debate": when two readings of the same cue
     * give the same statement, one cut shorter, the whole one stands (two rules read "questions about" here).
     * A longer reading that runs on past a comma ("much about debate preparation, with one exception") may
     * have taken in an aside, so then both stay.
     */
    static boolean shorterTwin(Analysis a, Candidate c, List<Candidate> all) {
        if (c.cue() == null || c.kind() == Quote.Kind.DIRECT) {
            return false;
        }
        for (Candidate o : all) {
            if (o != c && c.cue().equals(o.cue()) && o.kind() != Quote.Kind.DIRECT && o.content().begin() == c.content().begin()
                    && o.content().end() > c.content().end()
                    && !a.text().substring(c.content().end(), o.content().end()).strip().startsWith(",")) {
                return true;
            }
        }
        return false;
    }
}
