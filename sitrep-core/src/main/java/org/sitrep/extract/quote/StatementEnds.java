package org.sitrep.extract.quote;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.model.Analysis;
import org.sitrep.model.Span;
import org.sitrep.model.Token;

/**
 * Where a reported statement's content ends when the parse runs it on: before a second statement with a speaker
 * of its own ("…, though she acknowledged …", "X stressed A and said B"), before a new clause after an object or
 * infinitive, after a reason or a second "that" clause the parser hung on the verb, and at the closing mark of
 * a quotation it opened. Apart from {@link ReportShapes}, which finds what a verb reports, because these only
 * move the end of a content already found. Stateless.
 */
final class StatementEnds {

    /** Words that join a second statement to a first: "…, though she acknowledged …", "…, but Shelby said …". */
    private static final Set<String> JOINS = Set.of("and", "but", "though", "although", "while", "whereas", "yet");

    private StatementEnds() {
    }

    /**
     * "She said A, though she acknowledged B", "Officials said A, and rights groups warned that B": a second verb
     * of saying with its own subject, joined by a conjunction, starts a statement of its own; the first ends
     * before it. A frame set off by commas alone ("A, Mr. Obama noted, that B") does not end it.
     */
    static Span beforeOwnSpeaker(Analysis a, DepTree t, Span content, int v, CueLexicon lex) {
        List<Token> toks = a.tokensIn(content);
        if (toks.size() < 6) {
            return content;
        }
        int first = toks.get(0).index();
        for (Token x : toks) {
            int w = x.index();
            if (w == v || !x.isVerb() || !lex.clauseVerb(x.lemma()) || Frames.insideQuotation(a, x)) {
                continue;
            }
            int s = t.child(w, "nsubj");
            if (s < 0) {
                int cut = sharedSubjectCut(t, w, v, first, lex);
                if (cut >= 0) {
                    return new Span(content.begin(), t.token(cut).span().end());
                }
                continue;
            }
            if (s > w || s <= first + 2) {
                continue;
            }
            int k = t.subtree(s).get(0) - 1;
            while (k > first && Frames.nounPhraseToken(t.token(k)) && !"CC".equals(t.token(k).pos()) && !"IN".equals(t.token(k).pos())) {
                k--; // the parser may leave part of the subject outside it ("human [rights groups]")
            }
            if (t.token(k).word().equalsIgnoreCase("that")) {
                continue; // "said A and that he refused B": a second clause of the same statement
            }
            boolean joined = false;
            while (k > first && ("RB".equals(t.token(k).pos()) || JOINS.contains(t.token(k).word().toLowerCase(Locale.ROOT)))) {
                joined |= JOINS.contains(t.token(k).word().toLowerCase(Locale.ROOT));
                k--;
            }
            if (!joined && !(Frames.isPunct(t, k) && t.token(k).word().equals(",") && ownStatement(t, w, lex))) {
                continue;
            }
            while (k > first && (Frames.isPunct(t, k) || JOINS.contains(t.token(k).word().toLowerCase(Locale.ROOT)))) {
                k--;
            }
            if (k - first < 2) {
                continue;
            }
            return new Span(content.begin(), t.token(k).span().end());
        }
        return content;
    }

