package org.sitrep.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sitrep.extract.actor.ActorCode;
import org.sitrep.extract.actor.ActorCoder;
import org.sitrep.model.EntityType;
import org.sitrep.model.Mention;
import org.sitrep.model.Span;
import org.sitrep.model.Token;

/**
 * Finds an event's argument heads in its clause: which words are actor-like, and the target of a trigger (its
 * object, a marked oblique, the actor inside a non-actor argument, a condition's or a reported clause's
 * subject). Immutable and thread-safe.
 */
final class Arguments {

    static final Set<String> TARGET_CASES = Set.of("to", "against", "with", "on", "upon", "toward",
            "towards", "into", "between", "at", "for");
    static final Set<String> PLACE_CASES = Set.of("in", "at", "near", "inside", "outside", "across",
            "along", "around", "throughout");

    private final EventLexicon lexicon;
    private final ActorCoder codes;

    Arguments(EventLexicon lexicon, ActorCoder codes) {
        this.lexicon = lexicon;
        this.codes = codes;
    }

    /**
     * The target: an actor object, an actor behind a case marker, an actor inside the object's phrase, or the
     * same found in the clause's complement ("threatened to cut off electricity to X"); for demands, the
     * complement's subject comes first ("demanded that the United States match …").
     */
    List<Integer> targets(Clause c, int t, int holder, String type) {
        List<Integer> nodes = t == holder ? List.of(t) : List.of(t, holder);
        if ("RETREAT".equals(type)) {
            List<Integer> from = origin(c, nodes);
            if (!from.isEmpty()) {
                return from; // one retreats from a place or a counterpart, not from one's own troops
            }
        }
        if ("THREATEN".equals(type)) {
            List<Integer> who = condition(c, nodes);
            if (!who.isEmpty()) {
                return who; // "threatened to strike unless Israel rescinded …": the one who must comply
            }
        }
        List<Integer> direct = direct(c, t, nodes, type);
        if (!direct.isEmpty()) {
            return direct;
        }
        List<Integer> reported = reportedSubject(c, t, type);
        if (!reported.isEmpty()) {
            return reported;
        }
        for (int node : nodes) {
            List<Integer> comps = new ArrayList<>(c.children(node, "xcomp", "ccomp"));
            if ("REQUEST".equals(type)) {
                comps.addAll(c.children(node, "advcl")); // "called on both sides to exercise restraint", misparsed
            }
            for (int k : List.copyOf(comps)) {
                comps.addAll(c.children(k, "xcomp", "ccomp")); // "offered to help Laos rebuild …": one level down
            }
            for (int comp : comps) {
                for (int k : c.children(comp, "nsubj", "nsubj:pass")) {
                    // (one asked, or one helped: "help Laos rebuild the bridge")
                    boolean helped = c.head(comp) >= 0 && c.lemma(c.head(comp)).equals("help");
                    if (("REQUEST".equals(type) || helped) && actorLike(c, k)) {
                        return c.withConjuncts(k);
                    }
                    List<Integer> owner = ownActor(c, k) ? List.of() : inside(c, k, 1);
                    if (!owner.isEmpty()) {
                        return owner; // "rejected North Korea's demand to sever …"
                    }
                }
                List<Integer> inner = direct(c, comp, List.of(comp), type);
                if (!inner.isEmpty()) {
                    return inner;
                }
            }
        }
        return List.of();
    }

    /** The actor subject of an "if"/"unless" condition under the nodes or their open complements. */
    private List<Integer> condition(Clause c, List<Integer> nodes) {
        List<Integer> all = new ArrayList<>(nodes);
        all.addAll(complements(c, nodes));
        for (int node : all) {
            for (int k : c.children(node, "advcl")) {
                if (lexicon.words("hypothetical").contains(String.valueOf(c.marker(k)))) {
                    for (int subj : c.children(k, "nsubj", "nsubj:pass")) {
                        if (actorLike(c, subj) && !isPronoun(c, subj)) {
                            return c.withConjuncts(subj);
                        }
                    }
                }
            }
        }
        return List.of();
    }

    /**
     * For a verbal act reported after its content ("X are failing …, a rights group protested"), the subject
     * of the reported clause: the trigger hangs off that clause as parataxis or an unlabelled dependent.
     */
    private List<Integer> reportedSubject(Clause c, int t, String type) {
        String b = Clause.base(c.rel(t));
        if (!Modes.VERBAL.contains(type) || !c.token(t).isVerb() || !(b.equals("parataxis") || b.equals("dep"))) {
            return List.of();
        }
        int root = t;
        while (c.head(root) >= 0) {
            root = c.head(root);
        }
        if (root == t || c.dominates(t, root)) {
            return List.of();
        }
        for (int k : c.children(root, "nsubj", "nsubj:pass")) {
            if (actorLike(c, k) && !isPronoun(c, k) && k < t) {
                return c.withConjuncts(k);
            }
        }
        return List.of();
    }

