package org.sitrep.extract.quote;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sitrep.model.Analysis;
import org.sitrep.model.Layer;
import org.sitrep.model.Mention;
import org.sitrep.model.Quote;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.TimeExpression;
import org.sitrep.model.Token;
import org.sitrep.pipeline.Stage;

/**
 * The report time of each statement: the DATE or TIME expression that belongs to the cue's clause ("told
 * reporters on Tuesday", "Earlier in the day, the ministry said", "said in a statement on Monday"). A time
 * inside any statement's content is when the claimed thing happened, never when it was said. The time must
 * hang from the cue verb in the dependency parse within a few phrasal steps (a clause boundary on the way
 * means it belongs to another clause: "said, commenting on whether talks are planned in the coming hours"),
 * or, when the parse attached it elsewhere, follow the cue closely with no verb between. A time word that is
 * part of a name ("USA Today", "Morning Joe") is no time. Runs after the
 * time stage; quotes without such a time keep a null time (readers fall back to the publication date).
 */
public final class ReportTimeStage implements Stage {

    /** Relations that open a new clause: a time reached through one of them is not the cue's. */
    private static final Set<String> CLAUSAL = Set.of("acl", "advcl", "ccomp", "csubj", "xcomp", "parataxis",
            "conj", "dep", "list", "appos", "root");
    /** How a time phrase attaches when it dates its head ("said Friday", "in a statement on Monday", "Monday's debate"). */
    private static final Set<String> DATING = Set.of("obl", "nmod", "advmod");
    /** A time modifying a noun dates that noun's occasion when it is where or during which something happened. */
    private static final Set<String> MODIFIER = Set.of("compound", "amod", "nummod");
    private static final Set<String> OCCASION = Set.of("in", "at", "during", "on");
    private static final int MAX_STEPS = 3;
    /** How a verb continuing another statement hangs in the parse ("…, adding that", "and added"). */
    private static final Set<String> CONTINUES = Set.of("advcl", "conj", "xcomp", "dep", "parataxis");
    /** How many tokens a time may trail the cue by when the parse did not attach it to the cue. */
    private static final int NEAR = 5;

    @Override
    public String name() {
        return "report-time";
    }

    @Override
    public Set<Layer> requires() {
        return EnumSet.of(Layer.TOKENS, Layer.SENTENCES, Layer.DEPENDENCIES, Layer.MENTIONS, Layer.QUOTES, Layer.TIMES);
    }

    @Override
    public Set<Layer> produces() {
        return EnumSet.of(Layer.QUOTES);
    }

    @Override
    public Analysis apply(Analysis in) {
        if (in.quotes().isEmpty()) {
            return in.withQuotes(in.quotes());
        }
        DepTree tree = new DepTree(in);
        List<Quote> out = new ArrayList<>(in.quotes().size());
        for (Quote q : in.quotes()) {
            out.add(q.withTime(q.cue() == null ? null : find(in, tree, q)));
        }
        for (int i = 0; i < out.size(); i++) {
            Quote q = out.get(i);
            if (q.time() == null && q.cue() != null) {
                out.set(i, q.withTime(governingTime(in, tree, q, out)));
            }
        }
        return in.withQuotes(out);
    }

    /**
     * "X said on Monday that …, adding that …": a statement whose cue hangs on another statement's cue
     * (a participle or coordinated verb of the same clause) was made when that one was.
     */
    private static Span governingTime(Analysis a, DepTree tree, Quote q, List<Quote> quotes) {
        for (int k : tokensIn(a, q.cue())) {
            String rel = tree.baseRel(k);
            if (!CONTINUES.contains(rel)) {
                continue;
            }
            // The parser often hangs ", adding that" on the verb of the first statement's content: climb to the
            // nearest cue of another statement, a few steps up.
            for (int h = tree.head(k), steps = 0; h >= 0 && steps < MAX_STEPS; h = tree.head(h), steps++) {
                for (Quote o : quotes) {
                    if (o != q && o.time() != null && o.cue() != null && tokensIn(a, o.cue()).contains(h)) {
                        return o.time();
                    }
                }
            }
        }
        return null;
    }

