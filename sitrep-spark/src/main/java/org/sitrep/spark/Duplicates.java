package org.sitrep.spark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import scala.Tuple2;

/**
 * Near-duplicate articles across the whole corpus, with {@link NearDuplicates} doing the arithmetic: each
 * article's MinHash signature is cut into bands, articles sharing a band are candidates, candidates whose
 * signatures agree enough are linked, and linked articles form clusters (union-find on the driver, which
 * receives only the verified links). Each cluster keeps its smallest id as the original; every other member
 * gets a row {@code (article_id, duplicate_of, similarity)} with its best link's estimated similarity.
 */
final class Duplicates {

    /** A band shared by more articles than this links them to its smallest id only, not pairwise. */
    static final int PAIRWISE_LIMIT = 100;

    static final StructType SCHEMA = DataTypes.createStructType(List.of(
            DataTypes.createStructField("article_id", DataTypes.StringType, false),
            DataTypes.createStructField("duplicate_of", DataTypes.StringType, false),
            DataTypes.createStructField("similarity", DataTypes.DoubleType, false)));

    private Duplicates() {
    }

    static Dataset<Row> find(SparkSession spark, Dataset<Row> analyses, double threshold) {
        JavaPairRDD<String, long[]> signatures = analyses.select("id", "text").javaRDD()
                .flatMapToPair(r -> {
                    String text = r.getString(1);
                    long[] sig = text == null ? null : NearDuplicates.signature(text);
                    return sig == null ? List.<Tuple2<String, long[]>>of().iterator()
                            : List.of(new Tuple2<>(r.getString(0), sig)).iterator();
                })
                .cache();
        JavaPairRDD<String, String> candidates = signatures
                .flatMapToPair(s -> {
                    long[] keys = NearDuplicates.bandKeys(s._2());
                    List<Tuple2<Tuple2<Integer, Long>, String>> out = new ArrayList<>(keys.length);
                    for (int b = 0; b < keys.length; b++) {
                        out.add(new Tuple2<>(new Tuple2<>(b, keys[b]), s._1()));
                    }
                    return out.iterator();
                })
                .groupByKey()
                .flatMapToPair(g -> pairs(g._2()).iterator())
                .distinct();
        List<Tuple2<Tuple2<String, String>, Double>> links = candidates
                .join(signatures)
                .mapToPair(x -> new Tuple2<>(x._2()._1(), new Tuple2<>(x._1(), x._2()._2())))
                .join(signatures)
                .mapToPair(x -> new Tuple2<>(new Tuple2<>(x._2()._1()._1(), x._1()),
                        NearDuplicates.similarity(x._2()._1()._2(), x._2()._2())))
                .filter(x -> x._2() >= threshold)
                .collect();
        signatures.unpersist();
        return spark.createDataFrame(clusters(links), SCHEMA);
    }

    /** Candidate pairs (smaller id first) among the articles sharing one band. */
    static List<Tuple2<String, String>> pairs(Iterable<String> ids) {
        List<String> sorted = new ArrayList<>();
        ids.forEach(sorted::add);
        sorted.sort(null);
        List<Tuple2<String, String>> out = new ArrayList<>();
        if (sorted.size() > PAIRWISE_LIMIT) {
            for (int j = 1; j < sorted.size(); j++) {
                out.add(new Tuple2<>(sorted.get(0), sorted.get(j)));
            }
            return out;
        }
        for (int i = 0; i < sorted.size(); i++) {
            for (int j = i + 1; j < sorted.size(); j++) {
                out.add(new Tuple2<>(sorted.get(i), sorted.get(j)));
            }
        }
        return out;
    }

    /** Verified links to rows: each cluster's members other than its smallest id, pointing at that id. */
    static List<Row> clusters(List<Tuple2<Tuple2<String, String>, Double>> links) {
        Map<String, String> parent = new HashMap<>();
        Map<String, Double> best = new HashMap<>();
        for (var l : links) {
            String a = find(parent, l._1()._1());
            String b = find(parent, l._1()._2());
            if (!a.equals(b)) {
                parent.put(a.compareTo(b) < 0 ? b : a, a.compareTo(b) < 0 ? a : b);
            }
            best.merge(l._1()._1(), l._2(), Math::max);
            best.merge(l._1()._2(), l._2(), Math::max);
        }
        List<Row> rows = new ArrayList<>();
        for (String id : best.keySet().stream().sorted().toList()) {
            String root = find(parent, id);
            if (!root.equals(id)) {
                rows.add(RowFactory.create(id, root, best.get(id)));
            }
        }
        return rows;
    }

    /** Union-find root, the smallest id of the cluster (roots are always the smaller of two merged). */
    private static String find(Map<String, String> parent, String id) {
        String root = id;
        while (parent.containsKey(root)) {
            root = parent.get(root);
        }
        String cur = id;
        while (!cur.equals(root)) {
            String next = parent.get(cur);
            parent.put(cur, root);
            cur = next;
        }
        return root;
    }
}