    private static final Set<String> GIVING = Set.of("AID", "AGREE", "COOPERATE");

    private static final Set<String> GRIEVANCE = Set.of("against", "over", "about");

    private List<Integer> direct(Clause c, int t, List<Integer> nodes, String type) {
        if ("PROTEST".equals(type) || "ACCUSE".equals(type)) {
            // "in defiance of Chinese authorities", "in protest at X": the actor inside a manner phrase.
            for (int node : nodes) {
                for (int k : c.children(node, "obl")) {
                    if ("in".equals(c.marker(k)) && !ownActor(c, k) && !c.token(k).isProperNoun()) {
                        for (int of : c.children(k, "nmod")) {
                            if (List.of("of", "against", "at", "with").contains(String.valueOf(c.marker(of)))
                                    && actorLike(c, of) && !isPronoun(c, of)) {
                                return embedded(c, of);
                            }
                        }
                    }
                }
            }
        }
        if ("ACCUSE".equals(type)) {
            // "complained to the UN over Israeli air raids": the target is what the complaint is about.
            for (int node : nodes) {
                for (int k : c.children(node, "obl", "nmod")) {
                    if (GRIEVANCE.contains(String.valueOf(c.marker(k)))) {
                        List<Integer> who = actorLike(c, k) ? c.withConjuncts(k) : inside(c, k, 1);
                        if (!who.isEmpty()) {
                            return who;
                        }
                    }
                }
            }
        }
        for (int node : nodes) {
            if (GIVING.contains(type)) {
                // "offered its troops to Lebanon": the recipient, not the thing given, is the target.
                for (int k : c.children(node, "obl", "nmod")) {
                    String m = String.valueOf(c.marker(k));
                    if ((m.equals("to") || m.equals("for")) && actorLike(c, k)) {
                        return c.withConjuncts(k);
                    }
                }
            }
            for (int o : c.children(node, "obj", "iobj")) {
                if (o != t && actorLike(c, o) && !ownedBySubject(c, o)) {
                    return embedded(c, o);
                }
            }
            if (node == t && Trigger.posClass(c.token(t).pos()) == 'n') {
                // A noun's own argument before the clause's: "the blockade of Serbia … with Albania's help".
                for (int k : c.children(t)) {
                    if (c.rel(k).equals("nmod:poss") || Clause.base(c.rel(k)).equals("nmod") && "of".equals(c.marker(k))) {
                        if (actorLike(c, k) && !isPronoun(c, k) && !ownedBySubject(c, k)) {
                            return c.withConjuncts(k);
                        }
                    }
                }
            }
            for (int k : c.children(node)) {
                String b = Clause.base(c.rel(k));
                if ((b.equals("obl") || b.equals("nmod")) && !c.rel(k).equals("obl:tmod")
                        && TARGET_CASES.contains(String.valueOf(c.marker(k))) && actorLike(c, k)) {
                    return c.withConjuncts(k);
                }
            }
            if (Trigger.posClass(c.token(node).pos()) == 'n') {
                for (int k : c.children(node)) {
                    if (c.rel(k).equals("nmod:poss") || Clause.base(c.rel(k)).equals("nmod") && "of".equals(c.marker(k))) {
                        if (actorLike(c, k) && !isPronoun(c, k)) {
                            return c.withConjuncts(k);
                        }
                    }
                }
            }
        }
        // Inside the object: "rejected North Korea's demand", "the sovereignty of Azerbaijan", "violations from X".
        for (int node : nodes) {
            for (int o : c.children(node, "obj", "xcomp", "obl")) {
                String m = String.valueOf(c.marker(o));
                if (Clause.base(c.rel(o)).equals("obl") && (lexicon.words("separate").contains(m) || PLACE_CASES.contains(m))) {
                    continue; // "after Pashinyan's letter", "in the region": circumstances, not counterparts
                }
                List<Integer> inner = inside(c, o, 2);
                if (!inner.isEmpty()) {
                    return inner;
                }
            }
        }
        return List.of();
    }

    /**
     * The actor an argument stands for: itself when its own words name one, else the actor inside it ("the
     * rights of Palestinians", "a meeting between X and Y"), else itself.
     */
    private List<Integer> embedded(Clause c, int o) {
        int x = o;
        for (int depth = 0; depth < 3 && !ownActor(c, x); depth++) {
            List<Integer> in = inside(c, x, 2);
            if (in.isEmpty()) {
                break;
            }
            if (ownActor(c, in.get(0))) {
                return in;
            }
            x = in.get(0); // "numerous facts of ceasefire violations from the Azerbaijani side"
        }
        return x == o || !ownActor(c, x) ? c.withConjuncts(o) : c.withConjuncts(x);
    }

    /** Whether the word's own words (not its attachments) name an actor. */
    private boolean ownActor(Clause c, int o) {
        return isPronoun(c, o) || mentionAt(c, o) != null || c.token(o).isProperNoun()
                || lexicon.words("agent").contains(c.lemma(o)) || codes.code(c.analysis, c.core(o, false)).isPresent();
    }

