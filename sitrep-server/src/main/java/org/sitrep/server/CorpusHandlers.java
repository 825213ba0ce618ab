package org.sitrep.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import org.sitrep.format.JsonFormat;
import org.sitrep.model.Analysis;
import org.sitrep.model.Sentence;
import org.sitrep.query.QueryFilter;
import org.sitrep.query.QueryService;
import org.sitrep.query.ResultTable;

/**
 * The corpus routes' handlers: query parameters validated into a {@link QueryFilter} (the same filters as
 * {@code sitrep query}), answers from {@link QueryService} as pages of JSON objects. The network and dyad
 * views aggregate the event rows that QueryService returns.
 */
final class CorpusHandlers {

    static final int MAX_LIMIT = 500;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Corpus corpus;

    CorpusHandlers(Corpus corpus) {
        this.corpus = corpus;
    }

    void counts(Context ctx) {
        var c = corpus.counts();
        ObjectNode o = JSON.createObjectNode();
        o.put("articles", c.articles());
        o.put("distinct", c.distinct());
        o.put("stories", c.stories());
        o.put("entities", c.entities());
        o.put("quotes", c.quotes());
        o.put("events", c.events());
        send(ctx, o);
    }

    void quotes(Context ctx) {
        page(ctx, QueryService::quotes);
    }

    void events(Context ctx) {
        page(ctx, QueryService::events);
    }

    void entities(Context ctx) {
        page(ctx, QueryService::entities);
    }

    void articles(Context ctx) {
        page(ctx, QueryService::articles);
    }

    void stories(Context ctx) {
        page(ctx, QueryService::stories);
    }

    void timeline(Context ctx) {
        String by = ctx.queryParamAsClass("by", String.class).getOrDefault("day").toLowerCase(Locale.ROOT);
        QueryService.Period period = switch (by) {
            case "day" -> QueryService.Period.DAY;
            case "week" -> QueryService.Period.WEEK;
            default -> throw ApiError.badRequest("invalid-parameter", "by must be day or week, got \"" + by + "\"");
        };
        QueryFilter f = filter(ctx, 0);
        ObjectNode o = JSON.createObjectNode();
        o.put("by", by);
        o.set("items", rows(corpus.ask(q -> q.timeline(f, period)), 0, Integer.MAX_VALUE));
        send(ctx, o);
    }

    /** One box, three answers: matching articles, quotes, and entities whose name matches. */
    void search(Context ctx) {
        String q = ctx.queryParam("q");
        if (q == null || q.isBlank()) {
            throw ApiError.badRequest("missing-parameter", "q (the words to search for) is required");
        }
        if (q.length() > 200) {
            throw ApiError.badRequest("invalid-parameter", "q is longer than 200 characters");
        }
        int limit = intParam(ctx, "limit", 20, 1, MAX_LIMIT);
        QueryFilter text = new QueryFilter(null, null, null, null, null, q, null, limit);
        QueryFilter name = new QueryFilter(q, null, null, null, null, null, null, limit);
        ObjectNode o = JSON.createObjectNode();
        o.put("q", q);
        o.set("entities", rows(corpus.ask(s -> s.entities(name)), 0, limit));
        o.set("articles", rows(corpus.ask(s -> s.articles(text)), 0, limit));
        o.set("quotes", rows(corpus.ask(s -> s.quotes(text)), 0, limit));
        send(ctx, o);
    }

    /** The stored analysis in the JSON contract, plus its sentences (the page highlights a quote's sentence). */
    void article(Context ctx) {
        long id;
        try {
            id = Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw ApiError.badRequest("invalid-parameter", "an article id is a number, got \"" + ctx.pathParam("id") + "\"");
        }
        Analysis a = corpus.analysis(id).orElseThrow(() -> new ApiError(404, "not-found", "no article " + id + " in the corpus"));
        ObjectNode o = JsonFormat.toJson(a);
        o.put("corpusId", id);
        ArrayNode sentences = o.putArray("sentences");
        for (Sentence s : a.sentences()) {
            ObjectNode n = sentences.addObject();
            n.put("begin", s.span().begin());
            n.put("end", s.span().end());
        }
        send(ctx, o);
    }

    /**
     * Who acts on whom: one node per actor, one edge per (source, target) with its event count, Goldstein
     * sum, and how many events cooperate (weight &gt; 0) or conflict (weight &lt; 0).
     */
    void network(Context ctx) {
        QueryFilter f = filter(ctx, 0);
        ResultTable events = corpus.ask(q -> q.events(f));
        Map<String, ObjectNode> nodes = new LinkedHashMap<>();
        Map<String, ObjectNode> edges = new LinkedHashMap<>();
        for (int i = 0; i < events.size(); i++) {
            String s = (String) events.get(i, "source");
            String t = (String) events.get(i, "target");
            if (s == null || t == null || s.isBlank() || t.isBlank()) {
                continue;
            }
            node(nodes, s, (String) events.get(i, "source_code"));
            node(nodes, t, (String) events.get(i, "target_code"));
            ObjectNode e = edges.computeIfAbsent(s + "\u0000" + t, k -> {
                ObjectNode n = JSON.createObjectNode();
                n.put("source", s);
                n.put("target", t);
                n.put("events", 0);
                n.put("cooperative", 0);
                n.put("conflictual", 0);
                n.putNull("goldstein");
                return n;
            });
            e.put("events", e.get("events").asInt() + 1);
            Object g = events.get(i, "goldstein");
            if (g instanceof Number w) {
                double sum = (e.get("goldstein").isNull() ? 0 : e.get("goldstein").asDouble()) + w.doubleValue();
                e.put("goldstein", Math.round(sum * 10) / 10.0);
                if (w.doubleValue() > 0) {
                    e.put("cooperative", e.get("cooperative").asInt() + 1);
                } else if (w.doubleValue() < 0) {
                    e.put("conflictual", e.get("conflictual").asInt() + 1);
                }
            }
        }
        ObjectNode o = JSON.createObjectNode();
        ArrayNode ns = o.putArray("nodes");
        nodes.values().forEach(ns::add);
        ArrayNode es = o.putArray("edges");
        edges.values().forEach(es::add);
        send(ctx, o);
    }

