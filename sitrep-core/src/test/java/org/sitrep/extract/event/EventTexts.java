package org.sitrep.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.sitrep.model.Article;
import org.sitrep.model.Event;
import org.sitrep.testing.Fixtures;

/** Invented sentences through the standard pipeline, for the event tests: their events, one of a type, an actor's country. */
final class EventTexts {

    private EventTexts() {
    }

    static List<Event> events(String text) {
        return Fixtures.sitrep().analyze(Article.of("t", text)).events();
    }

    /** The one event of {@code type} in {@code text}; fails, listing all events, when there is none or several. */
    static Event only(String text, String type) {
        List<Event> all = events(text);
        List<Event> es = all.stream().filter(e -> type.equals(e.type())).toList();
        assertEquals(1, es.size(), "one " + type + " event in: " + text + " but got " + all);
        return es.get(0);
    }

    static String country(Event.Actor x) {
        return EventStage.country(x.code());
    }
}
