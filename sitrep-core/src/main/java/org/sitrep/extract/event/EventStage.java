package org.sitrep.extract.event;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.sitrep.extract.actor.ActorCoder;
import org.sitrep.knowledge.Gazetteer;
import org.sitrep.model.Analysis;
import org.sitrep.model.EntityType;
import org.sitrep.model.Event;
import org.sitrep.model.Layer;
import org.sitrep.model.Mention;
import org.sitrep.model.Place;
import org.sitrep.model.Quote;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.TimeExpression;
import org.sitrep.model.Token;
import org.sitrep.pipeline.Stage;

/**
 * Codes the events of each clause: the trigger (from the data lexicon), its PLOVER type, mode and CAMEO code,
 * the source and target actors taken from the clause's own arguments, place and time from the same clause,
 * and the clause's modality. An event said inside a quote is linked to that quote (when the quote layer is
 * there). Every span of an event lies in the trigger's sentence.
 */
public final class EventStage implements Stage {

    static final Set<String> VERBAL = Set.of("AGREE", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "STATEMENT");
    private static final Set<String> DOMESTIC = Set.of("PROTEST", "COERCE");
    private static final Set<String> AGENTLESS_HOME = Set.of("ASSAULT", "COERCE", "RETREAT");
    private static final Set<String> SYMMETRIC = Set.of("AGREE", "CONSULT", "COOPERATE", "SUPPORT", "ASSAULT");

    private final EventLexicon lexicon;
    private final ActorCoder codes;
    private final CameoScale scale;
    private final EventActors actors;
    private final Arguments args;

    /** The shipped lexicon and actor coder. */
    public EventStage() {
        this(EventLexicon.standard(), new ActorCoder());
    }

    public EventStage(EventLexicon lexicon, ActorCoder codes) {
        this.lexicon = lexicon;
        this.codes = codes;
        this.scale = CameoScale.load();
        this.args = new Arguments(lexicon, codes);
        this.actors = new EventActors(codes, Gazetteer.load(), lexicon.words("ethnic"));
    }

    @Override
    public String name() {
        return "events";
    }

    @Override
    public Set<Layer> requires() {
        return EnumSet.of(Layer.DEPENDENCIES, Layer.ENTITIES);
    }

    @Override
    public Set<Layer> produces() {
        return EnumSet.of(Layer.EVENTS);
    }

    @Override
    public Analysis apply(Analysis in) {
        List<Event> events = new ArrayList<>();
        for (Sentence s : in.sentences()) {
            if (s.dependencies().isEmpty()) {
                continue;
            }
            Clause c = new Clause(in, s);
            List<Trigger> found = Trigger.find(c, lexicon);
            for (Trigger t : found) {
                if (!partOfAnother(c, t, found)) {
                    events.add(build(c, t));
                }
            }
        }
        events.sort(Comparator.comparing(Event::trigger));
        return in.withEvents(events);
    }

