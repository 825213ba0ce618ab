package org.sitrep.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.Analysis;
import org.sitrep.model.Article;
import org.sitrep.model.Entity;
import org.sitrep.model.Event;
import org.sitrep.model.Mention;
import org.sitrep.model.Place;
import org.sitrep.model.Published;
import org.sitrep.model.Quote;
import org.sitrep.model.Span;
import org.sitrep.model.Story;
import org.sitrep.store.Store;
import org.sitrep.testing.Fixtures;

/**
 * The corpus the desk's tests browse: the seed's three stories stored as three articles (19 and 20 September
 * 2023), each analysed by the real pipeline, with quote and event layers laid on their real sentences (the
 * quote and event extractors live in other modules). Built once per test JVM in a temporary SQLite store.
 */
final class DeskCorpus {

    private DeskCorpus() {
    }

    private static final class Holder {
        static final Store STORE = build();
    }

    static Store store() {
        return Holder.STORE;
    }

    private static Store build() {
        Path dir;
        try {
            dir = Files.createTempDirectory("sitrep-desk-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Store s = Store.open(dir.resolve("desk.db").toString());
        Analysis seed = Fixtures.seedAnalysis();
        LocalDate[] days = {LocalDate.of(2023, 9, 19), LocalDate.of(2023, 9, 19), LocalDate.of(2023, 9, 20)};
        for (int i = 0; i < seed.stories().size(); i++) {
            Story st = seed.stories().get(i);
            String text = seed.textOf(st.span());
            String headline = seed.textOf(st.headline());
            Analysis a = Fixtures.sitrep().analyze(new Article("seed-story-" + (i + 1), "Sputnik", null, headline,
                    Published.given(days[i]), text));
            s.put(layered(i, a), "seed story " + (i + 1));
        }
        s.put(hostile(), "hostile");
        return s;
    }

    /** Script in the title, the text and a speaker's name: the desk must show it all as text. */
    static final String XSS = "<img src=x onerror=\"window.__xss=1\"><script>window.__xss=2</script>";

    private static Analysis hostile() {
        String text = "Officials in Baku said " + XSS + " on Thursday.\n\"We will respond to every provocation,\" said Ilham Aliyev.\n";
        Analysis a = Fixtures.sitrep().analyze(new Article("hostile", "Web", null, "Baku " + XSS,
                Published.given(LocalDate.of(2023, 9, 21)), text));
        int b = text.indexOf("\"We will");
        int e = text.indexOf(",\"", b) + 2;
        int m = text.indexOf("Ilham Aliyev");
        Quote q = new Quote(Quote.Kind.DIRECT, new Span(b, e), null,
                new Quote.Speaker(null, "Aliyev " + XSS, new Span(m, m + "Ilham Aliyev".length())), 0.9, "fixture");
        return a.withQuotes(List.of(q)).withEvents(List.of());
    }

    private static Analysis layered(int story, Analysis a) {
        List<Quote> quotes = new ArrayList<>();
        List<Event> events = new ArrayList<>();
        switch (story) {
            case 0 -> {
                quotes.add(quote(a, "“Hard work is underway now", "casualties,\"", "Peskov", Quote.Kind.DIRECT));
                quotes.add(quote(a, "\"I cannot confirm", "in advance,\"", "Peskov", Quote.Kind.DIRECT));
                quotes.add(quote(a, "“The main thing is to convince", "table,”", "Peskov", Quote.Kind.DIRECT));
                Event assault = event(a, "ASSAULT", "190", "Baku", "AZE", "had launched", "Nagorno-Karabakh", "ARM");
                events.add(new Event(assault.type(), null, assault.cameo(), assault.source(), assault.target(),
                        assault.target().get(0).span(), null, assault.trigger(), assault.evidence(), assault.confidence(), null, -10, null));
                events.add(event(a, "CONSULT", "020", "Russia", "RUS", "calls on", "Armenia", "ARM"));
                events.add(event(a, "CONSULT", "020", "Russia", "RUS", "calls on", "Azerbaijan", "AZE"));
                // Gazetteer coordinates of places the story names (the places layer fills these in production).
                return a.withQuotes(quotes).withEvents(events).withPlaces(List.of(
                        place(a, "Baku", 40.4093, 49.8671), place(a, "Nagorno-Karabakh", 39.8265, 46.7656),
                        place(a, "Yerevan", 40.1811, 44.5136)));
            }
            case 1 -> {
                quotes.add(quote(a, "“We are deeply alarmed", "settlement,\"", "Zakharova", Quote.Kind.DIRECT));
                events.add(event(a, "ACCUSE", "112", "Russian Defense Ministry", "RUSMIL", "recorded numerous ceasefire violations",
                        "Azerbaijani", "AZE"));
            }
            default -> {
                quotes.add(quote(a, "Yerevan is ready to recognize", "together with Karabakh", "Pashinyan", Quote.Kind.INDIRECT));
                events.add(event(a, "YIELD", "081", "Yerevan", "ARM", "ready to recognize", "Azerbaijan", "AZE"));
            }
        }
        return a.withQuotes(quotes).withEvents(events);
    }

    private static int find(Analysis a, String s, int from) {
        int at = a.text().indexOf(s, from);
        if (at < 0) {
            throw new IllegalStateException("fixture text not found: " + s);
        }
        return at;
    }

    private static Quote quote(Analysis a, String start, String end, String speaker, Quote.Kind kind) {
        int b = find(a, start, 0);
        int e = find(a, end, b) + end.length();
        int m = a.text().indexOf(speaker, e);
        if (m < 0) {
            m = a.text().lastIndexOf(speaker, b);
        }
        Span mention = new Span(m, m + speaker.length());
        return new Quote(kind, new Span(b, e), null, new Quote.Speaker(entityAt(a, mention), speaker, mention), 0.9, "fixture");
    }

    private static Event event(Analysis a, String type, String cameo, String source, String sourceCode, String trigger,
                               String target, String targetCode) {
        int tr = find(a, trigger, 0);
        int s = a.text().lastIndexOf(source, tr);
        if (s < 0) {
            s = find(a, source, 0);
        }
        int t = find(a, target, tr);
        int sentB = a.text().lastIndexOf('\n', tr) + 1;
        int sentE = a.text().indexOf('\n', tr);
        Span ss = new Span(s, s + source.length());
        Span ts = new Span(t, t + target.length());
        return new Event(type, null, cameo, List.of(new Event.Actor(ss, entityAt(a, ss), sourceCode, null)),
                List.of(new Event.Actor(ts, entityAt(a, ts), targetCode, null)), null, null,
                new Span(tr, tr + trigger.length()), new Span(sentB, sentE < 0 ? a.text().length() : sentE), 0.8, null, 0, null);
    }

    private static Place place(Analysis a, String name, double lat, double lon) {
        int at = a.text().indexOf(name, a.text().indexOf("had launched"));
        if (at < 0) {
            at = find(a, name, 0);
        }
        return new Place(new Span(at, at + name.length()), name, null, lat, lon, null);
    }

    /** The local entity one of whose mentions overlaps the span, or null. */
    private static String entityAt(Analysis a, Span s) {
        for (Entity e : a.entities()) {
            for (Mention m : e.mentions()) {
                if (m.span().begin() < s.end() && s.begin() < m.span().end()) {
                    return e.id();
                }
            }
        }
        return null;
    }
}
