package org.sitrep.export;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.store.Store;

/**
 * Reads the events of a store as {@link EventRow}s, in date order. Events of near-duplicate articles are
 * left out: the first report stands for them and counts them in {@code reports}.
 */
public final class EventRows {

    private EventRows() {
    }

    public static List<EventRow> all(Store store) {
        String sql = "SELECT e.id, a.id, a.doc_id, a.url, a.published, e.event_date, e.type, e.mode, e.cameo,"
                + " e.goldstein, e.source_text, se.name, e.source_code, e.source_country, e.target_text, te.name,"
                + " e.target_code, e.target_country, e.place_text,"
                + " (SELECT p.country FROM place p WHERE p.article_id = a.id AND p.text = e.place_text ORDER BY p.ord LIMIT 1),"
                + " (SELECT p.lat FROM place p WHERE p.article_id = a.id AND p.text = e.place_text ORDER BY p.ord LIMIT 1),"
                + " (SELECT p.lon FROM place p WHERE p.article_id = a.id AND p.text = e.place_text ORDER BY p.ord LIMIT 1),"
                + " (SELECT p.geonameid FROM place p WHERE p.article_id = a.id AND p.text = e.place_text ORDER BY p.ord LIMIT 1),"
                + " e.trigger_text, e.evidence, e.confidence,"
                + " 1 + (SELECT count(*) FROM article r WHERE r.duplicate_of = a.id)"
                + " FROM event e JOIN article a ON a.id = e.article_id"
                + " LEFT JOIN corpus_entity se ON se.id = e.source_entity"
                + " LEFT JOIN corpus_entity te ON te.id = e.target_entity"
                + " WHERE a.duplicate_of IS NULL ORDER BY e.event_date, e.id";
        return store.read(c -> {
            List<EventRow> out = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement(sql); ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.add(new EventRow(r.getLong(1), r.getLong(2), r.getString(3), r.getString(4), r.getString(5),
                            r.getString(6), r.getString(7), r.getString(8), r.getString(9), dbl(r, 10),
                            r.getString(11), r.getString(12), r.getString(13), r.getString(14), r.getString(15),
                            r.getString(16), r.getString(17), r.getString(18), r.getString(19), r.getString(20),
                            dbl(r, 21), dbl(r, 22), lng(r, 23), r.getString(24), r.getString(25), r.getDouble(26),
                            r.getLong(27)));
                }
            }
            return out;
        });
    }

    private static Double dbl(ResultSet r, int i) throws java.sql.SQLException {
        double v = r.getDouble(i);
        return r.wasNull() ? null : v;
    }

    private static Long lng(ResultSet r, int i) throws java.sql.SQLException {
        long v = r.getLong(i);
        return r.wasNull() ? null : v;
    }
}
