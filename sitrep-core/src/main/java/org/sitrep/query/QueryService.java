package org.sitrep.query;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.sitrep.store.Dialect;
import org.sitrep.store.Store;

/**
 * The questions an analyst asks of the corpus, shared by the command line and the HTTP front end: quotes,
 * events, entities, articles, stories, and timelines with dyad intensity. Every answer is a
 * {@link ResultTable}; SQL differences between engines come from the store's {@link Dialect}.
 */
public final class QueryService {

    /** Timeline buckets: calendar days, or ISO weeks named by their Monday. */
    public enum Period { DAY, WEEK }

    private final Store store;
    private final Dialect d;

    public QueryService(Store store) {
        this.store = store;
        this.d = store.dialect();
    }

    /** Quotes with their speaker's corpus entity, newest article first; quotes of near-duplicates are not repeated. */
    public ResultTable quotes(QueryFilter f) {
        // A statement is dated by its report time when the text gives a day, else by its article.
        String date = "coalesce(q.quote_date, a.published)";
        Sql q = new Sql("SELECT q.id, " + date + " AS date, coalesce(ce.name, q.speaker_name) AS speaker,"
                + " q.speaker_entity AS speaker_id, q.kind, q.content AS quote, q.cue, a.id AS article, a.doc_id"
                + " FROM quote q JOIN article a ON a.id = q.article_id"
                + " LEFT JOIN corpus_entity ce ON ce.id = q.speaker_entity");
        q.where("a.duplicate_of IS NULL");
        if (f.who() != null) {
            if (f.whoIsId()) {
                q.where("q.speaker_entity = ?", Long.parseLong(f.who()));
            } else {
                q.where("(lower(ce.name) LIKE ? OR lower(q.speaker_name) LIKE ?)", like(f.who()), like(f.who()));
            }
        }
        dateFilters(q, f, date);
        storyFilter(q, f, "a");
        if (f.text() != null) {
            q.where(d.quoteMatches("q"), d.searchTerms(f.text()));
        }
        return q.run("ORDER BY " + date + " DESC, a.id, q.ord", f.limit());
    }

    /** Coded events with actors, Goldstein weight and date. */
    public ResultTable events(QueryFilter f) {
        Sql q = new Sql("SELECT e.id, e.event_date AS date, e.type, e.mode, e.cameo, e.goldstein,"
                + " coalesce(se.name, e.source_text) AS source, e.source_code, coalesce(te.name, e.target_text) AS target,"
                + " e.target_code, e.trigger_text AS trigger, e.article_id AS article"
                + " FROM event e JOIN article a ON a.id = e.article_id"
                + " LEFT JOIN corpus_entity se ON se.id = e.source_entity"
                + " LEFT JOIN corpus_entity te ON te.id = e.target_entity");
        eventFilters(q, f);
        return q.run("ORDER BY e.event_date, e.id", f.limit());
    }

    private void eventFilters(Sql q, QueryFilter f) {
        q.where("a.duplicate_of IS NULL");
        if (f.who() != null) {
            if (f.whoIsId()) {
                long id = Long.parseLong(f.who());
                q.where("(e.source_entity = ? OR e.target_entity = ?)", id, id);
            } else {
                String w = like(f.who());
                q.where("(lower(se.name) LIKE ? OR lower(te.name) LIKE ? OR lower(e.source_text) LIKE ?"
                        + " OR lower(e.target_text) LIKE ?)", w, w, w, w);
            }
        }
        if (f.eventType() != null) {
            String t = f.eventType().strip();
            if (t.matches("\\d+")) {
                q.where("e.cameo LIKE ?", t + "%");
            } else {
                q.where("upper(e.type) = ?", t.toUpperCase(Locale.ROOT));
            }
        }
        if (f.dyadSource() != null) {
            q.where("e.source_country = ?", f.dyadSource());
        }
        if (f.dyadTarget() != null) {
            q.where("e.target_country = ?", f.dyadTarget());
        }
        dateFilters(q, f, "e.event_date");
        storyFilter(q, f, "a");
        if (f.text() != null) {
            q.where(d.articleMatches("a"), d.searchTerms(f.text()));
        }
    }

