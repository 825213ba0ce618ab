package org.sitrep.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.sitrep.model.Analysis;
import org.sitrep.model.Article;
import org.sitrep.model.Entity;
import org.sitrep.model.EntityType;
import org.sitrep.model.Event;
import org.sitrep.model.Layer;
import org.sitrep.model.Mention;
import org.sitrep.model.Place;
import org.sitrep.model.Problem;
import org.sitrep.model.Published;
import org.sitrep.model.Quote;
import org.sitrep.model.Span;
import org.sitrep.model.Story;
import org.sitrep.model.TimeExpression;

/**
 * Builds analyses by hand, every layer filled, so store tests run without NLP. Spans are found by searching
 * the text, so each test states its facts as words of the text.
 */
final class SyntheticAnalyses {

    private final String id;
    private final String text;
    private LocalDate published;
    private final List<Entity> entities = new ArrayList<>();
    private final List<Quote> quotes = new ArrayList<>();
    private final List<Event> events = new ArrayList<>();
    private final List<TimeExpression> times = new ArrayList<>();
    private final List<Place> places = new ArrayList<>();

    private SyntheticAnalyses(String id, String text) {
        this.id = id;
        this.text = text;
    }

    static SyntheticAnalyses article(String id, String text) {
        return new SyntheticAnalyses(id, text);
    }

    SyntheticAnalyses published(String date) {
        published = LocalDate.parse(date);
        return this;
    }

    Span span(String words) {
        int b = text.indexOf(words);
        if (b < 0) {
            throw new IllegalArgumentException("not in text: " + words);
        }
        return new Span(b, b + words.length());
    }

    /** An entity named by these words (every occurrence is a mention); its local id is e1, e2, … */
    SyntheticAnalyses entity(EntityType type, String name, String country, String role, String... forms) {
        List<Mention> ms = new ArrayList<>();
        String eid = "e" + (entities.size() + 1);
        for (String f : forms.length == 0 ? new String[] {name} : forms) {
            int from = 0;
            int b;
            while ((b = text.indexOf(f, from)) >= 0) {
                ms.add(new Mention(new Span(b, b + f.length()), type, Mention.Kind.NAME, eid));
                from = b + f.length();
            }
        }
        entities.add(new Entity(eid, name, type, country, role, ms));
        return this;
    }

    String entityId(String name) {
        return entities.stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow().id();
    }

    SyntheticAnalyses quote(String content, String cue, String speaker) {
        String eid = speaker == null ? null : entityId(speaker);
        Span mention = eid == null ? null : entities.stream().filter(e -> e.id().equals(eid)).findFirst().orElseThrow()
                .mentions().get(0).span();
        quotes.add(new Quote(Quote.Kind.DIRECT, span(content), cue == null ? null : span(cue),
                speaker == null ? Quote.Speaker.UNKNOWN : new Quote.Speaker(eid, speaker, mention), 0.9, "test", null));
        return this;
    }

    /** Dates the last quote added: said at the time these words give. */
    SyntheticAnalyses saidAt(String words) {
        Quote q = quotes.remove(quotes.size() - 1);
        quotes.add(q.withTime(span(words)));
        return this;
    }

    SyntheticAnalyses time(String words, String value) {
        times.add(new TimeExpression(span(words), "DATE", value, null));
        return this;
    }

    SyntheticAnalyses place(String words, String country, Double lat, Double lon, Long geonameid) {
        places.add(new Place(span(words), words, country, lat, lon, geonameid));
        return this;
    }

    /** An event: type, CAMEO code, source words + actor code, target words + code, trigger, time words or null. */
    SyntheticAnalyses event(String type, String cameo, String source, String sourceCode, String target,
                            String targetCode, String trigger, String time, String place) {
        events.add(new Event(type, "", cameo,
                List.of(new Event.Actor(span(source), entityOf(source), sourceCode, null)),
                List.of(new Event.Actor(span(target), entityOf(target), targetCode, null)),
                place == null ? null : span(place), time == null ? null : span(time), span(trigger),
                span(trigger), 0.8, null, 0, null));
        return this;
    }

    private String entityOf(String words) {
        Span s = span(words);
        for (Entity e : entities) {
            for (Mention m : e.mentions()) {
                if (m.span().equals(s)) {
                    return e.id();
                }
            }
        }
        return null;
    }

    Analysis build() {
        Article a = new Article(id, "Test Wire", "https://example.org/" + id, null,
                published == null ? Published.UNKNOWN : Published.given(published), text);
        int nl = text.indexOf('\n');
        Story story = new Story(new Span(0, text.length()), new Span(0, nl > 0 ? nl : Math.min(20, text.length())), "Test Wire");
        List<Mention> mentions = new ArrayList<>();
        entities.forEach(e -> mentions.addAll(e.mentions()));
        mentions.sort((x, y) -> x.span().compareTo(y.span()));
        return new Analysis(a, EnumSet.complementOf(EnumSet.of(Layer.DEPENDENCIES)), List.of(), List.of(),
                List.of(story), mentions, entities, quotes, times, places, events,
                List.of(Problem.warning("test-problem", "a problem carried along")));
    }
}
