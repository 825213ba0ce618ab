package org.sitrep.extract.quote;

import java.util.List;
import org.sitrep.model.Analysis;
import org.sitrep.model.Sentence;
import org.sitrep.model.Token;

/**
 * Reads the frame around a quotation: the verb of saying that introduces it from before or after ("Peskov
 * said, “…", "“…,” said Tim Hess, a developer"), a distant or colon-ended introduction, a byline signing it, and
 * the signs that a quotation sits inside a clause instead ("said that under Obama, “…"). Apart from
 * {@link DirectQuotes}, which walks the quotations and decides, so that the frame tests read on their own.
 */
final class QuoteFrames {

    private final CueLexicon lex;
    private final Subjects subjects;

    QuoteFrames(CueLexicon lex, Subjects subjects) {
        this.lex = lex;
        this.subjects = subjects;
    }

    /** The first speech verb (or "according to") among the first {@code reach} tokens, or -1. */
    int cue(DepTree t, List<Integer> toks, int reach) {
        for (int j = 0; j < Math.min(reach, toks.size()); j++) {
            int k = toks.get(j);
            Token tok = t.token(k);
            // Attitude verbs ("people who feel that way, “but not …”") frame reported thoughts, not quotations.
            if (tok.isVerb() && lex.quoteVerb(tok.lemma()) && !lex.weakVerb(tok.lemma()) || Phrases.isAccording(t, k)
                    || LeadIns.invertedSaid(t, k)) {
                return k;
            }
        }
        return -1;
    }

    /**
     * The speech verb of a frame whose subject is a long phrase opening it ("…,” Scott Pruitt, the attorney
     * general of Oklahoma, one of the states suing, said"), or -1: the first speech verb, when its subject
     * phrase starts the frame.
     */
    int distantCue(Analysis a, DepTree t, List<Integer> frame) {
        int first = 0;
        while (first < frame.size() && !Character.isLetterOrDigit(t.token(frame.get(first)).word().charAt(0))) {
            first++;
        }
        if (first == frame.size()) {
            return -1;
        }
        for (int k : frame) {
            Token tok = t.token(k);
            if (!(tok.isVerb() && lex.quoteVerb(tok.lemma()))) {
                continue;
            }
            int s = subjects.subjectOf(t, k);
            if (s < 0 || s > k || !frame.contains(s)) {
                return -1;
            }
            return Phrases.subjectSpan(a, t, s).begin() <= t.token(frame.get(first)).span().begin() ? k : -1;
        }
        return -1;
    }

    /**
     * The speech verb of the sentence just before a quote that stands alone, when that sentence ends its
     * paragraph with a colon or is itself a report by a named subject ("Trump said at a rally:"), or -1.
     */
    int introduction(Analysis a, DepTree t, Sentence quoteSentence) {
        int si = quoteSentence.index() - 1;
        if (si < 0) {
            return -1;
        }
        Sentence prev = a.sentences().get(si);
        String between = a.text().substring(prev.span().end(), quoteSentence.span().begin());
        if (Contents.paragraphBreaks(between) > 1) {
            return -1;
        }
        Token last = t.token(prev.endToken() - 1);
        if (!last.word().equals(":")) {
            return -1;
        }
        for (int k = prev.endToken() - 1; k >= prev.firstToken(); k--) {
            Token tok = t.token(k);
            if (tok.isVerb() && lex.quoteVerb(tok.lemma()) && subjects.subjectOf(t, k) >= 0) {
                return k;
            }
        }
        // "Sanders made the following comment:" — no speech verb, but the clause's subject introduces the quote.
        for (int k = prev.firstToken(); k < prev.endToken(); k++) {
            Token tok = t.token(k);
            int s = t.child(k, "nsubj");
            if (tok.isVerb() && t.rel(k).equals("root") && s >= 0 && Subjects.plausibleSpeaker(t.token(s))) {
                return k;
            }
        }
        return -1;
    }

    /**
     * "Protesters chanted “What curfew?”": a quotation right after its verb that ends the sentence is quoted
     * speech; one that goes on ("reported “2,521 incidents” in the city") or names ("called it “fraud”") is not,
     * nor one opening with "that" ("came to believe “that climate change is real”"), a reported clause.
     */
    boolean voicedQuote(DepTree t, int verb, List<Integer> after) {
        Token v = t.token(verb);
        return v.isVerb() && lex.quoteVerb(v.lemma()) && !v.lemma().equals("call") && onlyPunctuation(t, after);
    }

    /**
     * The verb that introduces a quotation from further back in its sentence ("Limbaugh told his radio
     * audience of Monday, “…"): the last verb before the quote, when it is a speech verb (or, before a
     * colon, any verb with a subject: "Sanders made the following comment: “…") and no clause opens
     * between it and the quote ("said that under Obama, “…" is reported speech holding a quotation).
     */
    int lastClauseVerb(DepTree t, List<Integer> frame, boolean colon) {
        for (int j = frame.size() - 1; j >= 0; j--) {
            int k = frame.get(j);
            Token tok = t.token(k);
            String p = tok.pos();
            if (p.equals("IN") && tok.word().equalsIgnoreCase("that") || p.equals("WDT") || p.startsWith("WP")
                    || tok.word().equals(";")) {
                return -1;
            }
            if (tok.isVerb() && !t.baseRel(k).equals("aux") && !t.baseRel(k).equals("cop")) {
                int s = t.child(k, "nsubj");
                boolean subject = s >= 0 && frame.contains(s) && Subjects.plausibleSpeaker(t.token(s));
                if ((p.equals("VBN") || p.equals("VBG")) && !subject) {
                    continue; // a participle inside the phrase ("a statement released by …")
                }
                return lex.quoteVerb(tok.lemma()) || colon && subject ? k : -1;
            }
        }
        return -1;
    }

    /** The head of a name signing a quote after a dash ("― Stephanie Egan"), or -1. */
    static int byline(DepTree t, List<Integer> after) {
        if (after.size() < 2) {
            return -1;
        }
        String dash = t.token(after.get(0)).word();
        if (!(dash.equals("―") || dash.equals("—") || dash.equals("--") || dash.equals("–") || dash.equals("-"))) {
            return -1;
        }
        int last = -1;
        for (int j = 1; j < after.size(); j++) {
            Token tok = t.token(after.get(j));
            if (tok.isProperNoun()) {
                last = after.get(j);
            } else if (!(tok.word().equals(".") || tok.word().equals(",") && last >= 0)) {
                return -1;
            } else {
                break;
            }
        }
        return last;
    }

    /**
     * Whether a reported clause opens between the verb and the quotation ("said via email that, “…"): the
     * quotation is then part of reported speech, not a direct quote of its own.
     */
    static boolean complementizerAfter(DepTree t, int cue, List<Integer> frame) {
        for (int k : frame) {
            Token tok = t.token(k);
            if (k > cue && (tok.word().equalsIgnoreCase("that") && !tok.pos().equals("DT") || tok.pos().equals("WDT"))) {
                return true;
            }
        }
        return false;
    }

    static boolean onlyPunctuation(DepTree t, List<Integer> toks) {
        for (int k : toks) {
            if (Character.isLetterOrDigit(t.token(k).word().charAt(0))) {
                return false;
            }
        }
        return true;
    }
}
