package org.sitrep.extract.quote;

import java.util.List;
import java.util.Locale;
import org.sitrep.model.Analysis;
import org.sitrep.model.Quote;
import org.sitrep.model.Sentence;
import org.sitrep.model.Token;

/**
 * Where the statement around a quotation begins and ends. It may begin before the marks: words the quotation
 * completes ("It was, the president said, “a stone …”", "says things such as, “…”", "said she recalled
 * thinking, “…”"), which make a mixed quote; or the words before may only set the scene ("As for complexity,
 * “…,” said Kamin"). It may go on past them: "“A,” he said, but “b …”" is one statement, and a quotation
 * standing alone after a reported sentence with its frame at the end continues that sentence. Stateless.
 */
final class LeadIns {

    private LeadIns() {
    }

    /**
     * The token that opens the statement before a parenthetical frame ({@code frame}: the sentence's tokens
     * before the quotation, {@code cue} among them), or -1 when the frame opens the sentence or the
     * quotation opens in upper case.
     */
    static int start(DepTree t, List<Integer> frame, int cue, String quoted) {
        if (!opensLowerCase(quoted)) {
            return -1;
        }
        int at = frame.indexOf(cue);
        if (at < 0) {
            return -1;
        }
        // The speaker's phrase right before the verb ("the president"), then the comma that sets it off.
        int j = at - 1;
        while (j >= 0 && Frames.nounPhraseToken(t.token(frame.get(j))) && !t.token(frame.get(j)).word().equals(",")) {
            j--;
        }
        if (j == at - 1 || j < 1 || !t.token(frame.get(j)).word().equals(",")) {
            return -1;
        }
        int first = 0;
        while (first < j && !Character.isLetterOrDigit(t.token(frame.get(first)).word().charAt(0))) {
            first++;
        }
        if (first == j) {
            return -1;
        }
        // "In an August speech, Trump attacked “the …”": a phrase setting the scene, with no clause of its own.
        boolean finite = false;
        for (int k = first; k < j; k++) {
            String p = t.token(frame.get(k)).pos();
            finite |= p.equals("VBD") || p.equals("VBZ") || p.equals("VBP") || p.equals("MD");
        }
        String p = t.token(frame.get(first)).pos();
        boolean scene = p.equals("IN") || p.equals("VBG") || p.equals("VBN") || p.equals("TO") || p.equals("WRB");
        return finite || !scene ? frame.get(first) : -1;
    }

    /** Whether the first letter of the quoted words is lower case ("we were floored", not "We were"). */
    static boolean opensLowerCase(String quoted) {
        for (int i = 0; i < quoted.length(); i++) {
            char c = quoted.charAt(i);
            if (Character.isLetter(c)) {
                return Character.isLowerCase(c);
            }
            if (Character.isDigit(c)) {
                return false;
            }
        }
        return false;
    }


    /**
     * "Both parties “saw Burma as …,” said Victor Cha. “In that sense, it was like pushing on an open door.”":
     * a quotation standing alone right after a reported statement with its frame at the end goes on with that
     * statement, which becomes one mixed quote running over both sentences.
     */
    static void joinReported(Analysis a, List<Candidate> out) {
        for (int i = 0; i < out.size(); i++) {
            Candidate d = out.get(i);
            if (d.kind() != Quote.Kind.DIRECT || d.cue() != null || d.headline()) {
                continue;
            }
            Sentence first = a.sentenceAt(d.content().begin());
            if (first == null || first.index() == 0) {
                continue;
            }
            Sentence before = a.sentences().get(first.index() - 1);
            for (int j = 0; j < out.size(); j++) {
                Candidate o = out.get(j);
                if (o.kind() == Quote.Kind.DIRECT || o.cue() == null || o.headline() || o.cue().begin() < o.content().end()
                        || !before.span().contains(o.cue()) || !before.span().contains(o.content())
                        || a.text().substring(o.content().end(), d.content().begin()).indexOf('\n') >= 0) {
                    continue;
                }
                // "“I admire the mechanics” of the plan, Holtz-Eakin said. “They are …”": it opens quoting, it stays direct.
                Quote.Kind kind = opensQuoting(a.text(), o.content().begin()) ? Quote.Kind.DIRECT : Quote.Kind.MIXED;
                out.set(j, new Candidate(kind, o.content().union(d.content()), o.cue(), o.subjectHead(), o.subject(), false));
                out.remove(i);
                i--;
                break;
            }
        }
    }

