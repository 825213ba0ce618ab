package org.sitrep.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.Analysis;
import org.sitrep.model.Article;
import org.sitrep.model.Event;
import org.sitrep.model.Published;
import org.sitrep.model.Quote;
import org.sitrep.model.Span;
import org.sitrep.testing.Fixtures;

/**
 * Report inputs: the seed article's real analysis with quote and event layers laid on its real sentences
 * (those extractors live in other modules), published on two days so the escalation curve has a shape.
 */
public final class ReportFixtures {

    private ReportFixtures() {
    }

    public static List<Analysis> twoDays(String titlePrefix) {
        Analysis seed = Fixtures.seedAnalysis();
        Analysis day1 = layered(seed, "seed-19", titlePrefix, LocalDate.of(2023, 9, 19), true);
        Analysis day2 = layered(seed, "seed-20", titlePrefix, LocalDate.of(2023, 9, 20), false);
        return List.of(day1, day2);
    }

    private static Analysis layered(Analysis seed, String id, String titlePrefix, LocalDate day, boolean first) {
        String t = seed.text();
        Article art = new Article(id, "Sputnik", "https://example.org/" + id, titlePrefix + " " + day,
                Published.given(day), t);
        List<Quote> quotes = new ArrayList<>();
        quotes.add(quote(t, "“Hard work is underway now", "casualties,\"", "Peskov", Quote.Kind.DIRECT));
        quotes.add(quote(t, "\"I cannot confirm", "in advance,\"", "Peskov", Quote.Kind.DIRECT));
        quotes.add(quote(t, "“We are deeply alarmed", "settlement,\"", "Zakharova", Quote.Kind.DIRECT));
        List<Event> events = new ArrayList<>();
        if (first) {
            events.add(event(t, "ASSAULT", "190", "Baku", "launched", "Nagorno-Karabakh"));
            events.add(event(t, "CONSULT", "040", "Russia", "calls on", "Armenia"));
        } else {
            events.add(event(t, "ASSAULT", "190", "Baku", "launched", "Nagorno-Karabakh"));
            events.add(event(t, "ACCUSE", "112", "Peskov", "cannot confirm", "Azerbaijan"));
            events.add(event(t, "COOPERATE", "057", "Russia", "signed", "Armenia"));
        }
        return seed.withArticle(art).withQuotes(quotes).withEvents(events);
    }

    private static Quote quote(String t, String start, String end, String speaker, Quote.Kind kind) {
        int b = t.indexOf(start);
        int e = t.indexOf(end, b) + end.length();
        int m = t.indexOf(speaker, e);
        return new Quote(kind, new Span(b, e), null, new Quote.Speaker(null, speaker, new Span(m, m + speaker.length())), 0.9, "test", null);
    }

    private static Event event(String t, String type, String cameo, String source, String trigger, String target) {
        int tr = t.indexOf(trigger);
        int s = t.lastIndexOf(source, tr);
        if (s < 0) {
            s = t.indexOf(source);
        }
        int g = t.indexOf(target, tr);
        int sentB = t.lastIndexOf('\n', tr) + 1;
        int sentE = t.indexOf('\n', tr);
        return new Event(type, null, cameo, List.of(new Event.Actor(new Span(s, s + source.length()), null, null, null)),
                List.of(new Event.Actor(new Span(g, g + target.length()), null, null, null)), null, null,
                new Span(tr, tr + trigger.length()), new Span(sentB, sentE < 0 ? t.length() : sentE), 0.8, null, 0, null);
    }

    /** Goldstein weights of the CAMEO codes used above (from the CAMEO codebook's scale). */
    public static Double goldstein(Event e) {
        return switch (e.cameo()) {
            case "190" -> -10.0;
            case "040" -> 1.0;
            case "112" -> -2.0;
            case "057" -> 8.0;
            default -> null;
        };
    }
}