    /** Corpus entities with how many articles name them, their roles and how many quotes they gave. */
    public ResultTable entities(QueryFilter f) {
        Sql q = new Sql("SELECT ce.id, ce.type, ce.name, ce.country, ce.articles, ce.mentions,"
                + " (SELECT count(*) FROM quote qq WHERE qq.speaker_entity = ce.id) AS quotes,"
                + " (SELECT " + d.joinDistinct("ae.role") + " FROM article_entity ae WHERE ae.entity_id = ce.id) AS roles"
                + " FROM corpus_entity ce");
        if (f.who() != null) {
            if (f.whoIsId()) {
                q.where("ce.id = ?", Long.parseLong(f.who()));
            } else {
                q.where("lower(ce.name) LIKE ?", like(f.who()));
            }
        }
        if (f.text() != null || f.from() != null || f.to() != null || f.story() != null) {
            Sql inner = new Sql("SELECT ae.entity_id FROM article_entity ae JOIN article a ON a.id = ae.article_id");
            articleFilters(inner, f, "a");
            if (f.text() != null) {
                inner.where(d.articleMatches("a"), d.searchTerms(f.text()));
            }
            q.whereIn("ce.id", inner);
        }
        return q.run("ORDER BY ce.articles DESC, ce.mentions DESC, ce.id", f.limit());
    }

    /** Ids of the articles that mention the filter's entity ({@code who}: a corpus id or part of a name). */
    private Sql articlesMentioning(QueryFilter f) {
        Sql inner = new Sql("SELECT ae.article_id FROM article_entity ae JOIN corpus_entity ce ON ce.id = ae.entity_id");
        if (f.whoIsId()) {
            inner.where("ce.id = ?", Long.parseLong(f.who()));
        } else {
            inner.where("lower(ce.name) LIKE ?", like(f.who()));
        }
        return inner;
    }

    /** Distinct articles (near-duplicates folded in) with their story and how many other reports repeat them. */
    public ResultTable articles(QueryFilter f) {
        Sql q = new Sql("SELECT a.id, a.published AS date, a.doc_id, a.title, a.source, a.story_id AS story,"
                + " (SELECT count(*) FROM article r WHERE r.duplicate_of = a.id) AS reports"
                + " FROM article a");
        q.where("a.duplicate_of IS NULL");
        articleFilters(q, f, "a");
        if (f.who() != null) {
            q.whereIn("a.id", articlesMentioning(f));
        }
        if (f.text() != null) {
            q.where(d.articleMatches("a"), d.searchTerms(f.text()));
        }
        return q.run("ORDER BY a.published, a.id", f.limit());
    }

    /** Stories, largest first, with their span of dates. */
    public ResultTable stories(QueryFilter f) {
        Sql q = new Sql("SELECT s.id, s.label, s.first_date, s.last_date, s.articles FROM story s");
        if (f.story() != null) {
            q.where("s.id = ?", f.story());
        }
        if (f.from() != null) {
            q.where("s.last_date >= ?", f.from().toString());
        }
        if (f.to() != null) {
            q.where("s.first_date <= ?", f.to().toString());
        }
        if (f.who() != null || f.text() != null) {
            Sql inner = new Sql("SELECT a.story_id FROM article a");
            if (f.who() != null) {
                inner.whereIn("a.id", articlesMentioning(f));
            }
            if (f.text() != null) {
                inner.where(d.articleMatches("a"), d.searchTerms(f.text()));
            }
            q.whereIn("s.id", inner);
        }
        return q.run("ORDER BY s.articles DESC, s.id", f.limit());
    }

