package org.sitrep.extract.quote;

import java.util.List;
import org.sitrep.model.Token;

/**
 * Reads a quote's trailing frame on the surface when the parse of it fails: a speaker's noun phrase, then
 * appositives set off by commas or brackets, then the speech verb ("…,” Vann R. Newkirk II, a writer for
 * The Atlantic, said on Twitter" or "…,” Rep. Elijah E. Cummings (D-Md.) said"). Long appositives with
 * relative clauses defeat the parser often enough to be worth reading this way.
 */
final class SurfaceFrame {

    /** How many tokens a speaker phrase with its appositives may take before the verb. */
    private static final int MAX_PHRASE = 40;

    private SurfaceFrame() {
    }

    /**
     * The speech verb and the head of the speaker phrase before it, as token indexes {verb, head}, or null
     * when the frame does not open with a noun phrase followed, after any appositives, by a speech verb.
     */
    static int[] read(DepTree t, List<Integer> frame, CueLexicon lex) {
        int j = 0;
        while (j < frame.size() && !Character.isLetterOrDigit(t.token(frame.get(j)).word().charAt(0))) {
            j++;
        }
        int head = -1;
        // The speaker's own phrase: nouns and their modifiers, up to a comma, a bracket or the verb.
        for (; j < frame.size() && j < MAX_PHRASE; j++) {
            Token tok = t.token(frame.get(j));
            String w = tok.word();
            if (w.equals(",") || w.equals("(") || w.equals("-LRB-")) {
                break;
            }
            if (tok.isVerb()) {
                return head >= 0 && saying(tok, lex) ? new int[] {frame.get(j), head} : null;
            }
            if (!modifier(tok)) {
                return null;
            }
            if (tok.isNoun()) {
                head = frame.get(j);
            }
        }
        if (head < 0) {
            return null;
        }
        // Appositives: "(D-Md.)", ", a writer for The Atlantic," ", who …, " — then the verb.
        int depth = 0;
        boolean segmentStart = false;
        for (; j < frame.size() && j < MAX_PHRASE; j++) {
            Token tok = t.token(frame.get(j));
            String w = tok.word();
            if (w.equals("(") || w.equals("-LRB-")) {
                depth++;
            } else if (w.equals(")") || w.equals("-RRB-")) {
                depth--;
                segmentStart = depth == 0;
            } else if (depth > 0) {
                continue;
            } else if (w.equals(",")) {
                segmentStart = true;
            } else if (segmentStart && saying(tok, lex)) {
                return new int[] {frame.get(j), head};
            } else if (segmentStart && !(modifier(tok) || tok.pos().startsWith("WP") || tok.pos().equals("RB"))) {
                return null;
            } else if (w.equals(".") || w.equals(";") || w.equals(":")) {
                return null;
            } else {
                segmentStart = false;
            }
        }
        return null;
    }

    private static boolean saying(Token tok, CueLexicon lex) {
        String p = tok.pos();
        return (p.equals("VBD") || p.equals("VBZ") || p.equals("VBP")) && lex.quoteVerb(tok.lemma());
    }

    /** A word that can stand in a noun phrase before its head, or be its head. */
    private static boolean modifier(Token tok) {
        String p = tok.pos();
        return p.startsWith("NN") || p.equals("DT") || p.startsWith("JJ") || p.equals("CD") || p.equals("POS")
                || p.equals("HYPH") || p.equals("PRP$") || p.equals("NNPS") || p.equals("PRP") || tok.word().equals(".");
    }
}
