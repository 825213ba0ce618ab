package org.sitrep.extract.event;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a trigger sits in the parse: the word that holds its arguments (a noun's light verb), the chain of
 * open complements governing that word, and whether the trigger only restates another trigger's act. Kept
 * apart because argument finding, modality and duplicate suppression all read the same structure.
 */
final class TriggerScope {

    private final EventLexicon lexicon;

    TriggerScope(EventLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * Whether a trigger only restates another one's act: its purpose ("began a hunger strike to protest …")
     * or its result ("shelled the town, killing 20"), hung on the other's clause and of the same kind.
     */
    static boolean partOfAnother(Clause c, Trigger t, List<Trigger> all) {
        int x = t.node();
        if (!c.token(x).isVerb() || c.head(x) < 0) {
            return false;
        }
        String b = Clause.base(c.rel(x));
        String m = c.marker(x);
        boolean purpose = (b.equals("advcl") || b.equals("xcomp")) && "to".equals(m);
        boolean result = (b.equals("advcl") || b.equals("dep")) && m == null && "VBG".equals(c.token(x).pos());
        if (!purpose && !result) {
            return false;
        }
        for (Trigger o : all) {
            if (o == t || o.node() == x) {
                continue;
            }
            boolean hung = c.head(x) == o.node() || c.head(x) == holder(c, o);
            String ot = o.pattern().type();
            String tt = t.pattern().type();
            // (PLOVER: demands that take the form of demonstrations are coded as PROTEST)
            if (hung && (ot.equals(tt) || ot.equals("PROTEST") && (tt.equals("ACCUSE") || tt.equals("REQUEST")))) {
                return true;
            }
        }
        return false;
    }

    /** The word whose clause carries a trigger's arguments: a noun's light verb ("launched an attack"). */
    static int holder(Clause c, Trigger trig) {
        int x = trig.node();
        // (a gerund in a noun's place is held like a noun: "were subjected to shelling")
        boolean gerund = "VBG".equals(c.token(x).pos()) && Clause.base(c.rel(x)).equals("obl");
        if (Trigger.posClass(c.token(x).pos()) != 'n' && !gerund) {
            return x;
        }
        int harmed = Trigger.harmed(c, x);
        if (harmed >= 0) {
            return harmed; // "a prisoner died as a result of torture": the dying verb holds the victim
        }
        for (int steps = 0; steps < 2; steps++) {
            String r = c.rel(x);
            String b = Clause.base(r);
            int h = c.head(x);
            if (h < 0 || !(b.equals("obj") || b.equals("obl") || b.equals("nsubj") || b.equals("xcomp"))) {
                break;
            }
            x = h;
            if (c.token(h).isVerb() || Trigger.posClass(c.token(h).pos()) == 'a') {
                return h;
            }
        }
        return trig.node();
    }

    /** The holder and the words governing it through open complements ("ready to recognize"), upward. */
    List<Integer> chain(Clause c, int holder) {
        List<Integer> chain = new ArrayList<>();
        chain.add(holder);
        int x = holder;
        while (c.head(x) >= 0 && chain.size() < 6) {
            String b = Clause.base(c.rel(x));
            int h = c.head(x);
            // (a verb the parser took for a verb's object is its open complement: "to help support the rights")
            boolean open = b.equals("xcomp") || b.equals("obj") && c.token(x).isVerb() && c.token(h).isVerb()
                    || (b.equals("ccomp") || b.equals("advcl")) && lexicon.words("intend").contains(c.lemma(h));
            if (!open) {
                break;
            }
            chain.add(h);
            x = h;
        }
        return chain;
    }
}
