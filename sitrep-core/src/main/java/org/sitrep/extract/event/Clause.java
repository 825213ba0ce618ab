package org.sitrep.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sitrep.model.Analysis;
import org.sitrep.model.Dependency;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.Token;

/**
 * One sentence's dependency tree, indexed for walking up and down by article-wide token index. Relation names
 * are UD labels; {@link #base} drops the subtype ("nsubj:pass" → "nsubj") where only the kind matters.
 */
final class Clause {

    final Analysis analysis;
    final Sentence sentence;
    private final int first;
    private final int[] head;
    private final String[] rel;
    private final List<List<Integer>> children;

    Clause(Analysis a, Sentence s) {
        this.analysis = a;
        this.sentence = s;
        this.first = s.firstToken();
        int n = s.size();
        head = new int[n];
        rel = new String[n];
        children = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            head[i] = -1;
            rel[i] = "root";
            children.add(new ArrayList<>());
        }
        for (Dependency d : s.dependencies()) {
            int dep = d.dependent() - first;
            if (dep < 0 || dep >= n) {
                continue;
            }
            rel[dep] = d.relation();
            if (!d.isRoot()) {
                head[dep] = d.head();
                int h = d.head() - first;
                if (h >= 0 && h < n) {
                    children.get(h).add(d.dependent());
                }
            }
        }
    }

    Token token(int i) {
        return analysis.tokens().get(i);
    }

    String lemma(int i) {
        Token t = token(i);
        return (t.lemma() == null ? t.word() : t.lemma()).toLowerCase(Locale.ROOT);
    }

    /** The head's index, or -1 at the root. */
    int head(int i) {
        return head[i - first];
    }

    String rel(int i) {
        return rel[i - first];
    }

    static String base(String relation) {
        int c = relation.indexOf(':');
        return c < 0 ? relation : relation.substring(0, c);
    }

    List<Integer> children(int i) {
        return children.get(i - first);
    }

    /** Children of {@code i} whose relation (with or without subtype) is one of {@code rels}. */
    List<Integer> children(int i, String... rels) {
        List<Integer> out = new ArrayList<>();
        for (int c : children(i)) {
            for (String r : rels) {
                if (rel(c).equals(r) || (!r.contains(":") && base(rel(c)).equals(r) && !rel(c).equals("nsubj:pass")
                        && !rel(c).equals("obl:agent") && !rel(c).equals("obl:tmod") && !rel(c).equals("nmod:poss"))) {
                    out.add(c);
                    break;
                }
            }
        }
        return out;
    }

    /** The lemma of the case marker or subordinator of {@code i} ("to" in "to Iran"), or null. */
    String marker(int i) {
        for (int c : children(i)) {
            String r = rel(c);
            if (r.equals("case") || r.equals("mark")) {
                return lemma(c);
            }
        }
        return null;
    }

    /** Whether {@code anc} is {@code i} or above it. */
    boolean dominates(int anc, int i) {
        for (int x = i; x >= 0; x = head(x)) {
            if (x == anc) {
                return true;
            }
        }
        return false;
    }

    /**
     * The span of {@code i}'s phrase: its subtree without clauses, appositions, coordination and punctuation
     * hanging off it, and without a leading case marker.
     */
    Span phrase(int i) {
        int[] lo = {i};
        int[] hi = {i};
        collect(i, lo, hi, true);
        return new Span(token(lo[0]).span().begin(), token(hi[0]).span().end());
    }

    /** {@link #phrase} without the prepositional phrases directly under {@code i} that have one of the markers. */
    Span phraseWithout(int i, java.util.Set<String> markers) {
        Span out = token(i).span();
        for (int c : children(i)) {
            String r = base(rel(c));
            if (r.equals("acl") || r.equals("appos") || r.equals("punct") || r.equals("conj") || r.equals("cc")
                    || r.equals("parataxis") || r.equals("advcl") || r.equals("dep") || r.equals("case")
                    || r.equals("mark") || r.equals("nmod") && markers.contains(String.valueOf(marker(c)))) {
                continue;
            }
            Span p = phrase(c);
            for (int k : children(c)) {
                if (base(rel(k)).equals("case") || base(rel(k)).equals("mark")) {
                    p = p.union(token(k).span()); // the child's own preposition stays ("of the rebels")
                }
            }
            out = out.union(p);
        }
        return out;
    }

    /**
     * The span of a noun's own words: the head with its determiners, numbers, adjectives, compounds and
     * possessor, without prepositional phrases or clauses.
     */
    Span core(int i) {
        return core(i, true);
    }

    /** {@link #core(int)}, with or without the possessor ("North Korea's" in "North Korea's demand"). */
    Span core(int i, boolean possessor) {
        Span out = token(i).span();
        for (int c : children(i)) {
            String r = rel(c);
            if (r.equals("det") || r.equals("amod") || r.equals("compound") || possessor && r.equals("nmod:poss")
                    || r.equals("nummod") || r.equals("flat")) {
                out = out.union(phrase(c));
            }
        }
        return out;
    }

    private void collect(int i, int[] lo, int[] hi, boolean top) {
        for (int c : children(i)) {
            String r = base(rel(c));
            if ((r.equals("dep") || r.equals("punct")) && hyphenated(c, i)) {
                lo[0] = Math.min(lo[0], c); // "Vietnamese-led": one word the tokenizer split at its hyphen
                hi[0] = Math.max(hi[0], c);
                continue;
            }
            if (r.equals("acl") || r.equals("appos") || r.equals("punct") || r.equals("conj") || r.equals("cc")
                    || r.equals("parataxis") || r.equals("advcl") || r.equals("dep")
                    || (top && (r.equals("case") || r.equals("mark")))) {
                continue;
            }
            lo[0] = Math.min(lo[0], c);
            hi[0] = Math.max(hi[0], c);
            collect(c, lo, hi, false);
        }
    }

    /** Whether {@code a} and {@code b} are parts of one hyphenated word: adjacent, or joined by one hyphen. */
    private boolean hyphenated(int a, int b) {
        int lo = Math.min(a, b);
        int hi = Math.max(a, b);
        if (hi - lo > 2 || token(lo).span().end() != token(lo + 1).span().begin()
                || token(hi - 1).span().end() != token(hi).span().begin()) {
            return false;
        }
        return hi - lo == 1 ? token(lo).word().equals("-") || token(hi).word().equals("-")
                : token(lo + 1).word().equals("-");
    }

    /** The span of {@code i}'s whole clause: its subtree without coordinated clauses and edge punctuation. */
    Span clauseSpan(int i) {
        int[] lo = {i};
        int[] hi = {i};
        clauseCollect(i, lo, hi, true);
        while (hi[0] > lo[0] && token(hi[0]).pos() != null && isPunct(hi[0])) {
            hi[0]--;
        }
        while (lo[0] < hi[0] && isPunct(lo[0])) {
            lo[0]++;
        }
        return new Span(token(lo[0]).span().begin(), token(hi[0]).span().end());
    }

    private boolean isPunct(int i) {
        String w = token(i).word();
        return !w.isEmpty() && !Character.isLetterOrDigit(w.charAt(0));
    }

    private void clauseCollect(int i, int[] lo, int[] hi, boolean top) {
        for (int c : children(i)) {
            String r = base(rel(c));
            if (top && (r.equals("conj") || r.equals("parataxis")) && token(c).isVerb()) {
                continue;
            }
            if (top && r.equals("cc")) {
                continue;
            }
            lo[0] = Math.min(lo[0], c);
            hi[0] = Math.max(hi[0], c);
            clauseCollect(c, lo, hi, false);
        }
    }

    /** Coordinated heads joined to {@code i} ("Armenia and Azerbaijan"), {@code i} first. */
    List<Integer> withConjuncts(int i) {
        List<Integer> out = new ArrayList<>();
        out.add(i);
        for (int c : children(i, "conj")) {
            out.addAll(withConjuncts(c));
        }
        return out;
    }

    int firstToken() {
        return first;
    }

    int endToken() {
        return sentence.endToken();
    }
}
