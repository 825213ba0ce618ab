package org.sitrep.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Finds the stored article a new one repeats (a syndicated copy or a light rewrite) through the MinHash
 * band index, and indexes new articles. A repeat points to the first report of its text, never to another
 * repeat, so a wire story carried by fifty outlets is one article with fifty reports.
 */
final class NearDuplicates {

    /** Estimated shingle Jaccard similarity from which two texts are reports of one article. */
    static final double THRESHOLD = 0.6;

    /** The first report this signature repeats, with the estimated similarity. */
    record Match(long article, double similarity) {
    }

    private NearDuplicates() {
    }

    static Match find(Connection c, long[] sig) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT DISTINCT article_id FROM minhash_band WHERE ");
        for (int b = 0; b < MinHash.BANDS; b++) {
            sql.append(b == 0 ? "" : " OR ").append("(band = ? AND hash = ?)");
        }
        Set<Long> candidates = new LinkedHashSet<>();
        try (PreparedStatement p = c.prepareStatement(sql.toString())) {
            for (int b = 0; b < MinHash.BANDS; b++) {
                p.setInt(2 * b + 1, b);
                p.setLong(2 * b + 2, MinHash.band(sig, b));
            }
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    candidates.add(r.getLong(1));
                }
            }
        }
        Match best = null;
        try (PreparedStatement p = c.prepareStatement("SELECT minhash, duplicate_of FROM article WHERE id = ?")) {
            for (long id : candidates) {
                p.setLong(1, id);
                try (ResultSet r = p.executeQuery()) {
                    if (!r.next()) {
                        continue;
                    }
                    double sim = MinHash.similarity(sig, MinHash.fromBytes(r.getBytes(1)));
                    Long first = JdbcStore.nullableLong(r, 2);
                    long target = first != null ? first : id;
                    if (sim >= THRESHOLD && (best == null || sim > best.similarity()
                            || sim == best.similarity() && target < best.article())) {
                        best = new Match(target, sim);
                    }
                }
            }
        }
        return best;
    }

    static void index(Connection c, long article, long[] sig) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "INSERT INTO minhash_band (band, hash, article_id) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")) {
            for (int b = 0; b < MinHash.BANDS; b++) {
                p.setInt(1, b);
                p.setLong(2, MinHash.band(sig, b));
                p.setLong(3, article);
                p.addBatch();
            }
            p.executeBatch();
        }
    }
}
