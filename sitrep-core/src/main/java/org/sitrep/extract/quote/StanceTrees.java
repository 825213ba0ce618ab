package org.sitrep.extract.quote;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.model.Analysis;
import org.sitrep.model.Quote;
import org.sitrep.model.Span;
import org.sitrep.model.Token;

/**
 * Tree shapes shared by the statements made without a verb of saying ({@link Stances}, {@link Judgements},
 * {@link RuleStatements}, {@link MadeStatements}, {@link PointsOfView}): the clause or topic a cue governs, who can
 * hold a stance, and the one way a candidate is added.
 */
final class StanceTrees {

    private StanceTrees() {
    }

    /** A clausal complement without its "that", or the clausal subject of "it is clear that …". */
    static Span clause(DepTree t, int n) {
        for (int d : t.children(n)) {
            String r = t.baseRel(d);
            if (d > n && (r.equals("ccomp") || r.equals("csubj"))) {
                List<Integer> sub = t.subtree(d);
                int lo = 0;
                while (lo < sub.size() - 1 && (t.rel(sub.get(lo)).equals("mark") && !isTo(t, sub.get(lo))
                        || Frames.isPunct(t, sub.get(lo)))) {
                    lo++;
                }
                return new Span(t.token(sub.get(lo)).span().begin(), t.token(clauseEnd(t, d)).span().end());
            }
        }
        return null;
    }

    /** The last token of a clause under {@code h}, before a comma that sets off an adjunct ("…, despite weeks of …"). */
    static int clauseEnd(DepTree t, int h) {
        List<Integer> sub = t.subtree(h);
        int hi = sub.get(sub.size() - 1);
        for (int d : t.children(h)) {
            String r = t.baseRel(d);
            int first = t.subtree(d).get(0);
            if (d > h && (r.equals("obl") || r.equals("advcl") || r.equals("nmod")) && first > 0
                    && t.token(first - 1).word().equals(",") && first - 2 < hi) {
                hi = Math.min(hi, first - 2);
            }
        }
        int lo = sub.get(0);
        while (hi > lo && Frames.isPunct(t, hi)) {
            hi--;
        }
        return hi;
    }

    static Span withoutCase(DepTree t, int n) {
        List<Integer> sub = t.subtree(n);
        int lo = 0;
        while (lo < sub.size() - 1 && t.head(sub.get(lo)) == n && (t.rel(sub.get(lo)).equals("case") || t.rel(sub.get(lo)).equals("mark"))) {
            lo++;
        }
        int hi = sub.size() - 1;
        while (hi > lo && Frames.isPunct(t, sub.get(hi))) {
            hi--;
        }
        return new Span(t.token(sub.get(lo)).span().begin(), t.token(sub.get(hi)).span().end());
    }

    static String caseOf(DepTree t, int n) {
        for (int c : t.children(n)) {
            if (t.rel(c).equals("case") || t.rel(c).equals("mark")) {
                return t.token(c).word().toLowerCase(Locale.ROOT);
            }
        }
        return "";
    }

    static boolean isTo(DepTree t, int k) {
        return t.token(k).word().equalsIgnoreCase("to");
    }

    /**
     * Whether the clause of an adjective is an open question ("it was unclear whether …", "not clear what …"):
     * that claims nothing.
     */
    static boolean question(DepTree t, int n) {
        for (int d : t.children(n)) {
            String r = t.baseRel(d);
            if (d > n && (r.equals("ccomp") || r.equals("csubj"))) {
                int first = t.subtree(d).get(0);
                String w = t.token(first).word().toLowerCase(Locale.ROOT);
                String pos = t.token(first).pos() == null ? "" : t.token(first).pos();
                return w.equals("whether") || w.equals("if") || pos.startsWith("W");
            }
        }
        return false;
    }

    /**
     * Whether a subject can hold a stance: a person or a body ("Graham", "Clinton aides", "the ministry", "they",
     * "protesters", "many of his supporters"), not a thing ("the bridge is critical to the economy").
     */
    static boolean holder(CueLexicon lex, DepTree t, int s, int depth) {
        Token tok = t.token(s);
        String w = tok.word().toLowerCase(Locale.ROOT);
        String lemma = tok.lemma() == null ? w : tok.lemma().toLowerCase(Locale.ROOT);
        if (tok.isPronoun()) {
            return !(w.equals("it") || w.equals("this") || w.equals("that") || w.equals("there") || w.equals("which"));
        }
        if (tok.isProperNoun() || "PERSON".equals(tok.ner()) || "ORGANIZATION".equals(tok.ner())
                || "NATIONALITY".equals(tok.ner()) || "TITLE".equals(tok.ner())) {
            return true;
        }
        if (tok.isNoun()) {
            // Role words, bodies and agent nouns ("protesters", "regulators", "activists", "Republicans").
            return lex.personRole(lemma) || lex.organisationNoun(lemma) || lex.anonymous(lemma) || lex.anonymous(w)
                    || lemma.matches(".*(er|or|ist|ian|ant|ent|crat)$") && w.endsWith("s");
        }
        String pos = tok.pos() == null ? "" : tok.pos();
        if (depth < 2 && (pos.equals("DT") || pos.equals("JJ") || pos.equals("CD"))) {
            for (int d : t.children(s)) {
                if (t.baseRel(d).equals("nmod") && holder(lex, t, d, depth + 1)) {
                    return true; // "many of his supporters"
                }
            }
        }
        return false;
    }

    /** A candidate for a content not yet taken and not a quotation's own words. */
    static void add(Analysis a, Span content, Span cue, int source, Span sourcePhrase, List<QuoteMarks.Region> regions,
                            List<Span> directInner, List<Candidate> out, Set<Span> taken) {
        Span c = Contents.trim(a.text(), content);
        if (c.length() < 3 || taken.contains(c) || insideAny(c, directInner)) {
            return;
        }
        Quote.Kind kind = Contents.containsRegion(c, regions, directInner) ? Quote.Kind.MIXED : Quote.Kind.INDIRECT;
        out.add(new Candidate(kind, c, cue, source, sourcePhrase, false));
        taken.add(c);
    }

    /** A stance inside what someone else said ("said they were concerned that …") is part of that statement. */
    static boolean nested(Span cue, List<Candidate> out) {
        for (Candidate c : out) {
            if (c.content().contains(cue)) {
                return true;
            }
        }
        return false;
    }

    /** Whether some statement already has a cue overlapping this one (it was read already, another way). */
    static boolean cued(Span cue, List<Candidate> out) {
        for (Candidate c : out) {
            if (c.cue() != null && c.cue().overlaps(cue)) {
                return true;
            }
        }
        return false;
    }

    static boolean insideAny(Span s, List<Span> spans) {
        for (Span x : spans) {
            if (x.contains(s)) {
                return true;
            }
        }
        return false;
    }
}