    /** The country dyads that have events, busiest first, for the escalation chart's picker. */
    void dyads(Context ctx) {
        QueryFilter f = filter(ctx, 0);
        ResultTable events = corpus.ask(q -> q.events(f));
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (int i = 0; i < events.size(); i++) {
            String s = country((String) events.get(i, "source_code"));
            String t = country((String) events.get(i, "target_code"));
            if (s != null && t != null) {
                counts.computeIfAbsent(s + "-" + t, k -> new int[1])[0]++;
            }
        }
        ArrayNode a = JSON.createArrayNode();
        counts.entrySet().stream().sorted((x, y) -> y.getValue()[0] - x.getValue()[0]).forEach(en -> {
            ObjectNode n = a.addObject();
            n.put("dyad", en.getKey());
            n.put("events", en.getValue()[0]);
        });
        ObjectNode o = JSON.createObjectNode();
        o.set("items", a);
        send(ctx, o);
    }

    private static void node(Map<String, ObjectNode> nodes, String name, String code) {
        ObjectNode n = nodes.computeIfAbsent(name, k -> {
            ObjectNode x = JSON.createObjectNode();
            x.put("id", name);
            x.put("country", country(code));
            x.put("events", 0);
            return x;
        });
        n.put("events", n.get("events").asInt() + 1);
    }

    private static String country(String code) {
        return code == null || code.length() < 3 ? null : code.substring(0, 3).toUpperCase(Locale.ROOT);
    }

    private void page(Context ctx, BiFunction<QueryService, QueryFilter, ResultTable> question) {
        int limit = intParam(ctx, "limit", 50, 1, MAX_LIMIT);
        int offset = intParam(ctx, "offset", 0, 0, 1_000_000);
        // QueryService caps rows; one more than the page tells whether another page follows.
        QueryFilter f = filter(ctx, offset + limit + 1);
        ResultTable t = corpus.ask(q -> question.apply(q, f));
        ObjectNode o = JSON.createObjectNode();
        o.put("offset", offset);
        o.put("limit", limit);
        o.put("more", t.size() > offset + limit);
        o.set("items", rows(t, offset, limit));
        send(ctx, o);
    }

    private static ArrayNode rows(ResultTable t, int offset, int limit) {
        ArrayNode a = JSON.createArrayNode();
        List<String> cols = t.columns();
        for (int r = offset; r < t.size() && r < (long) offset + limit; r++) {
            ObjectNode n = a.addObject();
            List<Object> row = t.rows().get(r);
            for (int c = 0; c < cols.size(); c++) {
                n.set(cols.get(c), JSON.valueToTree(row.get(c)));
            }
        }
        return a;
    }

    private static QueryFilter filter(Context ctx, int limit) {
        try {
            return new QueryFilter(str(ctx, "who"), str(ctx, "type"), str(ctx, "dyad"), date(ctx, "from"), date(ctx, "to"),
                    str(ctx, "text"), longParam(ctx, "story"), limit);
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest("invalid-parameter", e.getMessage());
        }
    }

    private static String str(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v != null && v.length() > 200) {
            throw ApiError.badRequest("invalid-parameter", name + " is longer than 200 characters");
        }
        return v == null || v.isBlank() ? null : v.strip();
    }

    private static LocalDate date(Context ctx, String name) {
        String v = str(ctx, name);
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw ApiError.badRequest("invalid-parameter", name + " must be a date YYYY-MM-DD, got \"" + v + "\"");
        }
    }

    private static Long longParam(Context ctx, String name) {
        String v = str(ctx, name);
        if (v == null) {
            return null;
        }
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw ApiError.badRequest("invalid-parameter", name + " must be a number, got \"" + v + "\"");
        }
    }

    private static int intParam(Context ctx, String name, int dflt, int min, int max) {
        String v = str(ctx, name);
        if (v == null) {
            return dflt;
        }
        try {
            int n = Integer.parseInt(v);
            if (n < min || n > max) {
                throw ApiError.badRequest("invalid-parameter", name + " must be between " + min + " and " + max + ", got " + n);
            }
            return n;
        } catch (NumberFormatException e) {
            throw ApiError.badRequest("invalid-parameter", name + " must be a whole number, got \"" + v + "\"");
        }
    }

    private static void send(Context ctx, Object body) {
        try {
            ctx.contentType("application/json").result(JSON.writeValueAsString(body));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
