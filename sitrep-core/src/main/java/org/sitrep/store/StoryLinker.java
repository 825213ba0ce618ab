package org.sitrep.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Follows developing stories: a new article joins the story of the most similar earlier article that
 * shares at least {@link #MIN_SHARED} corpus entities with it, was published within {@link #MAX_DAYS} days
 * (when both dates are known), and scores at least {@link #THRESHOLD}; otherwise it opens a new story. The
 * score is {@link #similarity}: the mean of the Jaccard similarities of the two entity sets and of the two
 * keyword sets, so a shared cast alone (the same politicians in unrelated news) is not enough. A
 * near-duplicate always joins the story of the article it repeats.
 */
final class StoryLinker {

    static final int MIN_SHARED = 2;
    static final int MAX_DAYS = 4;
    static final double THRESHOLD = 0.3;
    private static final int CANDIDATES = 100;

    private final Connection c;

    StoryLinker(Connection c) {
        this.c = c;
    }

    /** The score of two articles: mean of entity-set Jaccard and keyword-set Jaccard. */
    static double similarity(Set<Long> entitiesA, Set<Long> entitiesB, Set<String> wordsA, Set<String> wordsB) {
        return (jaccard(entitiesA, entitiesB) + jaccard(wordsA, wordsB)) / 2;
    }

    static <T> double jaccard(Set<T> a, Set<T> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 0;
        }
        Set<T> inter = new HashSet<>(a);
        inter.retainAll(b);
        return (double) inter.size() / (a.size() + b.size() - inter.size());
    }

    Long storyOf(long article) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT story_id FROM article WHERE id = ?")) {
            p.setLong(1, article);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? JdbcStore.nullableLong(r, 1) : null;
            }
        }
    }

    /** Puts the article into {@code story} when given, else into the best matching or a new story. */
    Long link(long article, Long story, Collection<Long> entities, List<String> keywords, String published,
              String label) throws SQLException {
        Set<Long> mine = new HashSet<>(entities);
        Long chosen = story != null ? story : best(article, mine, new HashSet<>(keywords), published);
        if (chosen == null) {
            try (PreparedStatement p = c.prepareStatement("INSERT INTO story (label, first_date, last_date, articles)"
                    + " VALUES (?, ?, ?, 1) RETURNING id")) {
                p.setString(1, label);
                p.setString(2, published);
                p.setString(3, published);
                try (ResultSet r = p.executeQuery()) {
                    r.next();
                    chosen = r.getLong(1);
                }
            }
        } else {
            try (PreparedStatement p = c.prepareStatement("UPDATE story SET articles = articles + 1,"
                    + " first_date = CASE WHEN first_date IS NULL OR ? < first_date THEN ? ELSE first_date END,"
                    + " last_date = CASE WHEN last_date IS NULL OR ? > last_date THEN ? ELSE last_date END"
                    + " WHERE id = ?")) {
                // An unknown date compares as NULL, so it never replaces a known bound.
                for (int i = 1; i <= 4; i++) {
                    p.setString(i, published);
                }
                p.setLong(5, chosen);
                p.executeUpdate();
            }
        }
        try (PreparedStatement p = c.prepareStatement("UPDATE article SET story_id = ? WHERE id = ?")) {
            p.setLong(1, chosen);
            p.setLong(2, article);
            p.executeUpdate();
        }
        return chosen;
    }

    private Long best(long article, Set<Long> mine, Set<String> words, String published) throws SQLException {
        if (mine.size() < MIN_SHARED) {
            return null;
        }
        String in = String.join(",", java.util.Collections.nCopies(mine.size(), "?"));
        String sql = "SELECT ae.article_id, a.story_id, a.published, a.keywords, count(DISTINCT ae.entity_id)"
                + " FROM article_entity ae JOIN article a ON a.id = ae.article_id"
                + " WHERE ae.entity_id IN (" + in + ") AND a.id <> ? AND a.duplicate_of IS NULL"
                + " AND a.story_id IS NOT NULL"
                + " GROUP BY ae.article_id, a.story_id, a.published, a.keywords"
                + " HAVING count(DISTINCT ae.entity_id) >= ? ORDER BY count(DISTINCT ae.entity_id) DESC, ae.article_id"
                + " LIMIT " + CANDIDATES;
        List<long[]> cands = new ArrayList<>();
        List<String[]> info = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement(sql)) {
            int i = 1;
            for (long id : mine) {
                p.setLong(i++, id);
            }
            p.setLong(i++, article);
            p.setInt(i, MIN_SHARED);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    cands.add(new long[] {r.getLong(1), r.getLong(2)});
                    info.add(new String[] {r.getString(3), r.getString(4)});
                }
            }
        }
        Long bestStory = null;
        double bestScore = THRESHOLD;
        for (int k = 0; k < cands.size(); k++) {
            String date = info.get(k)[0];
            if (!withinDays(published, date)) {
                continue;
            }
            Set<Long> theirs = entitiesOf(cands.get(k)[0]);
            Set<String> theirWords = new HashSet<>(Arrays.asList(info.get(k)[1].split(" ")));
            double s = similarity(mine, theirs, words, theirWords);
            if (s >= bestScore) {
                bestScore = s;
                bestStory = cands.get(k)[1];
            }
        }
        return bestStory;
    }

    private Set<Long> entitiesOf(long article) throws SQLException {
        Set<Long> out = new HashSet<>();
        try (PreparedStatement p = c.prepareStatement("SELECT entity_id FROM article_entity WHERE article_id = ?")) {
            p.setLong(1, article);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.add(r.getLong(1));
                }
            }
        }
        return out;
    }

    static boolean withinDays(String a, String b) {
        if (a == null || b == null) {
            return true;
        }
        long days = Math.abs(LocalDate.parse(a).toEpochDay() - LocalDate.parse(b).toEpochDay());
        return days <= MAX_DAYS;
    }
}
