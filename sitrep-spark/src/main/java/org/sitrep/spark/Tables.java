package org.sitrep.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.posexplode;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.StructField;

/**
 * The Parquet tables cut from the analyses, all keyed by {@code article_id}: {@code articles} (the
 * contract's scalar fields, plus {@code duplicate_of}), one table per array of the contract ({@code stories},
 * {@code entities}, {@code quotes}, {@code times}, {@code places}, {@code events}, {@code problems}, with the
 * element's position as {@code index} and the element's fields as columns), and {@code mentions} (the entities'
 * mentions, one row each, with {@code entity_id}). Field names and nesting are the contract's.
 */
final class Tables {

    static final String ARTICLES = "articles";
    static final String MENTIONS = "mentions";

    private Tables() {
    }

    static Dataset<Row> articles(Dataset<Row> analyses, Dataset<Row> duplicates) {
        List<Column> scalars = new ArrayList<>();
        for (StructField f : analyses.schema().fields()) {
            if (!(f.dataType() instanceof ArrayType)) {
                scalars.add(col(f.name()));
            }
        }
        Dataset<Row> a = analyses.select(scalars.toArray(Column[]::new));
        return a.join(duplicates.select(col("article_id"), col("duplicate_of")),
                        a.col("id").equalTo(duplicates.col("article_id")), "left")
                .drop("article_id");
    }

    /** One row per element of the contract's array {@code field}. */
    static Dataset<Row> layer(Dataset<Row> analyses, String field) {
        return analyses.select(col("id").as("article_id"), posexplode(col(field)).as(new String[] {"index", "item"}))
                .select(col("article_id"), col("index"), col("item.*"));
    }

    static Dataset<Row> mentions(Dataset<Row> entities) {
        return entities.select(col("article_id"), col("id").as("entity_id"),
                        posexplode(col("mentions")).as(new String[] {"index", "item"}))
                .select(col("article_id"), col("entity_id"), col("index"), col("item.*"));
    }
}
