package org.sitrep.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sitrep.model.Analysis;
import org.sitrep.model.Entity;
import org.sitrep.model.Event;
import org.sitrep.model.Mention;
import org.sitrep.model.Place;
import org.sitrep.model.Problem;
import org.sitrep.model.Quote;
import org.sitrep.model.Span;
import org.sitrep.model.TimeExpression;

/**
 * The {@link Store} over JDBC, shared by SQLite and PostgreSQL; the {@link Dialect} supplies the few
 * differences. One connection, used by one writer at a time: ingest analyses in parallel but stores in
 * input order from one thread, which keeps near-duplicate and story links deterministic. Two processes
 * ingesting into one store stay consistent (a text stored by the other is detected on insert), though
 * they may each open a story or corpus entity that one writer would have shared.
 */
final class JdbcStore implements Store {

    private final Connection c;
    private final Dialect dialect;
    private final CorpusIdentity identity;
    private final StoryLinker stories;

    JdbcStore(Connection c, Dialect dialect) {
        this.c = c;
        this.dialect = dialect;
        this.identity = new CorpusIdentity(c);
        this.stories = new StoryLinker(c);
    }

    @Override
    public Dialect dialect() {
        return dialect;
    }

    @Override
    public synchronized boolean contains(String contentHash) {
        try (PreparedStatement p = c.prepareStatement("SELECT 1 FROM article WHERE content_hash = ?")) {
            p.setString(1, contentHash);
            try (ResultSet r = p.executeQuery()) {
                return r.next();
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read store: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized Stored put(Analysis a, String origin) {
        String hash = ContentHash.of(a.text());
        try {
            c.setAutoCommit(false);
            try {
                Stored s = existing(hash);
                if (s == null) {
                    s = insert(a, origin, hash);
                }
                c.commit();
                return s;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("cannot store " + a.article().id() + ": " + e.getMessage(), e);
        }
    }

    private Stored existing(String hash) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "SELECT id, duplicate_of, similarity, story_id FROM article WHERE content_hash = ?")) {
            p.setString(1, hash);
            try (ResultSet r = p.executeQuery()) {
                if (!r.next()) {
                    return null;
                }
                return new Stored(r.getLong(1), false, nullableLong(r, 2), r.getDouble(3), nullableLong(r, 4));
            }
        }
    }

    private Stored insert(Analysis a, String origin, String hash) throws SQLException {
        long[] sig = MinHash.signature(a.text());
        NearDuplicates.Match dup = NearDuplicates.find(c, sig);
        List<String> keywords = Keywords.of(a);
        String published = a.article().published().date() == null ? null : a.article().published().date().toString();
        long id;
        try (PreparedStatement p = c.prepareStatement("INSERT INTO article (doc_id, content_hash, origin, source, url,"
                + " title, published, published_how, text, duplicate_of, similarity, keywords, minhash, analysis,"
                + " ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                + " ON CONFLICT (content_hash) DO NOTHING RETURNING id")) {
            p.setString(1, a.article().id());
            p.setString(2, hash);
            p.setString(3, origin);
            p.setString(4, source(a));
            p.setString(5, a.article().url());
            p.setString(6, title(a));
            p.setString(7, published);
            p.setString(8, a.article().published().how().name());
            p.setString(9, a.text());
            setLong(p, 10, dup == null ? null : dup.article());
            if (dup == null) {
                p.setNull(11, Types.DOUBLE);
            } else {
                p.setDouble(11, dup.similarity());
            }
            p.setString(12, String.join(" ", keywords));
            p.setBytes(13, MinHash.toBytes(sig));
            p.setBytes(14, AnalysisCodec.encode(a));
            p.setString(15, Instant.now().toString());
            try (ResultSet r = p.executeQuery()) {
                if (!r.next()) {
                    // Another writer stored this text since we looked: nothing of ours is written yet.
                    return existing(hash);
                }
                id = r.getLong(1);
            }
        }
        NearDuplicates.index(c, id, sig);
        Map<String, Long> corpusIds = entities(a, id);
        mentions(a, id);
        quotes(a, id, corpusIds);
        times(a, id);
        places(a, id);
        events(a, id, corpusIds, published);
        problems(a, id);
        if (dialect == Dialect.SQLITE) {
            fullText(id, title(a), a.text());
        }
        Long story = dup != null ? stories.storyOf(dup.article()) : null;
        story = stories.link(id, story, corpusIds.values(), keywords, published, label(a));
        return new Stored(id, true, dup == null ? null : dup.article(), dup == null ? 0 : dup.similarity(), story);
    }

    /** The title: given, else the first story's headline. */
    private static String title(Analysis a) {
        if (a.article().title() != null && !a.article().title().isBlank()) {
            return a.article().title();
        }
        if (!a.stories().isEmpty() && a.stories().get(0).headline() != null) {
            return a.textOf(a.stories().get(0).headline());
        }
        return null;
    }

    private static String source(Analysis a) {
        if (a.article().source() != null) {
            return a.article().source();
        }
        return a.stories().isEmpty() ? null : a.stories().get(0).source();
    }

    /** A short label for a new story: the title, else the text's first line, cut to 100 characters. */
    private static String label(Analysis a) {
        String t = title(a);
        if (t == null) {
            t = a.text().strip().lines().findFirst().orElse(a.article().id());
        }
        t = t.strip();
        return t.length() <= 100 ? t : t.substring(0, 99) + "…";
    }

    private Map<String, Long> entities(Analysis a, long article) throws SQLException {
        Map<String, Long> ids = new HashMap<>();
        try (PreparedStatement p = c.prepareStatement("INSERT INTO article_entity (article_id, local_id, entity_id,"
                + " name, type, country, role, mentions) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Entity e : a.entities()) {
                long corpus = identity.resolve(e);
                ids.put(e.id(), corpus);
                p.setLong(1, article);
                p.setString(2, e.id());
                p.setLong(3, corpus);
                p.setString(4, e.name());
                p.setString(5, e.type().name());
                p.setString(6, e.country());
                p.setString(7, e.role());
                p.setInt(8, e.mentions().size());
                p.addBatch();
            }
            p.executeBatch();
        }
        return ids;
    }

    private void mentions(Analysis a, long article) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO mention (article_id, span_begin, span_end, type,"
                + " kind, local_id) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (Mention m : a.mentions()) {
                p.setLong(1, article);
                p.setInt(2, m.span().begin());
                p.setInt(3, m.span().end());
                p.setString(4, m.type() == null ? null : m.type().name());
                p.setString(5, m.kind().name());
                p.setString(6, m.entity());
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    private void quotes(Analysis a, long article, Map<String, Long> corpusIds) throws SQLException {
        String sql = "INSERT INTO quote (article_id, ord, kind, span_begin, span_end, content, cue, speaker_name,"
                + " speaker_local, speaker_entity, confidence, sieve, quote_date) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                + " RETURNING id";
        int ord = 0;
        for (Quote q : a.quotes()) {
            try (PreparedStatement p = c.prepareStatement(sql)) {
                Quote.Speaker s = q.speaker();
                String content = a.textOf(q.content());
                p.setLong(1, article);
                p.setInt(2, ord++);
                p.setString(3, q.kind().name());
                p.setInt(4, q.content().begin());
                p.setInt(5, q.content().end());
                p.setString(6, content);
                p.setString(7, q.cue() == null ? null : a.textOf(q.cue()));
                p.setString(8, s.name());
                p.setString(9, s.entity());
                setLong(p, 10, s.entity() == null ? null : corpusIds.get(s.entity()));
                p.setDouble(11, q.confidence());
                p.setString(12, q.sieve());
                p.setString(13, EventDates.of(a, q));
                long id;
                try (ResultSet r = p.executeQuery()) {
                    r.next();
                    id = r.getLong(1);
                }
                if (dialect == Dialect.SQLITE) {
                    try (PreparedStatement f = c.prepareStatement(
                            "INSERT INTO quote_fts (rowid, content, speaker) VALUES (?, ?, ?)")) {
                        f.setLong(1, id);
                        f.setString(2, content);
                        f.setString(3, s.name());
                        f.executeUpdate();
                    }
                }
            }
        }
    }

    private void times(Analysis a, long article) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO time_expr (article_id, ord, span_begin, span_end,"
                + " text, type, value, mod) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            int ord = 0;
            for (TimeExpression t : a.times()) {
                p.setLong(1, article);
                p.setInt(2, ord++);
                p.setInt(3, t.span().begin());
                p.setInt(4, t.span().end());
                p.setString(5, a.textOf(t.span()));
                p.setString(6, t.type());
                p.setString(7, t.value());
                p.setString(8, t.mod());
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    private void places(Analysis a, long article) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO place (article_id, ord, span_begin, span_end, text,"
                + " name, country, lat, lon, geonameid) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int ord = 0;
            for (Place pl : a.places()) {
                p.setLong(1, article);
                p.setInt(2, ord++);
                p.setInt(3, pl.span().begin());
                p.setInt(4, pl.span().end());
                p.setString(5, a.textOf(pl.span()));
                p.setString(6, pl.name());
                p.setString(7, pl.country());
                setDouble(p, 8, pl.lat());
                setDouble(p, 9, pl.lon());
                setLong(p, 10, pl.geonameid());
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    private void events(Analysis a, long article, Map<String, Long> corpusIds, String published) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO event (article_id, ord, type, mode, cameo, goldstein,"
                + " event_date, source_text, source_code, source_country, source_entity, target_text, target_code,"
                + " target_country, target_entity, place_text, time_text, trigger_text, evidence, confidence)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int ord = 0;
            for (Event e : a.events()) {
                p.setLong(1, article);
                p.setInt(2, ord++);
                p.setString(3, e.type());
                p.setString(4, e.mode());
                p.setString(5, e.cameo());
                setDouble(p, 6, Goldstein.of(e.cameo(), e.type()));
                String date = EventDates.of(a, e);
                p.setString(7, date != null ? date : published);
                actor(a, p, 8, e.source(), corpusIds);
                actor(a, p, 12, e.target(), corpusIds);
                p.setString(16, text(a, e.place()));
                p.setString(17, text(a, e.time()));
                p.setString(18, text(a, e.trigger()));
                p.setString(19, text(a, e.evidence()));
                p.setDouble(20, e.confidence());
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    /**
     * The first actor of a side: its text, code, country (the code's first three letters, else the country
     * of its entity), corpus entity.
     */
    private static void actor(Analysis a, PreparedStatement p, int at, List<Event.Actor> side,
                              Map<String, Long> corpusIds) throws SQLException {
        Event.Actor x = side.isEmpty() ? null : side.get(0);
        String country = x == null ? null : EventDates.country(x.code());
        if (country == null && x != null && x.entity() != null && a.entity(x.entity()) != null) {
            country = a.entity(x.entity()).country();
        }
        p.setString(at, x == null ? null : text(a, x.span()));
        p.setString(at + 1, x == null ? null : x.code());
        p.setString(at + 2, country);
        setLong(p, at + 3, x == null || x.entity() == null ? null : corpusIds.get(x.entity()));
    }

    private void problems(Analysis a, long article) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO problem (article_id, severity, code, message,"
                + " span_begin, span_end) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (Problem pr : a.problems()) {
                p.setLong(1, article);
                p.setString(2, pr.severity().name());
                p.setString(3, pr.code());
                p.setString(4, pr.message());
                setLong(p, 5, pr.span() == null ? null : (long) pr.span().begin());
                setLong(p, 6, pr.span() == null ? null : (long) pr.span().end());
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    private void fullText(long id, String title, String text) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO article_fts (rowid, title, text) VALUES (?, ?, ?)")) {
            p.setLong(1, id);
            p.setString(2, title);
            p.setString(3, text);
            p.executeUpdate();
        }
    }

    @Override
    public synchronized Optional<Analysis> analysis(long articleId) {
        try (PreparedStatement p = c.prepareStatement("SELECT analysis FROM article WHERE id = ?")) {
            p.setLong(1, articleId);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? Optional.of(AnalysisCodec.decode(r.getBytes(1))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read store: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized Counts counts() {
        return read(c -> {
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT"
                    + " (SELECT count(*) FROM article), (SELECT count(*) FROM article WHERE duplicate_of IS NULL),"
                    + " (SELECT count(*) FROM story), (SELECT count(*) FROM corpus_entity),"
                    + " (SELECT count(*) FROM quote), (SELECT count(*) FROM event)")) {
                r.next();
                return new Counts(r.getLong(1), r.getLong(2), r.getLong(3), r.getLong(4), r.getLong(5), r.getLong(6));
            }
        });
    }

    @Override
    public synchronized <T> T read(Work<T> work) {
        try {
            return work.apply(c);
        } catch (SQLException e) {
            throw new StoreException("cannot read store: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            c.close();
        } catch (SQLException e) {
            throw new StoreException("cannot close store: " + e.getMessage(), e);
        }
    }

    private static String text(Analysis a, Span s) {
        return s == null ? null : a.textOf(s);
    }

    static Long nullableLong(ResultSet r, int col) throws SQLException {
        long v = r.getLong(col);
        return r.wasNull() ? null : v;
    }

    static void setLong(PreparedStatement p, int i, Long v) throws SQLException {
        if (v == null) {
            p.setNull(i, Types.BIGINT);
        } else {
            p.setLong(i, v);
        }
    }

    static void setDouble(PreparedStatement p, int i, Double v) throws SQLException {
        if (v == null) {
            p.setNull(i, Types.DOUBLE);
        } else {
            p.setDouble(i, v);
        }
    }
}
