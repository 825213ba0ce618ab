package org.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Analysis;
import org.sitrep.model.ArticleMeta;
import org.sitrep.testing.Fixtures;

/** The stored form of a real analysis (tokens, parses, every layer the pipeline fills) reads back equal. */
class AnalysisCodecTest {

    @Test
    void theSeedAnalysisRoundTrips() {
        Analysis seed = Fixtures.seedAnalysis();
        assertFalse(seed.tokens().isEmpty());
        assertEquals(seed, AnalysisCodec.decode(AnalysisCodec.encode(seed)));
    }

    /** Rows stored before articles had {@code meta} read back with {@link ArticleMeta#NONE}, the rest unchanged. */
    @Test
    void anAnalysisStoredBeforeArticleMetaReadsBack() throws Exception {
        Analysis seed = Fixtures.seedAnalysis();
        ObjectMapper m = new ObjectMapper();
        ObjectNode stored;
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(AnalysisCodec.encode(seed)))) {
            stored = (ObjectNode) m.readTree(in);
        }
        ((ObjectNode) stored.get("article")).remove("meta");
        ByteArrayOutputStream old = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(old)) {
            m.writeValue(gz, stored);
        }
        Analysis back = AnalysisCodec.decode(old.toByteArray());
        assertEquals(ArticleMeta.NONE, back.article().meta());
        assertEquals(seed.article().withMeta(ArticleMeta.NONE), back.article());
        assertEquals(seed.tokens(), back.tokens());
    }

    /** Rows stored before quotes had a report time read back with a null time, the rest unchanged. */
    @Test
    void aQuoteStoredBeforeReportTimesReadsBackWithoutOne() throws Exception {
        Analysis seed = Fixtures.seedAnalysis();
        assertTrue(seed.quotes().stream().anyMatch(q -> q.time() != null), "the seed dates some statements");
        ObjectMapper m = new ObjectMapper();
        ObjectNode stored;
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(AnalysisCodec.encode(seed)))) {
            stored = (ObjectNode) m.readTree(in);
        }
        stored.get("quotes").forEach(q -> ((ObjectNode) q).remove("time"));
        ByteArrayOutputStream old = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(old)) {
            m.writeValue(gz, stored);
        }
        Analysis back = AnalysisCodec.decode(old.toByteArray());
        assertEquals(seed.quotes().stream().map(q -> q.withTime(null)).toList(), back.quotes());
        assertEquals(seed.times(), back.times());
    }
}
