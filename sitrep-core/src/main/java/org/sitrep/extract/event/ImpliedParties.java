package org.sitrep.extract.event;

import java.util.List;
import java.util.Set;
import org.sitrep.model.Analysis;
import org.sitrep.model.Event;
import org.sitrep.model.Quote;
import org.sitrep.model.Span;

/**
 * Fills the parties an event leaves unnamed the way PLOVER codes them: each side of a symmetric act is the
 * other's counterpart, an act "in X" is aimed at X, a protest or crackdown with no target at home, an unnamed
 * perpetrator of force by where it happens (else the victim's country), and a first-person source inside a
 * quote by the quote's speaker. Kept apart from role finding because these are coding conventions, not
 * readings of the clause's syntax.
 */
final class ImpliedParties {

    /** An event's coded source and target actors and its place (null when none). */
    record Parties(List<Event.Actor> source, List<Event.Actor> target, Span place) {
    }

    private static final Set<String> DOMESTIC = Set.of("PROTEST", "COERCE");
    private static final Set<String> AGENTLESS_HOME = Set.of("ASSAULT", "COERCE", "RETREAT");
    private static final Set<String> SYMMETRIC = Set.of("AGREE", "CONSULT", "COOPERATE", "SUPPORT", "ASSAULT");

    private final EventActors actors;

    ImpliedParties(EventActors actors) {
        this.actors = actors;
    }

    /** The parties completed for an event of the lexicon's {@code type} on trigger {@code t} held by {@code holder}. */
    Parties complete(Clause c, String type, int t, int holder, Parties coded, Quote quote) {
        List<Event.Actor> source = coded.source();
        List<Event.Actor> target = coded.target();
        Span place = coded.place();
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
            // "agreed to postpone the rally in Baku"
            place = EventSetting.place(c, Arguments.complements(c, List.of(t, holder)));
        }
        if (target.isEmpty() && place == null && Modes.VERBAL.contains(type)) {
            // "rejected a call for its forces to be deployed in East Timor": the place the proposal concerns
            place = EventSetting.place(c, EventSetting.nested(c, List.of(t, holder)));
        }
        if (target.isEmpty() && place != null) {
            target = List.of(actors.placeActor(c, place)); // an act "in X" is directed at X (PLOVER practice)
        }
        if (target.isEmpty() && DOMESTIC.contains(type) && source.size() == 1) {
            // A protest or a crackdown with no named target is aimed at home (PLOVER codes such dyads X→X).
            Event.Actor home = actors.home(c, source.get(0));
            target = home == null ? target : List.of(home);
        }
        if (source.isEmpty() && AGENTLESS_HOME.contains(type)) {
            // "a journalist was killed in a car bomb in Beirut": PLOVER codes an unnamed perpetrator of force
            // by where the act happens, else by the victim's country.
            Event.Actor at = place == null ? null : actors.placeActor(c, place);
            if (at == null || EventActors.country(at.code()) == null) {
                at = target.stream().filter(x -> EventActors.country(x.code()) != null).findFirst().orElse(null);
            }
            if (at != null) {
                source = List.of(new Event.Actor(at.span(), null, EventActors.country(at.code()), null));
            }
        }
        Analysis a = c.analysis;
        if (quote != null && quote.speaker().mention() != null && !source.isEmpty()
                && source.stream().allMatch(x -> firstPerson(a, x.span()))) {
            source = List.of(actors.actor(c, quote.speaker().mention()));
        }
        return new Parties(source, target, place);
    }

    private static boolean firstPerson(Analysis a, Span s) {
        String w = a.textOf(s).toLowerCase();
        return w.equals("we") || w.equals("i") || w.equals("us");
    }
}
