package org.sitrep.extract.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sitrep.model.Analysis;
import org.sitrep.model.Span;
import org.sitrep.model.Token;

/**
 * Phrases cut out of the dependency parse that several finders share: a speaker's phrase under its head, a cue
 * with its particle, a phrase without its preposition, the rest of a clause around a frame, and the small tests
 * ("according to", a "to" or "that" marker, a comma before a participle) they rest on. One copy, so that the
 * direct, reported and stance finders cut the same phrase the same way. Stateless.
 */
final class Phrases {

    private Phrases() {
    }

    /** Whether token {@code k} opens "according to". */
    static boolean isAccording(DepTree t, int k) {
        return t.token(k).word().equalsIgnoreCase("according") && k + 1 < t.size()
                && t.token(k + 1).word().equalsIgnoreCase("to");
    }

    /** The speaker phrase under a subject head: its subtree without clauses hanging on it. */
    static Span subjectSpan(Analysis a, DepTree t, int head) {
        int lo = head;
        int hi = head;
        for (int k : t.subtree(head)) {
            if (k == head) {
                continue;
            }
            int top = k;
            while (t.head(top) != head && t.head(top) >= 0) {
                top = t.head(top);
            }
            String r = t.baseRel(top);
            if (r.equals("acl") || r.equals("punct") || r.equals("parataxis") || r.equals("dep") || r.equals("cc")
                    || r.equals("conj") && top > head) {
                continue;
            }
            lo = Math.min(lo, k);
            hi = Math.max(hi, k);
        }
        return new Span(t.token(lo).span().begin(), t.token(hi).span().end());
    }

    /** The cue: the verb with its particle, and "went on to" when the verb hangs on one. */
    static Span cueSpan(DepTree t, int v) {
        Span s = t.token(v).span();
        for (int c : t.children(v)) {
            if (t.rel(c).equals("compound:prt") || isAccordingTo(t, v, c)) {
                s = s.union(t.token(c).span());
            }
        }
        if (t.rel(v).equals("xcomp") && t.head(v) >= 0 && t.head(v) < v) {
            s = s.union(t.token(t.head(v)).span());
        }
        return s;
    }

    private static boolean isAccordingTo(DepTree t, int v, int c) {
        return t.token(v).word().equalsIgnoreCase("according") && t.rel(c).equals("fixed");
    }

    static boolean hasMarkTo(DepTree t, int v) {
        for (int c : t.children(v)) {
            if (t.rel(c).equals("mark") && t.token(c).word().equalsIgnoreCase("to")) {
                return true;
            }
        }
        return false;
    }

    /** The preposition marking a phrase ("about", "by"), lower-cased, or "". */
    static String caseOf(DepTree t, int n) {
        for (int c : t.children(n)) {
            if (t.rel(c).equals("case")) {
                return t.token(c).word().toLowerCase(Locale.ROOT);
            }
        }
        return "";
    }

    /** The phrase under {@code n} without its leading preposition ("about [the test]"). */
    static Span withoutCase(DepTree t, int n) {
        List<Integer> sub = t.subtree(n);
        int lo = 0;
        while (lo < sub.size() - 1 && t.head(sub.get(lo)) == n && t.rel(sub.get(lo)).equals("case")) {
            lo++;
        }
        return new Span(t.token(sub.get(lo)).span().begin(), t.token(sub.get(sub.size() - 1)).span().end());
    }

    /** The agent phrase without its "by". */
    static Span withoutLeadingCase(Analysis a, DepTree t, int n) {
        Span s = subjectSpan(a, t, n);
        for (int c : t.children(n)) {
            if (t.rel(c).equals("case") && t.token(c).span().begin() == s.begin()) {
                int next = c + 1;
                return next <= n ? new Span(t.token(next).span().begin(), s.end()) : s;
            }
        }
        return s;
    }

    /** The span of the subtree under {@code h} without the subtree under {@code cut}, on the side that is longer. */
    static Span remainder(DepTree t, int h, int cut) {
        List<Integer> all = t.subtree(h);
        Span cutSpan = t.span(cut);
        List<Integer> left = new ArrayList<>();
        List<Integer> right = new ArrayList<>();
        for (int k : all) {
            Span s = t.token(k).span();
            if (s.end() <= cutSpan.begin()) {
                left.add(k);
            } else if (s.begin() >= cutSpan.end()) {
                right.add(k);
            }
        }
        stripPunct(t, left);
        stripPunct(t, right);
        List<Integer> side = left.size() >= right.size() ? left : right;
        if (side.isEmpty()) {
            return null;
        }
        return new Span(t.token(side.get(0)).span().begin(), t.token(side.get(side.size() - 1)).span().end());
    }

    private static void stripPunct(DepTree t, List<Integer> toks) {
        while (!toks.isEmpty() && Frames.isPunct(t, toks.get(toks.size() - 1))) {
            toks.remove(toks.size() - 1);
        }
        while (!toks.isEmpty() && Frames.isPunct(t, toks.get(0))) {
            toks.remove(0);
        }
    }

    /** Whether a clause is marked by a "that" before its verb. */
    static boolean startsWithThat(DepTree t, int clause) {
        for (int c : t.children(clause)) {
            if (t.rel(c).equals("mark") && t.token(c).word().equalsIgnoreCase("that") && c < clause) {
                return true;
            }
        }
        return false;
    }

    /** ", contradicting …" or ", implicitly putting …": the participle's phrase opens right after a comma. */
    static boolean commaBefore(DepTree t, int d) {
        int first = t.subtree(d).get(0);
        boolean adverb = first == d - 1 && t.head(first) == d && "RB".equals(t.token(first).pos());
        return (first == d || adverb) && first > 0 && t.token(first - 1).word().equals(",");
    }

    /** Whether a token is a finite verb or a modal ("said", "says", "say", "would"). */
    static boolean finite(Token x) {
        String p = x.pos() == null ? "" : x.pos();
        return p.equals("VBD") || p.equals("VBZ") || p.equals("VBP") || p.equals("MD");
    }
}