    /**
     * "While he acknowledged A, Ham also noted B": after a comma alone, a verb of saying with its own subject
     * and its own complement starts a second statement; "A, Mr. Obama noted, that B" (nothing follows the
     * verb before the next comma) is a frame inside the first.
     */
    private static boolean ownStatement(DepTree t, int w, CueLexicon lex) {
        if (!lex.speechVerb(t.token(w).lemma()) || w + 1 >= t.size() || Frames.isPunct(t, w + 1)) {
            return false;
        }
        for (int c : t.children(w)) {
            String r = t.baseRel(c);
            if (c > w && (r.equals("ccomp") || r.equals("obj"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "X stressed A and said B": a second verb of saying in the same tense, sharing the first one's subject and
     * joined by "and"/"but", is a statement of its own; returns the last token of the first, or -1.
     */
    private static int sharedSubjectCut(DepTree t, int w, int v, int first, CueLexicon lex) {
        String pos = t.token(w).pos();
        if (w <= v || !lex.speechVerb(t.token(w).lemma()) || pos == null || !pos.equals(t.token(v).pos())
                || !t.baseRel(w).equals("conj") || t.child(w, "nsubj:pass") >= 0) {
            return -1;
        }
        int k = w - 1;
        while (k > first && "RB".equals(t.token(k).pos())) {
            k--;
        }
        String join = t.token(k).word().toLowerCase(Locale.ROOT);
        if (!join.equals("and") && !join.equals("but")) {
            return -1;
        }
        k--;
        while (k > first && Frames.isPunct(t, k)) {
            k--;
        }
        return k - first < 2 ? -1 : k;
    }

    /**
     * "refused to discuss his piece, he is ready to move on", "lend him $5 million, and the union also stepped
     * in": an object or infinitive with no finite verb of its own ends before a clause with its own subject and
     * finite verb that follows a comma or "and"/"but"; that clause is the writer's, or another statement.
     */
    static Span beforeNewClause(Analysis a, DepTree t, Span content, int v) {
        List<Token> toks = a.tokensIn(content);
        int o = t.child(v, "obj");
        boolean object = o > v && !toks.isEmpty() && t.subtree(o).get(0) == toks.get(0).index();
        if (toks.isEmpty() || !object && !"TO".equals(toks.get(0).pos())) {
            return content; // a clause ("The museum, he said, would …") keeps what the parser put in it
        }
        for (int i = 0; i < toks.size() - 1; i++) {
            Token x = toks.get(i);
            if (Phrases.finite(x) || Frames.insideQuotation(a, x)) {
                return content; // a clause of its own from the start: its coordinated clauses are part of it
            }
            String prev = i < 2 ? "" : toks.get(i - 1).word().toLowerCase(Locale.ROOT);
            if (!prev.equals(",") && !prev.equals("and") && !prev.equals("but") || x.pos() == null || x.pos().startsWith("W")) {
                continue; // "…, which would include …", "…, who was born …": a relative clause stays with its noun
            }
            int s = x.index();
            while (s < toks.get(toks.size() - 1).index() && !t.rel(s).startsWith("nsubj") && t.subtree(s).get(0) == x.index()
                    && t.head(s) > s && Frames.nounPhraseToken(t.token(s))) {
                s = t.head(s); // from the subject's first word up to its head
            }
            if (!t.rel(s).startsWith("nsubj") || t.subtree(s).get(0) != x.index()) {
                continue;
            }
            int w = t.head(s);
            boolean tensed = w >= 0 && Phrases.finite(t.token(w));
            for (int c : w >= 0 ? t.children(w) : List.<Integer>of()) {
                tensed |= (t.baseRel(c).equals("cop") || t.baseRel(c).equals("aux")) && Phrases.finite(t.token(c));
            }
            if (!tensed || w <= s || !content.contains(t.token(w).span())) {
                continue;
            }
            int k = i - 1;
            while (k > 0 && (Frames.isPunct(t, toks.get(k).index()) || JOINS.contains(toks.get(k).word().toLowerCase(Locale.ROOT)))) {
                k--;
            }
            return k < 1 ? content : Contents.trim(a.text(), new Span(content.begin(), toks.get(k).span().end()));
        }
        return content;
    }

    /**
     * "said officers encountered Scott because they were searching for another man", "said witnesses saw a gun
     * and that one was found nearby": a reason, a condition or a second "that" clause that the parser hung on the
     * verb of saying right after the clause it reports goes on with the statement ("despise Trump because …"
     * gives a reason for a stance on a phrase: not extended).
     */
    static Span withReason(Analysis a, DepTree t, Span content, int v) {
        List<Token> toks = a.tokensIn(content);
        if (toks.stream().noneMatch(Phrases::finite)) {
            return content;
        }
        int next = toks.get(toks.size() - 1).index() + 1;
        for (int d : t.children(v)) {
            if (d <= v) {
                continue;
            }
            List<Integer> sub = t.subtree(d);
            int first = sub.get(0);
            String w = t.token(first).word().toLowerCase(Locale.ROOT);
            boolean reason = t.baseRel(d).equals("advcl") && t.rel(first).equals("mark") && (w.equals("because") || w.equals("if"));
            boolean second = t.baseRel(d).equals("conj") && w.equals("and") && first + 1 < t.size()
                    && t.token(first + 1).word().equalsIgnoreCase("that");
            if (first == next && (reason || second)) {
                int last = sub.get(sub.size() - 1);
                while (last > first && Frames.isPunct(t, last)) {
                    last--;
                }
                return new Span(content.begin(), t.token(last).span().end());
            }
        }
        return content;
    }

    /**
     * "The summit accomplished “too little,” he added": a statement that stops inside a quotation it opened
     * (the parser ended the clause at the frame) runs to the closing mark, within its paragraph.
     */
    static Span closeQuotation(Analysis a, Span content, List<QuoteMarks.Region> regions, List<Span> directInner) {
        for (QuoteMarks.Region r : regions) {
            Span o = r.outer();
            if (o.begin() >= content.begin() && o.begin() < content.end() && o.end() > content.end()
                    && !directInner.contains(r.inner()) && a.text().substring(content.end(), o.end()).indexOf('\n') < 0) {
                return new Span(content.begin(), o.end());
            }
        }
        return content;
    }
}
