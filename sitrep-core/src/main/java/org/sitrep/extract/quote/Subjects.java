package org.sitrep.extract.quote;

import java.util.List;
import java.util.Locale;
import org.sitrep.model.Token;

/**
 * Speakers as syntax gives them: the subject of a verb of saying (climbing "went on to say", "adding that" and
 * relative clauses to the verb that lends it; read on the surface where the parser lost it), the speaker in a
 * direct quote's frame, and whether a subject can be a speaker at all. Apart from the finders so that direct, reported and participle statements read their
 * speaker the same way; {@link SpeakerSieves} later resolves these heads to the article's entities.
 */
final class Subjects {

    private final CueLexicon lex;

    Subjects(CueLexicon lex) {
        this.lex = lex;
    }

    /** The subject of a speech verb, climbing "went on to say" / "adding that" / "and called" to the governing verb. */
    int subjectOf(DepTree t, int v) {
        if (Phrases.isAccording(t, v)) {
            int h = t.head(v);
            return h >= 0 && !t.token(h).isVerb() ? h : (v + 2 < t.size() ? v + 2 : -1);
        }
        int x = v;
        boolean viaXcomp = false;
        for (int steps = 0; steps < 5 && x >= 0; steps++) {
            int s = nearestSubject(t, x);
            // "adding that" hangs on whatever clause precedes it; only a speech verb (or "went on to say") lends its
            // subject, or the main clause ("Clinton spoke out Tuesday, arguing that …"), never a reported clause.
            if (s >= 0 && (x == v || viaXcomp || lex.speechVerb(t.token(x).lemma()) || t.head(x) < 0 && t.token(x).isVerb())) {
                String pos = t.token(s).pos();
                // The parser labels some relative clauses "dep" and hangs a later infinitive on them ("forced
                // Stumpf, who was under questioning …, to admit that …"): reached from below, it is the noun's.
                boolean relative = t.rel(x).equals("acl:relcl") || x != v && t.rel(x).equals("dep") && t.head(x) >= 0
                        && t.token(t.head(x)).isNoun();
                if (("WP".equals(pos) || "WDT".equals(pos)) && relative && t.head(x) >= 0) {
                    return t.head(x); // "Flynn, who said …": the relative pronoun stands for the noun it modifies
                }
                return s;
            }
            String r = t.baseRel(x);
            boolean up = r.equals("xcomp") || r.equals("advcl") || r.equals("conj") || r.equals("dep") || r.equals("acl")
                    || r.equals("ccomp") && x != v;
            if (!up) {
                break;
            }
            // "went on to say": an infinitive speech verb borrows the subject of the verb it completes.
            viaXcomp = x == v && (r.equals("xcomp") || r.equals("advcl") && Phrases.hasMarkTo(t, v));
            x = t.head(x);
        }
        return -1;
    }

    /**
     * The subject of a speech verb, or where the parser lost it, the one the surface gives: for a finite verb the
     * noun before it ({@link #nounBefore}); for a participle describing a document, whoever issued it
     * ({@link #modifiedNounsSource}); for a participle whose clause the parser misread ("Clinton had mocked the
     * complaint, saying anybody …" read as the subject of the quoted verb; "…, citing a threat" hung on a gerund),
     * after a comma, the subject of the sentence's main verb before it (else of the nearest verb before it), and
     * opening the sentence ("Lamenting their luck, Mexicans often say …"), of the clause after its phrase.
     */
    int subjectOrBeside(DepTree t, int v) {
        int s = subjectOf(t, v);
        if (s >= 0) {
            return s;
        }
        if (Phrases.finite(t.token(v)) || t.child(v, "aux") >= 0) {
            return nounBefore(t, v);
        }
        if (!"VBG".equals(t.token(v).pos())) {
            return -1;
        }
        int described = t.rel(v).equals("acl") && t.head(v) >= 0 && t.head(v) < v ? modifiedNounsSource(t, t.head(v)) : -1;
        if (described >= 0) {
            return described;
        }
        int sentence = t.token(v).sentence();
        boolean first = v == 0 || t.token(v - 1).sentence() != sentence;
        if (first) {
            for (int j = v + 1; j < t.size() && t.token(j).sentence() == sentence; j++) {
                if (t.token(j).word().equals(",")) {
                    for (int k = j + 1; k < t.size() && t.token(k).sentence() == sentence && k < j + 8; k++) {
                        if (t.baseRel(k).equals("nsubj") && t.head(k) > k && t.token(t.head(k)).isVerb()) {
                            return plausibleSpeaker(t.token(k)) ? k : -1;
                        }
                    }
                    return -1;
                }
            }
            return -1;
        }
        return t.token(v - 1).word().equals(",") ? mainSubject(t, v, sentence) : -1;
    }