    private static Span find(Analysis a, DepTree tree, Quote q) {
        Set<Integer> cue = tokensIn(a, q.cue());
        if (cue.isEmpty()) {
            return null;
        }
        Sentence s = a.sentenceAt(q.cue().begin());
        Span best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (TimeExpression t : a.times()) {
            if (!("DATE".equals(t.type()) || "TIME".equals(t.type())) || insideContent(a, t.span())
                    || s == null || !s.span().contains(t.span()) || partOfName(a, tree, t.span())) {
                continue;
            }
            List<Integer> heads = heads(a, tree, t.span());
            boolean dates = heads.stream().anyMatch(h -> dating(tree, h));
            if (t.span().overlaps(q.cue())
                    || dates && (attached(a, tree, heads, cue) || trailsCue(a, s, t.span(), q.cue()))) {
                int d = Math.min(Math.abs(t.span().begin() - q.cue().end()), Math.abs(q.cue().begin() - t.span().end()));
                if (d < bestDistance) {
                    best = t.span();
                    bestDistance = d;
                }
            }
        }
        return best;
    }

    /** The time's head climbs to a cue token in a few steps, never crossing a clause boundary or a content. */
    private static boolean attached(Analysis a, DepTree tree, List<Integer> heads, Set<Integer> cue) {
        for (int head : heads) {
            if (dating(tree, head) && climbs(a, tree, head, cue)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The time phrase headed by {@code head} dates what it hangs from: "said Friday", "in a statement on Monday",
     * or a modifier of an occasion ("during a Friday evening rally", "in a March 2016 meeting"), but not of
     * something else ("written after the 1999 shooting").
     */
    private static boolean dating(DepTree tree, int head) {
        if (DATING.contains(tree.baseRel(head))) {
            return true;
        }
        int noun = tree.head(head);
        if (noun < 0 || !MODIFIER.contains(tree.baseRel(head))) {
            return false;
        }
        for (int c : tree.children(noun)) {
            if ("case".equals(tree.rel(c)) && OCCASION.contains(tree.token(c).word().toLowerCase())) {
                return true;
            }
        }
        return false;
    }

    /** The tokens of a time phrase whose head lies outside it, in text order. */
    private static List<Integer> heads(Analysis a, DepTree tree, Span time) {
        Set<Integer> own = tokensIn(a, time);
        List<Integer> out = new ArrayList<>();
        for (int i : own) {
            if (!own.contains(tree.head(i))) {
                out.add(i);
            }
        }
        out.sort(Integer::compare);
        return out;
    }

    private static boolean climbs(Analysis a, DepTree tree, int from, Set<Integer> cue) {
        int cur = from;
        for (int step = 0; step < MAX_STEPS; step++) {
            int h = tree.head(cur);
            if (h < 0 || CLAUSAL.contains(tree.baseRel(cur))) {
                return false;
            }
            if (cue.contains(h)) {
                return true;
            }
            if (insideContent(a, tree.token(h).span())) {
                return false;
            }
            cur = h;
        }
        return false;
    }

    /** The time closely follows the cue ("said on Friday") with no verb, name or content between. */
    private static boolean trailsCue(Analysis a, Sentence s, Span time, Span cue) {
        if (time.begin() < cue.end()) {
            return false;
        }
        int between = 0;
        for (int i = s.firstToken(); i < s.endToken(); i++) {
            Token t = a.tokens().get(i);
            if (t.span().begin() >= cue.end() && t.span().end() <= time.begin()) {
                if (t.isVerb() || t.isProperNoun() || insideContent(a, t.span()) || ++between > NEAR) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * A time word inside a name is no time: a named mention ("USA Today", "Coral Springs") or a compound with a
     * proper noun outside the time ("the Steve Harvey Morning Show", "Morning Joe").
     */
    private static boolean partOfName(Analysis a, DepTree tree, Span time) {
        for (Mention m : a.mentions()) {
            if (m.kind() == Mention.Kind.NAME && m.span().overlaps(time)) {
                return true;
            }
        }
        for (int i : tokensIn(a, time)) {
            int h = tree.head(i);
            if (h >= 0 && "compound".equals(tree.rel(i)) && outsideProper(tree, h, time)) {
                return true;
            }
            for (int c : tree.children(i)) {
                if ("compound".equals(tree.rel(c)) && outsideProper(tree, c, time)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean outsideProper(DepTree tree, int i, Span time) {
        Token t = tree.token(i);
        return t.isProperNoun() && !time.overlaps(t.span());
    }

    private static boolean insideContent(Analysis a, Span s) {
        for (Quote q : a.quotes()) {
            if (q.content().overlaps(s)) {
                return true;
            }
        }
        return false;
    }

    private static Set<Integer> tokensIn(Analysis a, Span s) {
        Set<Integer> out = new HashSet<>();
        Sentence sentence = a.sentenceAt(s.begin());
        if (sentence == null) {
            return out;
        }
        for (int i = sentence.firstToken(); i < sentence.endToken(); i++) {
            if (s.contains(a.tokens().get(i).span())) {
                out.add(i);
            }
        }
        return out;
    }
}
