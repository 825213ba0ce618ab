package org.sitrep.extract.event;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.sitrep.extract.actor.ActorCoder;
import org.sitrep.knowledge.Gazetteer;
import org.sitrep.model.Analysis;
import org.sitrep.model.Event;
import org.sitrep.model.Layer;
import org.sitrep.model.Quote;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.pipeline.Stage;

/**
 * Codes the events of each clause: the trigger (from the data lexicon), its PLOVER type, mode and CAMEO code,
 * the source and target actors taken from the clause's own arguments, place and time from the same clause,
 * and the clause's modality. An event said inside a quote is linked to that quote (when the quote layer is
 * there). Every span of an event lies in the trigger's sentence. The stage only composes: roles, actors,
 * implied parties, setting and modes each live in their own class.
 */
public final class EventStage implements Stage {

    private final EventLexicon lexicon;
    private final CameoScale scale;
    private final EventActors actors;
    private final TriggerScope scope;
    private final Roles roles;
    private final ImpliedParties implied;
    private final Modes modes;

    /** The shipped lexicon and actor coder. */
    public EventStage() {
        this(EventLexicon.standard(), new ActorCoder());
    }

    public EventStage(EventLexicon lexicon, ActorCoder codes) {
        this.lexicon = lexicon;
        this.scale = CameoScale.load();
        this.actors = new EventActors(codes, Gazetteer.load(), lexicon.words("ethnic"));
        this.scope = new TriggerScope(lexicon);
        this.roles = new Roles(scope, new Arguments(lexicon, codes));
        this.implied = new ImpliedParties(actors);
        this.modes = new Modes(lexicon, actors);
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
                if (!TriggerScope.partOfAnother(c, t, found)) {
                    events.add(build(c, t));
                }
            }
        }
        events.sort(Comparator.comparing(Event::trigger));
        return in.withEvents(events);
    }

    private Event build(Clause c, Trigger trig) {
        // (a noun compounded onto a light noun acts through it: "undertook a mediation mission between …")
        int t = trig.pattern().pos() == 'n' ? trig.node() : trig.token();
        Span word = c.token(trig.token()).span();
        EventLexicon.Pattern p = trig.pattern();
        int holder = TriggerScope.holder(c, trig);
        List<Integer> chain = scope.chain(c, holder);
        int top = chain.get(chain.size() - 1);
        String modality = Modality.of(c, t, chain, lexicon);
        Roles.Heads heads = roles.find(c, p, t, holder, chain);

        Span place = EventSetting.place(c, List.of(t, holder));
        int quad = Modes.quad(p.cameo());
        if (place == null && quad == 4) {
            place = EventSetting.occasionPlace(c, holder);
        }
        boolean verbal = quad == 1 || quad == 3;
        List<Event.Actor> source = actors.actors(c, heads.source(), heads.target(), place, verbal);
        List<Event.Actor> target = actors.actors(c, heads.target(), heads.source(), place, verbal);
        Quote quote = quoteAround(c.analysis, word);
        ImpliedParties.Parties parties = implied.complete(c, p.type(), t, holder,
                new ImpliedParties.Parties(source, target, place), quote);
        source = parties.source();
        target = parties.target();
        place = parties.place();

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
        Modes.Coding coding = modes.code(c, p, t, chain, modality, evidence);
        Span time = EventSetting.time(c, evidence, word);
        boolean negative = Modality.NEGATED.equals(modality) || Modality.UNABLE.equals(modality);
        double goldstein = negative ? 0 : scale.goldstein(coding.cameo());
        double conf = 0.4 + (source.isEmpty() ? 0 : 0.25) + (target.isEmpty() ? 0 : 0.15)
                + (p.with().isEmpty() ? 0 : 0.1) + (Trigger.posClass(c.token(t).pos()) == 'v' ? 0.05 : 0)
                - (modality == null || Modality.INTEND.equals(modality) ? 0 : 0.15);
        conf = Math.round(Math.max(0.05, Math.min(0.95, conf)) * 100) / 100.0;
        return new Event(coding.type(), coding.mode(), coding.cameo(), source, target, place, time, word, evidence,
                conf, modality, goldstein, quote == null ? null : quote.content());
    }

    /** The quote whose content holds the trigger, or null (also when there is no quote layer). */
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

    /** The country part of an actor code, or null for a bare sector. */
    static String country(String code) {
        return EventActors.country(code);
    }
}