    /**
     * A participle of saying that describes a noun: "they sent a letter … opposing …", "issued a statement calling …",
     * "unleashed a series of tweets criticizing …", "said at a news conference announcing …" speak for whoever
     * sent, issued or spoke: the subject of the verb the noun completes.
     */
    private static int modifiedNounsSource(DepTree t, int n) {
        while (t.baseRel(n).equals("nmod") && "of".equals(Phrases.caseOf(t, n)) && t.head(n) >= 0) {
            n = t.head(n); // "a series of tweets"
        }
        String r = t.baseRel(n);
        int s = (r.equals("obj") || r.equals("obl")) && t.head(n) >= 0 && t.token(t.head(n)).isVerb()
                ? t.child(t.head(n), "nsubj") : -1;
        return s >= 0 && plausibleSpeaker(t.token(s)) && personSubject(t, s) && !relativePronoun(t.token(s)) ? s : -1;
    }

    /**
     * A finite verb of saying the parser left without a subject ("Donald J. Trump has vowed to …" read as the
     * name's modifier; "Jorge Castañeda, a former minister who …, suggests that …"): the noun right before it, past
     * auxiliaries, adverbs and an appositive set off by commas, unless that noun is another word's object or
     * modifier; after "and", the subject of the sentence's main verb ("X supported …, which …, and said …").
     */
    private static int nounBefore(DepTree t, int v) {
        int sentence = t.token(v).sentence();
        int j = v - 1;
        while (j >= 0 && t.token(j).sentence() == sentence && t.head(j) == v
                && (t.baseRel(j).equals("aux") || t.baseRel(j).equals("advmod") && t.token(j).pos().startsWith("RB"))) {
            j--;
        }
        if (j < 0 || t.token(j).sentence() != sentence) {
            return -1;
        }
        String w = t.token(j).word().toLowerCase(Locale.ROOT);
        if (w.equals("and")) {
            return mainSubject(t, v, sentence);
        }
        if (w.equals(",")) {
            int k = j - 1;
            while (k >= 0 && t.token(k).sentence() == sentence && !t.token(k).word().equals(",")) {
                k--;
            }
            if (k <= 0 || t.token(k).sentence() != sentence || j - k < 2) {
                return -1;
            }
            j = k - 1;
        }
        Token x = t.token(j);
        String r = t.baseRel(j);
        boolean claimed = r.equals("obj") || r.equals("iobj") || r.equals("obl") || r.equals("nmod") || r.equals("compound")
                || r.equals("amod") || r.equals("nummod") || r.equals("nsubj") && t.head(j) != v;
        if (claimed || relativePronoun(x) || !plausibleSpeaker(x) || !personSubject(t, j)) {
            return -1;
        }
        return j;
    }

    /** The subject of the sentence's main verb when it comes before {@code v}, else of the nearest verb before it. */
    private static int mainSubject(DepTree t, int v, int sentence) {
        int root = -1;
        for (int j = v - 1; j >= 0 && t.token(j).sentence() == sentence; j--) {
            if (t.head(j) < 0) {
                root = j;
            }
        }
        int best = root >= 0 && t.token(root).isVerb() ? t.child(root, "nsubj") : -1;
        for (int j = v - 2; best < 0 && j >= 0 && t.token(j).sentence() == sentence; j--) {
            if (t.token(j).isVerb() && !t.rel(j).equals("acl:relcl")) {
                best = t.child(j, "nsubj");
            }
        }
        return best >= 0 && best < v && plausibleSpeaker(t.token(best)) && !relativePronoun(t.token(best)) ? best : -1;
    }

    private static boolean relativePronoun(Token tok) {
        return "WP".equals(tok.pos()) || "WDT".equals(tok.pos());
    }