    private Event build(Clause c, Trigger trig) {
        Analysis a = c.analysis;
        // (a noun compounded onto a light noun acts through it: "undertook a mediation mission between …")
        int t = trig.pattern().pos() == 'n' ? trig.node() : trig.token();
        Span word = c.token(trig.token()).span();
        EventLexicon.Pattern p = trig.pattern();
        int holder = holder(c, trig);
        List<Integer> chain = chain(c, holder);
        int top = chain.get(chain.size() - 1);
        String modality = Modality.of(c, t, chain, lexicon);
        List<Integer> speaker = speaker(c, top);

        List<Integer> subject = new ArrayList<>();
        boolean passive = subject(c, chain, t, subject);
        if (subject.isEmpty()) {
            subject.addAll(attachedSubject(c, top));
        }
        List<Integer> src;
        List<Integer> tgt;
        if (p.pos() == 'm') {
            src = speaker;
            tgt = subject;
        } else if (holder != t && Trigger.UNDERGO.contains(c.lemma(holder))) {
            // "five civilians died in an air strike", "detainees suffered torture": the subject is the victim
            tgt = subject;
            src = argument(c, List.of(t, holder), Set.of("by"));
            if (src.isEmpty()) {
                src = custodian(c, holder);
            }
        } else if (p.reverse()) {
            src = argument(c, List.of(t, holder), Set.of("from", "by"));
            tgt = subject;
        } else if (passive && !p.stative() && (holder == t || !argument(c, List.of(t, holder), Set.of("by")).isEmpty())) {
            // (a light verb's passive is the act's only with an agent: "were subjected to shelling by X", but
            // "were engaged in ethnic cleansing" keeps its subject as the one who acts)
            // (a passive subject that is a thing, not a party, leaves the target to the arguments: "aid was
            // delivered to the refugees by the WFP")
            boolean party = args.relatives(c, subject).stream().anyMatch(i -> args.actorLike(c, i));
            tgt = party ? subject : args.targets(c, t, holder, p.type());
            src = argument(c, holder == t ? chain : List.of(t, holder), Set.of("by"));
        } else {
            src = subject;
            tgt = args.targets(c, t, holder, p.type());
        }
        if (!speaker.isEmpty() && !src.isEmpty() && src.stream().allMatch(i -> Arguments.isPronoun(c, i))) {
            src = speaker; // "Iraq said it would allow …": the pronoun is the speaker
        }
        if (!speaker.isEmpty() && p.reverse() && !tgt.isEmpty() && tgt.stream().allMatch(i -> Arguments.isPronoun(c, i))) {
            tgt = speaker; // "Putin said that he received a letter from …"
        }
        if (src.isEmpty() && Trigger.posClass(c.token(t).pos()) == 'n' && holder == t) {
            src = argument(c, List.of(t), Set.of("by", "'s"));
        }
        List<Integer> srcFinal = src;
        // (a reflexive "themselves" is the source again: no counterpart, no self-loop dyad)
        tgt = tgt.stream().filter(i -> !srcFinal.contains(i) && i != t && !reflexive(c, i)).toList();

        src = args.relatives(c, src).stream().filter(i -> args.actorLike(c, i)).toList();
        tgt = args.relatives(c, tgt).stream().filter(i -> args.actorLike(c, i)).toList();
        if (src.isEmpty() && !tgt.isEmpty() && "between".equals(c.marker(tgt.get(0)))) {
            src = tgt; // "contacts between Putin and Pashinyan": both sides act
            tgt = List.of();
        }
        if (src.isEmpty() && tgt.stream().noneMatch(i -> args.actorLike(c, i))) {
            // "signed between Russia, Armenia and Azerbaijan": an agentless act among parties
            List<Integer> among = argument(c, chain, Set.of("between", "among"));
            if (!among.isEmpty()) {
                src = among;
                tgt = List.of();
            }
        }
        String type = p.type();
        Span place = place(c, List.of(t, holder));
        String cameo = p.cameo();
        int quad = quad(cameo);
        if (place == null && quad == 4) {
            // "killed 23 people when they blew themselves up in Tel Aviv": the same occasion's place
            List<Integer> occasion = new ArrayList<>();
            for (int k : c.children(holder, "advcl")) {
                boolean when = c.children(k, "advmod").stream().anyMatch(x -> c.lemma(x).equals("when"));
                if (when || List.of("when", "as", "while").contains(String.valueOf(c.marker(k)))) {
                    occasion.add(k);
                }
            }
            place = occasion.isEmpty() ? null : place(c, occasion);
        }
        boolean verbal = quad == 1 || quad == 3;
        List<Event.Actor> source = actors.actors(c, src, tgt, place, verbal);
        List<Event.Actor> target = actors.actors(c, tgt, src, place, verbal);
        if (target.isEmpty() && source.size() > 1 && SYMMETRIC.contains(type)) {
            target = source; // "Armenia and Azerbaijan agreed …": each is the other's counterpart
        }
        if (place != null) {
            // A target the coder cannot place at all (a facility, a group) is where the event happens.
            Span where = place;
            target = target.stream().map(x -> x.code() == null && !Arguments.person(c, x.span())
                    ? new Event.Actor(x.span(), x.entity(), actors.placeActor(c, where).code(), null) : x).toList();
        }
        if (target.isEmpty() && place == null) {
            place = place(c, Arguments.complements(c, List.of(t, holder))); // "agreed to postpone the rally in Baku"
        }
        if (target.isEmpty() && place == null && VERBAL.contains(type)) {
            // "rejected a call for its forces to be deployed in East Timor": the place the proposal concerns
            place = place(c, nested(c, List.of(t, holder)));
        }
        if (target.isEmpty() && place != null) {
            target = List.of(actors.placeActor(c, place)); // an act "in X" is directed at X (PLOVER practice)
        }
        if (target.isEmpty() && DOMESTIC.contains(p.type()) && source.size() == 1) {
            // A protest or a crackdown with no named target is aimed at home (PLOVER codes such dyads X→X).
            Event.Actor home = actors.home(c, source.get(0));
            target = home == null ? target : List.of(home);
        }
        if (source.isEmpty() && AGENTLESS_HOME.contains(p.type())) {
            // "a journalist was killed in a car bomb in Beirut": PLOVER codes an unnamed perpetrator of force
            // by where the act happens, else by the victim's country.
            Event.Actor at = place == null ? null : actors.placeActor(c, place);
            if (at == null || country(at.code()) == null) {
                at = target.stream().filter(x -> country(x.code()) != null).findFirst().orElse(null);
            }
            if (at != null) {
                source = List.of(new Event.Actor(at.span(), null, country(at.code()), null));
            }
        }
        Quote quote = quoteAround(a, word);
        if (quote != null && quote.speaker().mention() != null && !source.isEmpty()
                && source.stream().allMatch(x -> firstPerson(a, x.span()))) {
            source = List.of(actors.actor(c, quote.speaker().mention()));
        }

        // PLOVER codes intentions to cooperate as AGREE and intended or conditional coercion as THREATEN;
        // a refusal announced for the future ("would not meet their demands") is a rejection.
        if (Modality.NEGATED.equals(modality) && quad <= 2 && Modality.future(c, chain, lexicon)) {
            type = "REJECT";
            cameo = "120";
        } else if (!VERBAL.contains(type) && !"CONCEDE".equals(type)) {
            if (Modality.INTEND.equals(modality) && quad <= 2) {
                type = "AGREE";
                cameo = intentToCooperate(cameo);
            } else if ((Modality.INTEND.equals(modality) || Modality.HYPOTHETICAL.equals(modality)
                    || Modality.POSSIBLE.equals(modality)) && quad == 4 || "SANCTION".equals(type)
                    && Modality.INTEND.equals(modality)) {
                type = "THREATEN";
                cameo = threat(cameo);
            }
        }
        // (an intent to act or a refusal is not the act: PLOVER gives AGREE and REJECT none of its modes)
        String mode = type.equals(p.type()) ? p.mode() : null;
        if ("THREATEN".equals(type) && !"THREATEN".equals(p.type())) {
            mode = threatMode(p.type(), p.mode()); // "plans to attack": a threat of violence
        } else if ("THREATEN".equals(type) && mode == null) {
            mode = threatened(c, t); // "threatened to shell the towns": what is threatened sets the mode
        }
        Span evidence = c.clauseSpan(top).union(word);
        for (Event.Actor x : source) {
            evidence = evidence.union(x.span());
        }
        for (Event.Actor x : target) {
            evidence = evidence.union(x.span());
        }
        if (place != null) {
            evidence = evidence.union(place);
        }
        if (mode == null && "ASSAULT".equals(type)) {
            mode = instrument(c, evidence);
        }
        if ("PROTEST".equals(type) && !"riot".equals(mode) && mentions(c, evidence, "riot")) {
            mode = "riot"; // PLOVER: a protest with stones or fire bombs is a violent protest
        }
        Span time = time(c, evidence, word);
        boolean negative = Modality.NEGATED.equals(modality) || Modality.UNABLE.equals(modality);
        double goldstein = negative ? 0 : scale.goldstein(cameo);
        double conf = 0.4 + (source.isEmpty() ? 0 : 0.25) + (target.isEmpty() ? 0 : 0.15)
                + (p.with().isEmpty() ? 0 : 0.1) + (Trigger.posClass(c.token(t).pos()) == 'v' ? 0.05 : 0)
                - (modality == null || Modality.INTEND.equals(modality) ? 0 : 0.15);
        conf = Math.round(Math.max(0.05, Math.min(0.95, conf)) * 100) / 100.0;
        return new Event(type, mode, cameo, source, target, place, time, word, evidence, conf,
                modality, goldstein, quote == null ? null : quote.content());
    }

