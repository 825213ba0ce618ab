package org.sitrep.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.function.Consumer;
import org.sitrep.format.JsonFormat;

/**
 * The corpus as JSON Lines: each stored analysis in the public JSON contract, plus a {@code corpus} object
 * with the article's store id, story, the first report it repeats, and its entities' corpus ids.
 */
public final class CorpusExport {

    private CorpusExport() {
    }

    public static void analyses(Store store, Consumer<String> lines) {
        store.read(c -> {
            try (PreparedStatement p = c.prepareStatement(
                    "SELECT id, story_id, duplicate_of, analysis FROM article ORDER BY id");
                 PreparedStatement ents = c.prepareStatement(
                         "SELECT local_id, entity_id FROM article_entity WHERE article_id = ?");
                 ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    ObjectNode o = JsonFormat.toJson(AnalysisCodec.decode(r.getBytes(4)));
                    ObjectNode corpus = o.putObject("corpus");
                    corpus.put("article", r.getLong(1));
                    corpus.put("story", JdbcStore.nullableLong(r, 2));
                    corpus.put("duplicateOf", JdbcStore.nullableLong(r, 3));
                    ObjectNode ids = corpus.putObject("entities");
                    ents.setLong(1, r.getLong(1));
                    try (ResultSet e = ents.executeQuery()) {
                        while (e.next()) {
                            ids.put(e.getString(1), e.getLong(2));
                        }
                    }
                    lines.accept(o.toString());
                }
            }
            return null;
        });
    }
}