    /**
     * The verb's subject; of two (the parser gives "The difference now, he told me, is …" both), the one
     * nearest before the verb, which is the frame's own.
     */
    private static int nearestSubject(DepTree t, int x) {
        int s = -1;
        for (int c : t.children(x)) {
            if (t.rel(c).equals("nsubj") && (s < 0 || c < x && c > s)) {
                s = c;
            }
        }
        return s >= 0 ? s : relativeSubject(t, x);
    }

    /**
     * "Calder, who in 2014 said …": with a phrase between the relative pronoun and its verb, the parser often
     * takes the pronoun for the verb's object; before the verb, with no subject of its own, it is the subject.
     */
    static int relativeSubject(DepTree t, int x) {
        if (!t.rel(x).equals("acl:relcl") || t.child(x, "nsubj") >= 0 || t.child(x, "nsubj:pass") >= 0) {
            return -1;
        }
        for (int c : t.children(x)) {
            if (c < x && t.rel(c).equals("obj") && relativePronoun(t.token(c))) {
                return c;
            }
        }
        return -1;
    }

    /**
     * The speaker in a quote's frame: the speech verb's subject when it lies in the frame (the parser sometimes
     * takes a word of the quotation or a date for it), else the noun next to the verb ("…,” Peskov said" or
     * "…,” said Tim Hess, a developer").
     */
    int frameSubject(DepTree t, int cue, List<Integer> frame) {
        int s = subjectOrBeside(t, cue);
        if (s >= 0 && frame.contains(s) && plausibleSpeaker(t.token(s))) {
            return s;
        }
        int p = participleSubject(t, cue);
        if (p >= 0 && frame.contains(p) && plausibleSpeaker(t.token(p))) {
            return p;
        }
        int at = frame.indexOf(cue);
        if (at > 0 && plausibleSpeaker(t.token(frame.get(at - 1)))) {
            return frame.get(at - 1);
        }
        int last = -1;
        for (int j = at + 1; j < frame.size(); j++) {
            Token tok = t.token(frame.get(j));
            if (plausibleSpeaker(tok)) {
                last = frame.get(j);
                if (!(j + 1 < frame.size() && t.token(frame.get(j + 1)).isNoun())) {
                    break;
                }
            } else if (last >= 0 || !(tok.pos().equals("DT") || tok.pos().startsWith("JJ") || tok.pos().equals("NNP")
                    || tok.pos().equals("CD"))) {
                break;
            }
        }
        return last;
    }

    /**
     * "Trump attacked Clinton …, saying, “…”" and "I laughed and said, “…”": a participle or a coordinated
     * verb framing a quote speaks for the subject of the clause it hangs on.
     */
    private static int participleSubject(DepTree t, int cue) {
        String r = t.baseRel(cue);
        int h = t.head(cue);
        if (h < 0 || h > cue || !t.token(h).isVerb()) {
            return -1;
        }
        boolean participle = t.token(cue).pos().equals("VBG")
                && (r.equals("advcl") || r.equals("dep") || r.equals("xcomp") || r.equals("conj"));
        return participle || r.equals("conj") ? t.child(h, "nsubj") : -1;
    }

    static boolean plausibleSpeaker(Token tok) {
        String ner = tok.ner();
        boolean timeOrNumber = "DATE".equals(ner) || "TIME".equals(ner) || "NUMBER".equals(ner) || "DURATION".equals(ner);
        return (tok.isNoun() || tok.isPronoun()) && !timeOrNumber;
    }

    static boolean personSubject(DepTree t, int s) {
        if (s < 0) {
            return false;
        }
        Token tok = t.token(s);
        String w = tok.word().toLowerCase(Locale.ROOT);
        if (tok.isPronoun()) {
            return !(w.equals("it") || w.equals("this") || w.equals("that") || w.equals("there"));
        }
        // "Many of his supporters believe …": a quantifier heads a nominal subject too.
        boolean quantifier = "JJ".equals(tok.pos()) || "DT".equals(tok.pos()) || "CD".equals(tok.pos());
        return (tok.isNoun() || quantifier) && !"DATE".equals(tok.ner()) && !"NUMBER".equals(tok.ner())
                && !w.equals("this") && !w.equals("that");
    }
}
