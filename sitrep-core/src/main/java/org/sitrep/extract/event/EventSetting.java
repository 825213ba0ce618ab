package org.sitrep.extract.event;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.Analysis;
import org.sitrep.model.EntityType;
import org.sitrep.model.Layer;
import org.sitrep.model.Mention;
import org.sitrep.model.Place;
import org.sitrep.model.Span;
import org.sitrep.model.TimeExpression;
import org.sitrep.model.Token;

/**
 * Where and when an event happens, read from its own clause: a place argument of the trigger (or of the
 * occasion, or of the content of a proposal) and the time expression nearest the trigger. Stateless; kept
 * apart from actor coding because place and time come from the clause's adjuncts, not from its parties.
 */
final class EventSetting {

    private EventSetting() {
    }

    /** A place argument ("in the breakaway region") of the trigger or its light verb. */
    static Span place(Clause c, List<Integer> nodes) {
        Analysis a = c.analysis;
        List<Integer> all = new ArrayList<>(nodes);
        for (int node : nodes) {
            all.addAll(c.children(node, "obj")); // "blocked roads in the capital"
        }
        for (int node : all) {
            for (int k : c.children(node)) {
                String b = Clause.base(c.rel(k));
                if (!(b.equals("obl") || b.equals("nmod")) || !Arguments.PLACE_CASES.contains(String.valueOf(c.marker(k)))) {
                    continue;
                }
                Span phrase = c.phrase(k);
                if (a.has(Layer.PLACES)) {
                    for (Place pl : a.places()) {
                        if (phrase.contains(pl.span())) {
                            return pl.span();
                        }
                    }
                }
                for (Mention m : a.mentions()) {
                    if (m.type() == EntityType.LOCATION && phrase.contains(m.span())) {
                        return phrase;
                    }
                }
            }
        }
        return null;
    }

    /**
     * The place of the same occasion ("killed 23 people when they blew themselves up in Tel Aviv"): a place
     * argument of a "when"/"as"/"while" clause under the holder, or null.
     */
    static Span occasionPlace(Clause c, int holder) {
        List<Integer> occasion = new ArrayList<>();
        for (int k : c.children(holder, "advcl")) {
            boolean when = c.children(k, "advmod").stream().anyMatch(x -> c.lemma(x).equals("when"));
            if (when || List.of("when", "as", "while").contains(String.valueOf(c.marker(k)))) {
                occasion.add(k);
            }
        }
        return occasion.isEmpty() ? null : place(c, occasion);
    }

    /** The words inside the nodes' objects, down to three levels: the content of a proposal or demand. */
    static List<Integer> nested(Clause c, List<Integer> nodes) {
        List<Integer> out = new ArrayList<>();
        List<Integer> level = new ArrayList<>();
        for (int node : nodes) {
            level.addAll(c.children(node, "obj"));
        }
        for (int depth = 0; depth < 3 && !level.isEmpty(); depth++) {
            out.addAll(level);
            List<Integer> next = new ArrayList<>();
            for (int x : level) {
                next.addAll(c.children(x, "nmod", "acl", "xcomp", "obj"));
            }
            level = next;
        }
        return out;
    }

    /** The time expression of the clause nearest the trigger: from the time layer, else the tagger's dates. */
    static Span time(Clause c, Span evidence, Span trigger) {
        Analysis a = c.analysis;
        Span best = null;
        if (a.has(Layer.TIMES)) {
            for (TimeExpression te : a.times()) {
                if (evidence.contains(te.span()) && (best == null || dist(te.span(), trigger) < dist(best, trigger))) {
                    best = te.span();
                }
            }
            return best;
        }
        Span run = null;
        for (int i = c.firstToken(); i < c.endToken(); i++) {
            Token tok = c.token(i);
            boolean date = ("DATE".equals(tok.ner()) || "TIME".equals(tok.ner())) && evidence.contains(tok.span());
            if (date) {
                run = run == null ? tok.span() : run.union(tok.span());
            }
            if ((!date || i == c.endToken() - 1) && run != null) {
                if (best == null || dist(run, trigger) < dist(best, trigger)) {
                    best = run;
                }
                run = null;
            }
        }
        return best;
    }

    private static int dist(Span s, Span t) {
        return Math.abs(s.begin() - t.begin());
    }
}
