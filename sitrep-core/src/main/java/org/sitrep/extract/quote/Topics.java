package org.sitrep.extract.quote;

import static org.sitrep.extract.quote.StanceTrees.add;
import static org.sitrep.extract.quote.StanceTrees.caseOf;
import static org.sitrep.extract.quote.StanceTrees.holder;
import static org.sitrep.extract.quote.StanceTrees.insideAny;
import static org.sitrep.extract.quote.StanceTrees.nested;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.model.Analysis;
import org.sitrep.model.Span;
import org.sitrep.model.Token;

/**
 * What a person or a body talks or holds a view "about", whatever the verb or noun: "Trump continually brags
 * about his prowess", "Democrats weighed in about whether …", "she has no illusions about Putin's threat", "his
 * long-standing ideas about trade". With a holder named, "about" marks the topic of a statement or a stance far
 * more often than a place ("walked about the town" is rare in news); a thing as subject ("the film is about …")
 * holds no view. Stance agents say the same with a noun: "Kaine is a staunch opponent of the death penalty".
 */
final class Topics {

    /** Verbs whose "about" is no topic of a view: "it is about jobs", "set about rebuilding" (an act begun). */
    private static final Set<String> NOT_TOPICAL = Set.of("be", "bring", "come", "go", "move", "wander", "walk", "roam", "mill");

    /** Words after a comma that open an aside rather than continue a list: "…, even as …", "…, including …". */
    private static final Set<String> ASIDES = Set.of("even", "while", "as", "including", "despite", "though",
            "although", "because", "but", "since", "after", "before", "when", "with");

    private final CueLexicon lex;

    Topics(CueLexicon lex) {
        this.lex = lex;
    }

    void find(Analysis a, DepTree t, int n, List<QuoteMarks.Region> regions, List<Span> directInner,
              List<Candidate> out, Set<Span> taken) {
        Token tok = t.token(n);
        if (insideAny(tok.span(), directInner) || nested(tok.span(), out)) {
            return;
        }
        if (tok.isNoun() && lex.stanceAgent(tok.lemma())) {
            agent(a, t, n, regions, directInner, out, taken);
            return;
        }
        int about = about(t, n);
        if (about < 0) {
            return;
        }
        int holder = -1;
        if (tok.isVerb() && !NOT_TOPICAL.contains(tok.lemma())) {
            holder = subject(t, n);
        } else if (tok.isNoun()) {
            holder = t.child(n, "nmod:poss"); // "his ideas about …"
            int h = t.head(n);
            if (holder < 0 && h >= 0 && t.rel(n).equals("obj") && t.token(h).isVerb()) {
                holder = subject(t, h); // "she has no illusions about …", "raised questions about …"
            }
        }
        if (holder < 0 || !holder(lex, t, holder, 0) || "WDT".equals(t.token(holder).pos())) {
            return;
        }
        add(a, withTrailing(t, n, about, topic(t, about)), tok.span(), holder, Phrases.subjectSpan(a, t, holder), regions, directInner, out, taken);
    }

    /** "Kaine is a staunch opponent of the death penalty", "has been an outspoken supporter of NATO". */
    private void agent(Analysis a, DepTree t, int n, List<QuoteMarks.Region> regions, List<Span> directInner,
                       List<Candidate> out, Set<Span> taken) {
        int s = t.child(n, "nsubj");
        if (t.child(n, "cop") < 0 || s < 0 || !holder(lex, t, s, 0)) {
            return;
        }
        for (int d : t.children(n)) {
            String kase = caseOf(t, d);
            if (d > n && t.baseRel(d).equals("nmod") && (kase.equals("of") || kase.equals("for"))) {
                add(a, topic(t, d), t.token(n).span(), s, Phrases.subjectSpan(a, t, s), regions, directInner, out, taken);
                return;
            }
        }
    }

    /** The phrase a word governs with "about", after it. */
    private static int about(DepTree t, int n) {
        for (int d : t.children(n)) {
            String r = t.baseRel(d);
            if (d > n && (r.equals("obl") || r.equals("nmod") || r.equals("advcl")) && caseOf(t, d).equals("about")) {
                return d;
            }
        }
        return -1;
    }

    /**
     * The topic phrase without its preposition, a question word kept ("about whether the video should be
     * released"), up to a comma that opens a clause or an aside ("…, whose leaders …", "…, even as …"); a comma
     * in a list ("women, minorities and families") or a place ("Tulsa, Oklahoma") does not end it.
     */
    private static Span topic(DepTree t, int d) {
        List<Integer> sub = t.subtree(d);
        int lo = 0;
        while (lo < sub.size() - 1 && t.head(sub.get(lo)) == d
                && (t.rel(sub.get(lo)).equals("case") || t.token(sub.get(lo)).word().equalsIgnoreCase("about"))) {
            lo++;
        }
        int hi = lo;
        while (hi + 1 < sub.size() && sub.get(hi + 1) == sub.get(hi) + 1) {
            int next = sub.get(hi + 1);
            if (t.token(next).word().equals(",") && next + 1 < t.size()) {
                Token after = t.token(next + 1);
                String pos = after.pos() == null ? "" : after.pos();
                if (pos.startsWith("W") || pos.startsWith("VB") || ASIDES.contains(after.word().toLowerCase(Locale.ROOT))) {
                    break;
                }
            }
            hi++;
        }
        while (hi > lo && Frames.isPunct(t, sub.get(hi))) {
            hi--;
        }
        return new Span(t.token(sub.get(lo)).span().begin(), t.token(sub.get(hi)).span().end());
    }

    /**
     * "raised questions about his microphone problems during Monday's debate", "complained about his mic the
     * morning after the debate": a phrase right after the topic that the parser hung on the verb or the noun
     * (when, where, on which occasion) still belongs to what was talked about. An addressee ("to reporters")
     * and anything after a comma do not.
     */
    private static Span withTrailing(DepTree t, int n, int d, Span topic) {
        int end = -1;
        for (int x : t.subtree(d)) {
            if (t.token(x).span().end() == topic.end()) {
                end = x;
            }
        }
        if (end < 0) {
            return topic;
        }
        boolean grew = true;
        while (grew) {
            grew = false;
            for (int h : new int[] {n, t.head(n)}) {
                if (h < 0) {
                    continue;
                }
                for (int c : t.children(h)) {
                    List<Integer> sub = t.subtree(c);
                    String r = t.baseRel(c);
                    boolean phrase = (r.equals("obl") || r.equals("nmod")) && t.token(c).isNoun()
                            && !caseOf(t, c).equals("to");
                    if (c > end && phrase && sub.get(0) == end + 1 && sub.get(sub.size() - 1) - sub.get(0) == sub.size() - 1
                            && sub.stream().noneMatch(x -> t.token(x).word().equals(","))) {
                        end = sub.get(sub.size() - 1);
                        grew = true;
                    }
                }
            }
        }
        return new Span(topic.begin(), t.token(end).span().end());
    }

    /** A verb's subject, or the subject of the verb it continues ("went on stage and complained about …"). */
    private static int subject(DepTree t, int v) {
        int s = t.child(v, "nsubj");
        int h = t.head(v);
        if (s < 0 && h >= 0 && (t.baseRel(v).equals("xcomp") || t.baseRel(v).equals("conj"))) {
            s = t.child(h, "nsubj");
        }
        return s;
    }
}
