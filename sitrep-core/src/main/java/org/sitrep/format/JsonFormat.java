package org.sitrep.format;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.sitrep.model.Analysis;
import org.sitrep.model.Entity;
import org.sitrep.model.Event;
import org.sitrep.model.Mention;
import org.sitrep.model.Place;
import org.sitrep.model.Problem;
import org.sitrep.model.Published;
import org.sitrep.model.Quote;
import org.sitrep.model.Span;
import org.sitrep.model.Story;
import org.sitrep.model.TimeExpression;

/**
 * The JSON contract of an analysis (documented in {@code docs/analysis.schema.json}). Written by hand
 * rather than by reflection so that renaming a record component can never silently rename a field.
 * Every {@code {begin, end, text}} object carries the text under its span.
 */
public final class JsonFormat {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonFormat() {
    }

    public static String write(Analysis a, boolean pretty) {
        try {
            ObjectNode n = toJson(a);
            return pretty ? MAPPER.writer().with(SerializationFeature.INDENT_OUTPUT).writeValueAsString(n)
                    : MAPPER.writeValueAsString(n);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void dated(ObjectNode n, Published p) {
        n.put("date", p.date() == null ? null : p.date().toString());
        n.put("how", p.how().name().toLowerCase());
        n.put("confidence", p.confidence());
        n.put("evidence", p.evidence());
    }

    public static ObjectNode toJson(Analysis a) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("id", a.article().id());
        o.put("title", a.article().title());
        o.put("url", a.article().url());
        o.put("source", a.article().source());
        o.put("text", a.text());
        dated(o.putObject("published"), a.article().published());
        var meta = a.article().meta();
        dated(o.putObject("modified"), meta.modified());
        ObjectNode authors = o.putObject("authors");
        ArrayNode names = authors.putArray("names");
        meta.authors().forEach(names::add);
        authors.put("from", meta.authorsFrom());
        ObjectNode language = o.putObject("language");
        language.put("tag", meta.language());
        language.put("from", meta.languageFrom());
        o.put("canonical", meta.canonicalUrl());

        ArrayNode stories = o.putArray("stories");
        for (Story s : a.stories()) {
            ObjectNode n = stories.addObject();
            n.put("begin", s.span().begin());
            n.put("end", s.span().end());
            n.set("headline", s.headline() == null ? null : span(a, s.headline()));
            n.put("source", s.source());
        }
        ArrayNode entities = o.putArray("entities");
        for (Entity e : a.entities()) {
            ObjectNode n = entities.addObject();
            n.put("id", e.id());
            n.put("name", e.name());
            n.put("type", e.type().name());
            n.put("country", e.country());
            n.put("role", e.role());
            ArrayNode ms = n.putArray("mentions");
            for (Mention m : e.mentions()) {
                ObjectNode mn = span(a, m.span());
                mn.put("kind", m.kind().name().toLowerCase());
                ms.add(mn);
            }
        }
        ArrayNode quotes = o.putArray("quotes");
        for (Quote q : a.quotes()) {
            ObjectNode n = quotes.addObject();
            n.put("kind", q.kind().name().toLowerCase());
            n.set("content", span(a, q.content()));
            n.set("cue", q.cue() == null ? null : span(a, q.cue()));
            ObjectNode sp = n.putObject("speaker");
            sp.put("entity", q.speaker().entity());
            sp.put("name", q.speaker().name());
            sp.set("mention", q.speaker().mention() == null ? null : span(a, q.speaker().mention()));
            n.put("confidence", q.confidence());
            n.put("sieve", q.sieve());
            n.set("time", q.time() == null ? null : span(a, q.time()));
        }
        ArrayNode times = o.putArray("times");
        for (TimeExpression t : a.times()) {
            ObjectNode n = span(a, t.span());
            n.put("type", t.type());
            n.put("value", t.value());
            n.put("mod", t.mod());
            times.add(n);
        }
        ArrayNode places = o.putArray("places");
        for (Place p2 : a.places()) {
            ObjectNode n = span(a, p2.span());
            n.put("name", p2.name());
            n.put("country", p2.country());
            n.put("lat", p2.lat());
            n.put("lon", p2.lon());
            n.put("geonameid", p2.geonameid());
            places.add(n);
        }
        ArrayNode events = o.putArray("events");
        for (Event e : a.events()) {
            ObjectNode n = events.addObject();
            n.put("type", e.type());
            n.put("mode", e.mode());
            n.put("cameo", e.cameo());
            actors(a, n.putArray("source"), e.source());
            actors(a, n.putArray("target"), e.target());
            n.set("place", e.place() == null ? null : span(a, e.place()));
            n.set("time", e.time() == null ? null : span(a, e.time()));
            n.set("trigger", span(a, e.trigger()));
            n.set("evidence", span(a, e.evidence()));
            n.put("confidence", e.confidence());
            n.put("modality", e.modality());
            n.put("goldstein", e.goldstein());
            n.put("quad", e.quad());
            n.set("quote", e.quote() == null ? null : span(a, e.quote()));
        }
        ArrayNode problems = o.putArray("problems");
        for (Problem pr : a.problems()) {
            ObjectNode n = problems.addObject();
            n.put("severity", pr.severity().name().toLowerCase());
            n.put("code", pr.code());
            n.put("message", pr.message());
            n.set("span", pr.span() == null ? null : span(a, pr.span()));
        }
        return o;
    }

    private static void actors(Analysis a, ArrayNode out, java.util.List<Event.Actor> actors) {
        for (Event.Actor ac : actors) {
            ObjectNode n = span(a, ac.span());
            n.put("entity", ac.entity());
            n.put("code", ac.code());
            n.put("sector", ac.sector());
            out.add(n);
        }
    }

    private static ObjectNode span(Analysis a, Span s) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("begin", s.begin());
        n.put("end", s.end());
        n.put("text", a.textOf(s));
        return n;
    }
}