    /** Whether a quotation mark opens the text at {@code begin} (just before it, or as its first character). */
    static boolean opensQuoting(String text, int begin) {
        for (int i = begin; i >= Math.max(0, begin - 2); i--) {
            if (QuoteMarks.markLength(text, i) > 0 && QuoteMarks.leftFlanking(text, i, QuoteMarks.markLength(text, i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a quotation goes on with the one before across that one's frame and a conjunction ("“A,” he
     * said, but “b …”"): the frame ({@code frame}, the words between the two) holds the earlier quote's cue
     * and ends with a comma and a conjunction.
     */
    static boolean goesOn(DepTree t, List<Integer> frame, int previousCue) {
        int n = frame.size();
        if (previousCue < 0 || n < 3 || !frame.contains(previousCue)) {
            return false;
        }
        return "CC".equals(t.token(frame.get(n - 1)).pos()) && t.token(frame.get(n - 2)).word().equals(",");
    }

    /**
     * "Said Ellis: “…”": an inverted frame opening its sentence, whose verb the tagger takes for a name
     * (Said/NNP), so it is read by its form.
     */
    static boolean invertedSaid(DepTree t, int k) {
        Token tok = t.token(k);
        return tok.word().equals("Said") && tok.isProperNoun() && (k == 0 || t.token(k - 1).sentence() != tok.sentence());
    }

    /**
     * Whether the words before a quotation only set the scene ("As for complexity, “…,” said Kamin" or "In
     * 2012, “…”"): a phrase with no verb, closed by a comma, which leaves the quotation opening its clause.
     */
    static boolean sceneSetter(DepTree t, List<Integer> frame) {
        int n = frame.size();
        if (n < 2 || !t.token(frame.get(n - 1)).word().equals(",")) {
            return false;
        }
        for (int k : frame) {
            Token tok = t.token(k);
            if (tok.isVerb() || tok.word().equals(";") || tok.word().equals(":") || "WDT".equals(tok.pos())) {
                return false;
            }
        }
        return true;
    }

    /** Whether quoted words are set as a title: two or more words, every word of four letters or more capitalised. */
    static boolean titleCase(String quoted) {
        int capitalised = 0;
        for (String w : quoted.split("[\\s—–-]+")) {
            String letters = w.replaceAll("[^\\p{L}]", "");
            if (letters.length() >= 4) {
                if (!Character.isUpperCase(letters.charAt(0))) {
                    return false;
                }
                capitalised++;
            }
        }
        return capitalised >= 2;
    }

    /**
     * "She still says things such as, “We're not all meant to be equal”" or "suggesting questions, including,
     * “…”": the quotation is an example of the verb's object, which the statement takes in. Returns the
     * object's first token, or -1 when the frame does not end with such an object and "such as", "including"
     * or "like".
     */
    static int example(DepTree t, List<Integer> frame) {
        int n = frame.size();
        if (n < 4 || !t.token(frame.get(n - 1)).word().equals(",")) {
            return -1;
        }
        String last = t.token(frame.get(n - 2)).word().toLowerCase(Locale.ROOT);
        String before = t.token(frame.get(n - 3)).word().toLowerCase(Locale.ROOT);
        boolean such = last.equals("as") && before.equals("such");
        if (!(last.equals("including") || last.equals("like") || such)) {
            return -1;
        }
        // The verb whose object the examples illustrate, and a noun between it and the introducer.
        boolean noun = false;
        for (int j = n - (such ? 4 : 3); j >= 0; j--) {
            Token tok = t.token(frame.get(j));
            if (tok.isVerb()) {
                return noun && j + 1 < n ? frame.get(j + 1) : -1;
            }
            noun |= tok.isNoun();
        }
        return -1;
    }

    /**
     * "Clinton said she has the essential quality for the job: “Steadiness …”" or "Lynch said she recalled
     * thinking, “…”": a clause with its own subject between the cue and the quotation is what was reported,
     * and the quotation completes it. Returns the first token of the clause's subject, or -1.
     */
    static int reportedClause(DepTree t, List<Integer> frame, int cue) {
        int at = frame.indexOf(cue);
        if (at < 0) {
            return -1;
        }
        for (int j = at + 1; j < frame.size(); j++) {
            int k = frame.get(j);
            String p = t.token(k).pos();
            boolean finite = p.equals("VBD") || p.equals("VBZ") || p.equals("VBP") || p.equals("MD");
            int s = finite ? t.child(k, "nsubj") : -1;
            if (s > cue && s < k && !t.token(s).pos().startsWith("W")) {
                int first = s;
                for (int x : t.subtree(s)) {
                    first = Math.min(first, x);
                }
                return first > cue ? first : -1;
            }
        }
        return -1;
    }

    /** Whether the words after a quotation to the end of its sentence are a phrase with no verb ("for the top bracket."). */
    static boolean verblessTail(DepTree t, List<Integer> after) {
        if (after.isEmpty() || !Character.isLowerCase(t.token(after.get(0)).word().charAt(0))) {
            return false;
        }
        for (int k : after) {
            Token tok = t.token(k);
            if (tok.isVerb() || tok.word().equals(",") || tok.word().equals(";")) {
                return false;
            }
        }
        return true;
    }
}
