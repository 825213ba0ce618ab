package org.sitrep.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.sitrep.Sitrep;
import org.sitrep.format.JsonFormat;
import org.sitrep.read.Inputs;
import org.sitrep.read.ReadResult;
import org.sitrep.testing.Fixtures;

/**
 * The job in {@code local[2]} on a few dev-corpus articles (JSON Lines, text files and a gzip WARC of HTML
 * pages, plus a lightly edited copy of one of them) must write exactly what the single-machine analysis of the same documents gives:
 * every table's rows, field for field, equal the JSON contract of {@code Sitrep.analyze}.
 */
class SparkJobTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int JSONL_ARTICLES = 4;
    private static final int TEXT_ARTICLES = 2;
    private static final int WARC_ARTICLES = 2;
    private static final String WARC_SITE = "https://news.example.org/";

    @TempDir
    static Path tmp;

    private static SparkSession spark;
    private static Path input;
    private static String output;
    private static SitrepJob.Result result;
    private static String copyId;
    private static String originalId;
    /** Article id → the single-machine analysis as JSON. */
    private static final Map<String, JsonNode> expected = new TreeMap<>();

    @BeforeAll
    static void runJobAndSingleMachine() throws IOException {
        Path corpus = Fixtures.shared("eval/polnear-dev/text");
        List<Path> texts;
        try (Stream<Path> s = Files.list(corpus)) {
            // Short articles keep CoreNLP's share of the test small; sorted by name for a stable choice.
            texts = s.filter(p -> p.toString().endsWith(".txt")).filter(p -> size(p) < 2500).sorted()
                    .limit(JSONL_ARTICLES + TEXT_ARTICLES + WARC_ARTICLES).toList();
        }
        input = Files.createDirectories(tmp.resolve("input"));
        StringBuilder jsonl = new StringBuilder();
        for (int i = 0; i < JSONL_ARTICLES; i++) {
            Path p = texts.get(i);
            ObjectNode o = JSON.createObjectNode();
            o.put("id", DocumentSource.baseName(p.toString()));
            o.put("url", "https://example.org/" + o.get("id").asText());
            o.put("title", "Article " + i);
            if (i % 2 == 0) {
                o.put("published", p.getFileName().toString().replaceAll("^[^_]*_(\\d{4}-\\d\\d-\\d\\d)_.*", "$1"));
            }
            o.put("text", Files.readString(p));
            jsonl.append(JSON.writeValueAsString(o)).append('\n');
            if (i == 0) {
                originalId = o.get("id").asText();
                copyId = originalId + "-copy";
                o.put("id", copyId);
                o.put("text", Files.readString(p).replaceFirst("\\bthe\\b", "a"));
                jsonl.append(JSON.writeValueAsString(o)).append('\n');
            }
        }
        Files.writeString(input.resolve("articles.jsonl"), jsonl, StandardCharsets.UTF_8);
        for (int i = JSONL_ARTICLES; i < JSONL_ARTICLES + TEXT_ARTICLES; i++) {
            Files.copy(texts.get(i), input.resolve(texts.get(i).getFileName()));
        }
        writeWarc(input.resolve("crawl/CC-NEWS-test.warc.gz"), texts.subList(JSONL_ARTICLES + TEXT_ARTICLES, texts.size()));

        spark = SparkSession.builder().master("local[2]").appName("sitrep-test")
                .config("spark.ui.enabled", "false")
                .config("spark.driver.host", "localhost")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.sql.shuffle.partitions", "4")
                .config("spark.sql.jsonGenerator.ignoreNullFields", "false")
                .getOrCreate();
        output = tmp.resolve("out").toString();
        result = SitrepJob.run(spark, JobOptions.of(input.toString(), output).withPartitions(4));

        // The single-machine analysis: the CLI's reader on the same files, the same engine, no Spark.
        Sitrep sitrep = Engines.get(EngineSettings.DEFAULT);
        for (ReadResult r : Inputs.read(input.toString(), System.in)) {
            JsonNode a = JSON.readTree(JsonFormat.write(AnalyseDocuments.analyse(sitrep, r), false));
            expected.put(a.get("id").asText(), a);
        }
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    /**
     * A gzip-per-record WARC as CC-NEWS writes it: a request and a 200 HTML response per page (the text's
     * paragraphs wrapped in a minimal page), plus a redirect, which the reader must skip.
     */
    private static void writeWarc(Path file, List<Path> texts) throws IOException {
        Files.createDirectories(file.getParent());
        try (WarcWriter w = new WarcWriter(FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
                WarcCompression.GZIP)) {
            for (Path p : texts) {
                String url = WARC_SITE + DocumentSource.baseName(p.toString());
                StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>")
                        .append(escape(DocumentSource.baseName(p.toString()))).append("</title></head><body><article>");
                for (String para : Files.readString(p).split("\\n\\s*\\n")) {
                    if (!para.isBlank()) {
                        html.append("<p>").append(escape(para.strip())).append("</p>\n");
                    }
                }
                html.append("</article></body></html>");
                w.write(new WarcRequest.Builder(url).body(new HttpRequest.Builder("GET", url).build()).build());
                w.write(new WarcResponse.Builder(url).body(new HttpResponse.Builder(200, "OK")
                        .body(MediaType.HTML_UTF8, html.toString().getBytes(StandardCharsets.UTF_8)).build()).build());
            }
            w.write(new WarcResponse.Builder(WARC_SITE + "moved").body(new HttpResponse.Builder(301, "Moved Permanently")
                    .addHeader("Location", WARC_SITE).build()).build());
        }
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return Long.MAX_VALUE;
        }
    }

    @Test
    void everyDocumentIsAnalysedOnceWithOneEnginePerJvm() {
        assertEquals(JSONL_ARTICLES + 1 + TEXT_ARTICLES + WARC_ARTICLES, expected.size());
        long pages = expected.entrySet().stream()
                .filter(e -> e.getKey().startsWith(WARC_SITE) && e.getValue().get("text").asText().length() > 200).count();
        assertEquals(WARC_ARTICLES, pages, "the WARC's HTML pages are articles with their text: " + expected.keySet());
        assertEquals(expected.size(), result.articles());
        assertEquals(0, result.unreadable());
        assertEquals(1, Engines.loaded(), "the job and the single-machine run share the JVM's one engine");
    }

    @Test
    void aSecondRunIntoTheSameOutputIsRefusedBeforeAnyWork() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SitrepJob.run(spark, JobOptions.of(input.toString(), output)));
        assertTrue(e.getMessage().contains("--overwrite"), e.getMessage());
    }

    @Test
    void articlesEqualTheSingleMachineAnalysisAndMarkTheNearDuplicate() throws IOException {
        Map<String, JsonNode> rows = new HashMap<>();
        for (JsonNode r : table(Tables.ARTICLES)) {
            rows.put(r.get("id").asText(), r);
        }
        assertEquals(expected.keySet(), rows.keySet());
        for (var e : expected.entrySet()) {
            JsonNode row = rows.get(e.getKey());
            for (String field : List.of("title", "url", "source", "text", "published")) {
                assertEquals(e.getValue().get(field), row.get(field), e.getKey() + "." + field);
            }
            String dup = row.get("duplicate_of").isNull() ? null : row.get("duplicate_of").asText();
            if (e.getKey().equals(copyId)) {
                assertEquals(originalId, dup, "the edited copy points at its original");
            } else {
                assertNull(dup, e.getKey() + " is not a duplicate");
            }
        }
        assertEquals(1, result.duplicates());
    }

    @Test
    void everyLayerTableEqualsTheSingleMachineAnalysis() throws IOException {
        for (String field : List.of("quotes", "events")) {
            long n = expected.values().stream().mapToLong(a -> a.get(field).size()).sum();
            assertTrue(n >= 3, "the comparison must cover " + field + ": only " + n);
        }
        for (String field : ContractSchema.arrayFields()) {
            Map<String, List<JsonNode>> want = new TreeMap<>();
            for (var e : expected.entrySet()) {
                List<JsonNode> items = new ArrayList<>();
                e.getValue().get(field).forEach(items::add);
                want.put(e.getKey(), items);
            }
            assertEquals(want, grouped(table(field), "article_id"), "table " + field);
        }
    }

    @Test
    void mentionsAndSpeakersAreThoseOfTheSingleMachineAnalysis() throws IOException {
        Comparator<JsonNode> order = Comparator.comparing((JsonNode n) -> n.get("article_id").asText())
                .thenComparing(n -> n.get("entity_id").asText()).thenComparingInt(n -> n.get("index").asInt());
        List<JsonNode> want = new ArrayList<>();
        for (var e : expected.entrySet()) {
            for (JsonNode entity : e.getValue().get("entities")) {
                int index = 0;
                for (JsonNode m : entity.get("mentions")) {
                    ObjectNode row = JSON.createObjectNode();
                    row.put("article_id", e.getKey());
                    row.put("entity_id", entity.get("id").asText());
                    row.put("index", index++);
                    row.setAll((ObjectNode) m);
                    want.add(row);
                }
            }
        }
        assertTrue(want.size() > 20, "the dev articles name people and places: " + want.size() + " mentions");
        List<JsonNode> got = new ArrayList<>(table(Tables.MENTIONS));
        want.sort(order);
        got.sort(order);
        assertEquals(want, got);

        List<String> speakers = new ArrayList<>();
        List<String> wantSpeakers = new ArrayList<>();
        for (JsonNode q : table("quotes")) {
            speakers.add(q.get("article_id").asText() + ":" + q.get("speaker").get("name"));
        }
        expected.forEach((id, a) -> a.get("quotes").forEach(q -> wantSpeakers.add(id + ":" + q.get("speaker").get("name"))));
        speakers.sort(null);
        wantSpeakers.sort(null);
        assertEquals(wantSpeakers, speakers);
    }

    @Test
    void theNestedAnalysesTableIsTheJsonContract() throws IOException {
        Map<String, JsonNode> got = new TreeMap<>();
        for (JsonNode r : table(SitrepJob.ANALYSES)) {
            got.put(r.get("id").asText(), r);
        }
        assertEquals(expected, got);
        assertFalse(got.get(originalId).get("entities").isEmpty());
    }

    /** A table's rows as JSON objects (nulls kept), parsed the same way as the expected side. */
    private static List<JsonNode> table(String name) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (String r : spark.read().parquet(SitrepJob.path(JobOptions.of("", output), name)).toJSON().collectAsList()) {
            out.add(JSON.readTree(r));
        }
        return out;
    }

    /** Rows grouped by article, ordered by their {@code index}, with the key columns removed. */
    private static Map<String, List<JsonNode>> grouped(List<JsonNode> rows, String key) {
        Map<String, TreeMap<Integer, JsonNode>> byArticle = new LinkedHashMap<>();
        for (JsonNode r : rows) {
            ObjectNode o = (ObjectNode) r.deepCopy();
            String id = o.remove(key).asText();
            int index = o.remove("index").asInt();
            byArticle.computeIfAbsent(id, k -> new TreeMap<>()).put(index, o);
        }
        Map<String, List<JsonNode>> out = new TreeMap<>();
        for (String id : expected.keySet()) {
            out.put(id, new ArrayList<>(byArticle.getOrDefault(id, new TreeMap<>()).values()));
        }
        return out;
    }
}