    /** The "from" argument of the nodes or of their nominal dependents ("withdrawal of forces from Panama"). */
    private List<Integer> origin(Clause c, List<Integer> nodes) {
        List<Integer> all = new ArrayList<>(nodes);
        for (int node : nodes) {
            all.addAll(c.children(node, "obj", "nmod"));
        }
        for (int node : all) {
            for (int k : c.children(node, "obl", "nmod")) {
                if ("from".equals(c.marker(k)) && actorLike(c, k)) {
                    return c.withConjuncts(k);
                }
            }
        }
        return List.of();
    }

    /** "its troops", "their forces": the subject's own people, not a counterpart. */
    private static boolean ownedBySubject(Clause c, int o) {
        if (c.lemma(o).equals("counterpart")) {
            return false; // "met his Cambodian counterpart": the other side, though "his"
        }
        for (int k : c.children(o, "nmod:poss")) {
            if (isPronoun(c, k) || "PRP$".equals(c.token(k).pos())) {
                return true;
            }
        }
        return false;
    }

    private List<Integer> inside(Clause c, int o, int depth) {
        for (int k : c.children(o)) {
            String r = c.rel(k);
            String b = Clause.base(r);
            boolean named = (b.equals("compound") || b.equals("amod")) && mentionAt(c, k) != null;
            if (c.token(k).isVerb() || "PRP$".equals(c.token(k).pos())) {
                continue; // a clause hung inside the phrase ("…, a newspaper reported") is no part of it, nor is "his"
            }
            if ((b.equals("nmod") || b.equals("dep") && c.children(k, "nmod:poss").isEmpty() || named) && actorLike(c, k) && !isPronoun(c, k)) {
                return c.withConjuncts(k);
            }
        }
        if (depth > 1) {
            for (int k : c.children(o, "nmod", "obj", "dep")) {
                List<Integer> deeper = inside(c, k, depth - 1);
                if (!deeper.isEmpty()) {
                    return deeper;
                }
            }
        }
        return List.of();
    }

    private static final Set<String> NOT_ACTOR_NER = Set.of("DATE", "TIME", "DURATION", "NUMBER", "MONEY",
            "PERCENT", "ORDINAL", "SET");

    boolean actorLike(Clause c, int i) {
        Token tok = c.token(i);
        if (NOT_ACTOR_NER.contains(tok.ner())) {
            // "Israel Friday": a date heading a phrase that still names an actor
            Span phrase = c.phrase(i);
            return c.analysis.mentions().stream().anyMatch(m -> m.type() != EntityType.MISC && phrase.contains(m.span()));
        }
        if ("PRP".equals(tok.pos())) {
            return true;
        }
        if (mentionAt(c, i) != null || tok.isProperNoun()) {
            return true;
        }
        if (lexicon.words("agent").contains(c.lemma(i))) {
            return true;
        }
        // A phrase that names no country is an actor only when its head is a sector word or a plural (people):
        // "a general strike" is no military actor, "supporters of the former president" are actors.
        Optional<ActorCode> code = codes.code(c.analysis, c.phrase(i));
        return code.isPresent() && (code.get().country() != null || c.token(i).pos().startsWith("NNS")
                || codes.code(c.token(i).word()).map(ActorCode::sector).isPresent());
    }

    static boolean person(Clause c, Span s) {
        return c.analysis.mentions().stream().anyMatch(m -> m.type() == EntityType.PERSON && s.overlaps(m.span()));
    }

    static Mention mentionAt(Clause c, int i) {
        Span s = c.token(i).span();
        for (Mention m : c.analysis.mentions()) {
            if (m.span().overlaps(s)) {
                return m;
            }
        }
        return null;
    }

    /** Relative pronouns replaced by the noun their clause modifies ("the regions, which were …"); others kept. */
    List<Integer> relatives(Clause c, List<Integer> heads) {
        List<Integer> out = new ArrayList<>();
        for (int h : heads) {
            String pos = c.token(h).pos();
            if (!"WDT".equals(pos) && !"WP".equals(pos)) {
                out.add(h);
                continue;
            }
            for (int x = c.head(h); x >= 0; x = c.head(x)) {
                if (c.rel(x).equals("acl:relcl")) {
                    if (actorLike(c, c.head(x))) {
                        out.add(c.head(x));
                    }
                    break;
                }
            }
        }
        return out;
    }

    static boolean isPronoun(Clause c, int i) {
        String pos = c.token(i).pos();
        return "PRP".equals(pos) || "WP".equals(pos) || "WDT".equals(pos);
    }

    /** The open complements of the nodes ("to postpone" in "agreed to postpone"). */
    static List<Integer> complements(Clause c, List<Integer> nodes) {
        List<Integer> out = new ArrayList<>();
        for (int node : nodes) {
            for (int k : c.children(node, "xcomp")) {
                if (!out.contains(k)) {
                    out.add(k);
                }
            }
        }
        return out;
    }
}