    /**
     * Per day or week: articles, quotes, events, and the Goldstein sum of the events (the intensity of a
     * dyad when one is given: negative is conflict). Events are dated by their own time when known, else by
     * their article; periods with no dated activity are left out. Goldstein is null for a period whose
     * events carry no code.
     */
    public ResultTable timeline(QueryFilter f, Period period) {
        Map<String, long[]> counts = new TreeMap<>();
        Map<String, Double> goldstein = new TreeMap<>();
        boolean eventsOnly = f.dyad() != null || f.eventType() != null;
        if (!eventsOnly) {
            Sql a = new Sql("SELECT a.published, (SELECT count(*) FROM quote q WHERE q.article_id = a.id) FROM article a");
            a.where("a.duplicate_of IS NULL");
            articleFilters(a, f, "a");
            if (f.who() != null) {
                a.whereIn("a.id", articlesMentioning(f));
            }
            if (f.text() != null) {
                a.where(d.articleMatches("a"), d.searchTerms(f.text()));
            }
            for (List<Object> r : a.run("", 0).rows()) {
                String p = bucket((String) r.get(0), period);
                if (p != null) {
                    long[] c = counts.computeIfAbsent(p, k -> new long[3]);
                    c[0]++;
                    c[1] += ((Number) r.get(1)).longValue();
                }
            }
        }
        Sql e = new Sql("SELECT e.event_date, e.goldstein FROM event e JOIN article a ON a.id = e.article_id"
                + " LEFT JOIN corpus_entity se ON se.id = e.source_entity"
                + " LEFT JOIN corpus_entity te ON te.id = e.target_entity");
        eventFilters(e, f);
        for (List<Object> r : e.run("", 0).rows()) {
            String p = bucket((String) r.get(0), period);
            if (p == null) {
                continue;
            }
            counts.computeIfAbsent(p, k -> new long[3])[2]++;
            if (r.get(1) != null) {
                goldstein.merge(p, ((Number) r.get(1)).doubleValue(), Double::sum);
            }
        }
        List<List<Object>> rows = new ArrayList<>();
        for (Map.Entry<String, long[]> c : counts.entrySet()) {
            Double g = goldstein.get(c.getKey());
            rows.add(java.util.Arrays.asList(c.getKey(), c.getValue()[0], c.getValue()[1], c.getValue()[2],
                    g == null ? null : Math.round(g * 10) / 10.0));
        }
        return new ResultTable(List.of(period == Period.DAY ? "day" : "week", "articles", "quotes", "events",
                "goldstein"), rows);
    }

    static String bucket(String date, Period period) {
        if (date == null || date.length() < 10) {
            return null;
        }
        LocalDate day = LocalDate.parse(date.substring(0, 10));
        return period == Period.DAY ? day.toString()
                : day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).toString();
    }

    private static void articleFilters(Sql q, QueryFilter f, String a) {
        dateFilters(q, f, a + ".published");
        storyFilter(q, f, a);
    }

    private static void dateFilters(Sql q, QueryFilter f, String date) {
        if (f.from() != null) {
            q.where(date + " >= ?", f.from().toString());
        }
        if (f.to() != null) {
            q.where(date + " <= ?", f.to().toString());
        }
    }

    private static void storyFilter(Sql q, QueryFilter f, String a) {
        if (f.story() != null) {
            q.where(a + ".story_id = ?", f.story());
        }
    }

    private static String like(String name) {
        return "%" + name.strip().toLowerCase(Locale.ROOT) + "%";
    }

    /** A SELECT with AND-ed conditions and their parameters, run on the store. */
    private final class Sql {
        private final StringBuilder sql;
        private final List<Object> params = new ArrayList<>();
        private boolean hasWhere;

        Sql(String select) {
            sql = new StringBuilder(select);
        }

        void where(String condition, Object... values) {
            sql.append(hasWhere ? " AND " : " WHERE ").append(condition);
            hasWhere = true;
            params.addAll(List.of(values));
        }

        void whereIn(String column, Sql inner) {
            where(column + " IN (" + inner.sql + ")", inner.params.toArray());
        }

        ResultTable run(String orderBy, int limit) {
            String full = sql + " " + orderBy + (limit > 0 ? " LIMIT " + limit : "");
            return store.read(c -> table(c, full, params));
        }
    }

    private static ResultTable table(Connection c, String sql, List<Object> params) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) {
                p.setObject(i + 1, params.get(i));
            }
            try (ResultSet r = p.executeQuery()) {
                ResultSetMetaData m = r.getMetaData();
                List<String> cols = new ArrayList<>();
                for (int i = 1; i <= m.getColumnCount(); i++) {
                    cols.add(m.getColumnLabel(i).toLowerCase(Locale.ROOT));
                }
                List<List<Object>> rows = new ArrayList<>();
                while (r.next()) {
                    List<Object> row = new ArrayList<>();
                    for (int i = 1; i <= cols.size(); i++) {
                        row.add(value(r.getObject(i)));
                    }
                    rows.add(row);
                }
                return new ResultTable(cols, rows);
            }
        }
    }

    /** Normalises driver types: all integers to Long, all decimals to Double. */
    private static Object value(Object o) {
        if (o instanceof Integer || o instanceof Short || o instanceof Byte) {
            return ((Number) o).longValue();
        }
        if (o instanceof Float || o instanceof java.math.BigDecimal) {
            return ((Number) o).doubleValue();
        }
        return o;
    }
}