    /**
     * Whether a trigger only restates another one's act: its purpose ("began a hunger strike to protest …")
     * or its result ("shelled the town, killing 20"), hung on the other's clause and of the same kind.
     */
    private static boolean partOfAnother(Clause c, Trigger t, List<Trigger> all) {
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
    private static int holder(Clause c, Trigger trig) {
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
    private List<Integer> chain(Clause c, int holder) {
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

    /** The subject of the statement whose complement is {@code top} ("Peskov said that …"), or empty. */
    private List<Integer> speaker(Clause c, int top) {
        String b = Clause.base(c.rel(top));
        int h = c.head(top);
        if (h < 0 || !(b.equals("ccomp") || b.equals("parataxis"))) {
            return List.of();
        }
        List<Integer> out = new ArrayList<>();
        subject(c, chain(c, h), -1, out);
        return out;
    }

    /** Fills the subject heads (with conjuncts) found along the chain; returns whether the subject is passive. */
    private boolean subject(Clause c, List<Integer> chain, int trigger, List<Integer> out) {
        for (int node : chain) {
            for (int k : c.children(node)) {
                String r = c.rel(k);
                if ((r.equals("nsubj") || r.equals("nsubj:pass")) && k != trigger) {
                    out.addAll(c.withConjuncts(k));
                    return r.equals("nsubj:pass") && node == chain.get(0);
                }
            }
        }
        // A subjectless verb shares its governor's subject: a purpose clause ("mobilized groups to help
        // support …"), a participle ("opened fire, killing one") or a coordinated verb ("… and arresting 12").
        int top = chain.get(chain.size() - 1);
        for (int depth = 0; depth < 3 && c.head(top) >= 0; depth++) {
            String b = Clause.base(c.rel(top));
            String m = c.marker(top);
            boolean shared = b.equals("conj") && c.token(top).isVerb()
                    || b.equals("advcl") && ("to".equals(m) || m == null && "VBG".equals(c.token(top).pos()))
                    || b.equals("dep") && m == null && "VBG".equals(c.token(top).pos());
            if (!shared) {
                return false;
            }
            List<Integer> up = chain(c, c.head(top));
            for (int node : up) {
                for (int k : c.children(node, "nsubj", "nsubj:pass")) {
                    if (k != trigger) {
                        out.addAll(c.withConjuncts(k));
                        // "… which were under control and were not occupied by X": the verb's own voice counts
                        return !c.children(chain.get(0), "aux:pass").isEmpty();
                    }
                }
            }
            top = up.get(up.size() - 1);
        }
        return false;
    }

    /** Oblique or nominal arguments with one of the case markers, under any of the nodes. */
    private List<Integer> argument(Clause c, List<Integer> nodes, Set<String> cases) {
        for (int node : nodes) {
            for (int k : c.children(node)) {
                String b = Clause.base(c.rel(k));
                if ((b.equals("obl") || b.equals("nmod")) && cases.contains(String.valueOf(c.marker(k))) && args.actorLike(c, k)) {
                    return c.withConjuncts(k);
                }
            }
            for (int o : c.children(node, "obj")) {
                for (int k : c.children(o, "nmod")) {
                    if (cases.contains(String.valueOf(c.marker(k))) && args.actorLike(c, k)) {
                        return c.withConjuncts(k);
                    }
                }
            }
        }
        return List.of();
    }

    /**
     * Who held the victim of a harm: "while in Israeli police custody" (the custody phrase, coded by its
     * modifiers) or "at the hands of the militia"; empty when neither is said.
     */
    private List<Integer> custodian(Clause c, int holder) {
        for (int k : c.children(holder)) {
            String l = c.lemma(k);
            String m = String.valueOf(c.marker(k));
            boolean in = c.children(k, "case").stream().anyMatch(x -> c.lemma(x).equals("in"));
            if ((l.equals("custody") || l.equals("detention")) && in) {
                return List.of(k);
            }
            if (l.equals("hand") && m.equals("at")) {
                for (int o : c.children(k, "nmod")) {
                    if ("of".equals(c.marker(o))) {
                        return c.withConjuncts(o);
                    }
                }
            }
        }
        return List.of();
    }

    private static boolean reflexive(Clause c, int i) {
        String w = c.token(i).word().toLowerCase(java.util.Locale.ROOT);
        return "PRP".equals(c.token(i).pos()) && (w.endsWith("self") || w.endsWith("selves"));
    }

    private static boolean firstPerson(Analysis a, Span s) {
        String w = a.textOf(s).toLowerCase();
        return w.equals("we") || w.equals("i") || w.equals("us");
    }


    /**
     * The subject of a verb the parser hung below a noun instead of over it ("Azerbaijan and Armenia, through
     * the mediation of Moscow, agreed"): the actor-like noun it modifies, or that noun's earlier conjuncts.
     */
    private List<Integer> attachedSubject(Clause c, int v) {
        String b = Clause.base(c.rel(v));
        int h = c.head(v);
        if (h < 0 || !c.token(v).isVerb() || !(b.equals("acl") || b.equals("dep"))) {
            return List.of();
        }
        for (int k : c.children(h, "nmod:poss")) {
            return List.of(k); // "its decision to launch …": the possessor decides
        }
        // (a participle with an object of its own is active: "aid groups donated … goods", not "goods donated")
        boolean active = !"VBN".equals(c.token(v).pos()) || !c.children(v, "obj").isEmpty();
        if (args.actorLike(c, h) && c.token(h).isNoun() && active) {
            return c.withConjuncts(h);
        }
        List<Integer> out = new ArrayList<>();
        for (int k : c.children(h, "conj")) {
            if (k < v && args.actorLike(c, k)) {
                out.add(k);
            }
        }
        return out;
    }

    /** The words inside the nodes' objects, down to three levels: the content of a proposal or demand. */
    private static List<Integer> nested(Clause c, List<Integer> nodes) {
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

    /** A place argument ("in the breakaway region") of the trigger or its light verb. */
    private Span place(Clause c, List<Integer> nodes) {
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

    /** The time expression of the clause nearest the trigger: from the time layer, else the tagger's dates. */
    private static Span time(Clause c, Span evidence, Span trigger) {
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

    /** An ASSAULT's mode from its instrument words; a suicide attack outranks the weapon it used. */
    private String instrument(Clause c, Span evidence) {
        if (mentions(c, evidence, "suicide-attack")) {
            return "suicide-attack";
        }
        for (Token tok : c.analysis.tokensIn(evidence)) {
            String l = tok.lemma() == null ? tok.word().toLowerCase() : tok.lemma().toLowerCase();
            for (String mode : List.of("heavy-weapons", "explosives", "firearms")) {
                if (lexicon.words(mode).contains(l)) {
                    return mode;
                }
            }
        }
        return null;
    }

    /** Whether a word of the named list occurs in the span. */
    private boolean mentions(Clause c, Span span, String list) {
        Set<String> words = lexicon.words(list);
        for (Token tok : c.analysis.tokensIn(span)) {
            String l = tok.lemma() == null ? tok.word().toLowerCase() : tok.lemma().toLowerCase();
            if (words.contains(l) || words.contains(tok.word().toLowerCase())) {
                return true;
            }
        }
        return false;
    }

    private static Quote quoteAround(Analysis a, Span trigger) {
        if (!a.has(Layer.QUOTES)) {
            return null;
        }
        for (Quote q : a.quotes()) {
            if (q.content().contains(trigger)) {
                return q;
            }
        }
        return null;
    }

    static String country(String code) {
        return EventActors.country(code);
    }

    static int quad(String cameo) {
        int root = Integer.parseInt(cameo.substring(0, 2));
        return root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4;
    }

    /** CAMEO 03x for an intended act of cooperation of the given family. */
    private static String intentToCooperate(String cameo) {
        return switch (cameo.substring(0, 2)) {
            case "04" -> "036";
            case "05" -> "032";
            case "06" -> "031";
            case "07" -> "033";
            case "08" -> "035";
            default -> "030";
        };
    }

    /**
     * The mode of a threat verb's threatened act: the first lexicon match inside its complement; a protest
     * that police or troops say they will not tolerate is a threat of repression ("political"); with no
     * match, words of force ("terrorist activities", "use force") make it a threat of violence; else null.
     */
    private String threatened(Clause c, int t) {
        for (int comp : c.children(t, "xcomp", "ccomp")) {
            for (int i = c.firstToken(); i < c.endToken(); i++) {
                if (i != t && c.dominates(comp, i)) {
                    Trigger m = Trigger.match(c, lexicon, i);
                    if (m != null && m.pattern().pos() != 'm') {
                        if ("PROTEST".equals(m.pattern().type()) && forceSubject(c, comp)) {
                            return "political";
                        }
                        return threatMode(m.pattern().type(), m.pattern().mode());
                    }
                }
            }
            Span whole = c.clauseSpan(comp);
            if (mentions(c, whole, "violence")) {
                return "violence";
            }
        }
        return null;
    }

    /** Whether the clause's subject is a police or military actor. */
    private boolean forceSubject(Clause c, int clause) {
        for (int k : c.children(clause, "nsubj")) {
            String sector = actors.actor(c, c.phrase(k)).sector();
            if ("COP".equals(sector) || "MIL".equals(sector)) {
                return true;
            }
        }
        return false;
    }

    /**
     * PLOVER's THREATEN mode for a threatened act: force is "violence", cutting ties "relations", other
     * sanctions "restrict"; coercion keeps its own mode (a curfew, martial law) or is repression, "political".
     */
    static String threatMode(String type, String mode) {
        return switch (type) {
            case "ASSAULT", "MOBILIZE" -> "violence";
            case "SANCTION" -> "withdraw".equals(mode) || "discontinue".equals(mode) ? "relations" : "restrict";
            case "COERCE" -> mode == null || mode.equals("arrest") ? "political" : mode;
            // (CAMEO 1312 "threaten to boycott" is PLOVER's "restrict"; 133, other dissent, is "relations")
            case "PROTEST" -> "boycott".equals(mode) ? "restrict" : "relations";
            default -> mode;
        };
    }

    /** CAMEO 13x for an intended or conditional act of coercion or violence of the given family. */
    private static String threat(String cameo) {
        return switch (cameo.substring(0, 2)) {
            case "14" -> "133";
            case "16" -> "131";
            case "17" -> "132";
            case "15", "18", "19", "20" -> "138";
            default -> "130";
        };
    }
}
