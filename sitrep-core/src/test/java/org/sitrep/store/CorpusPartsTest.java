package org.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.export.EventRow;
import org.sitrep.export.GdeltEvents;
import org.sitrep.model.EntityType;
import org.sitrep.read.ArticleSetXml;
import org.sitrep.read.ReadResult;

/** The pure parts of the store: hashing, MinHash, entity keys, Goldstein weights, export rows, XML input. */
class CorpusPartsTest {

    @Test
    void contentHashIgnoresWhitespaceOnly() {
        assertEquals(ContentHash.of("A  b\r\nc "), ContentHash.of("A b c"));
        assertTrue(!ContentHash.of("A b c").equals(ContentHash.of("A b d")));
    }

    @Test
    void minHashEstimatesSimilarity() {
        String base = "the quick brown fox jumps over the lazy dog while the farmer watches from the old red barn "
                + "and the children play in the field near the river under the bright afternoon sun";
        long[] a = MinHash.signature(base);
        assertEquals(1.0, MinHash.similarity(a, MinHash.signature(base.toUpperCase())));
        double near = MinHash.similarity(a, MinHash.signature(base.replace("lazy", "sleepy")));
        double far = MinHash.similarity(a, MinHash.signature("markets fell sharply on monday as investors weighed "
                + "new data on inflation and the central bank signalled further rate rises this year"));
        assertTrue(near > 0.6 && near < 1.0, "near " + near);
        assertTrue(far < 0.1, "far " + far);
        assertEquals(MinHash.SIZE, MinHash.fromBytes(MinHash.toBytes(a)).length);
    }

    @Test
    void entityKeysNormaliseNamesAndTypes() {
        assertEquals(EntityKeys.exact(EntityType.PERSON, "Dmitry Peskov"), EntityKeys.exact(EntityType.PERSON, "DMITRY  PESKOV"));
        assertEquals(EntityKeys.exact(EntityType.PERSON, "Mr. José Núñez"), EntityKeys.exact(EntityType.PERSON, "Jose Nunez"));
        assertTrue(!EntityKeys.exact(EntityType.PERSON, "Georgia").equals(EntityKeys.exact(EntityType.LOCATION, "Georgia")));
        assertEquals(EntityKeys.initial(EntityType.PERSON, "Dmitri Peskov"), EntityKeys.initial(EntityType.PERSON, "Dmitry Peskov"));
        assertNull(EntityKeys.initial(EntityType.ORGANIZATION, "Foreign Ministry"));
        assertEquals(EntityKeys.surname(EntityType.PERSON, "Peskov"), EntityKeys.surname(EntityType.PERSON, "Dmitry Peskov"));
        assertEquals(EntityKeys.acronym(EntityType.ORGANIZATION, "UN"), EntityKeys.acronym(EntityType.ORGANIZATION, "United Nations"));
        assertEquals(EntityKeys.acronym(EntityType.ORGANIZATION, "IMF"),
                EntityKeys.acronym(EntityType.ORGANIZATION, "the International Monetary Fund"));
        assertEquals(EntityKeys.acronym(EntityType.LOCATION, "U.S."), EntityKeys.acronym(EntityType.LOCATION, "United States"));
        assertNull(EntityKeys.acronym(EntityType.ORGANIZATION, "MoD"));
        assertNull(EntityKeys.acronym(EntityType.PERSON, "JFK"));
        assertNull(EntityKeys.acronym(EntityType.ORGANIZATION, "Kremlin"));
    }

    @Test
    void goldsteinFromCameoPrefixOrPloverType() {
        assertEquals(-10.0, Goldstein.of("195", null));
        assertEquals(-10.0, Goldstein.of("1951", "ASSAULT"));
        assertEquals(-9.5, Goldstein.of("182", null));
        assertEquals(3.4, Goldstein.of("0211", null));
        assertEquals(-9.0, Goldstein.of(null, "assault"));
        assertNull(Goldstein.of(null, null));
        assertNull(Goldstein.of("XYZ", "NOT-A-TYPE"));
    }

    @Test
    void gdeltRowsHaveSixtyOneColumns() {
        EventRow e = new EventRow(7, 1, "doc", "https://x/1", "2023-09-19", "2023-09-19", "ASSAULT", null, "195", -10.0,
                "Azerbaijani forces", null, "AZEMIL", "AZE", "Armenian positions", null, "ARMMIL", "ARM",
                "Stepanakert", "AZE", 39.8, 46.7, 174875L, "shelled", "evidence\twith tab", 0.8, 2);
        String[] cols = GdeltEvents.row(e).split("\t", -1);
        assertEquals(GdeltEvents.COLUMNS, cols.length);
        assertEquals("20230919", cols[1]);
        assertEquals("AZEMIL", cols[5]);
        assertEquals("MIL", cols[12]);
        assertEquals("195", cols[26]);
        assertEquals("19", cols[28]);
        assertEquals("4", cols[29]);
        assertEquals("-10.0", cols[30]);
        assertEquals("https://x/1", cols[60]);
    }

    @Test
    void readsAnArticleCollectionXml(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("set.xml");
        Files.writeString(f, "<?xml version=\"1.0\"?>\n<articles>\n <article docid=\"1\"><title>T</title>"
                + "<dltime>2009-03-20 12:00:00</dltime><text><![CDATA[Body one.]]></text>"
                + "<toponyms><toponym><start>0</start></toponym></toponyms></article>\n"
                + " <article docid=\"2\"><text></text></article>\n</articles>\n");
        assertTrue(ArticleSetXml.accepts(f));
        List<ReadResult> r = ArticleSetXml.read(f);
        assertEquals(2, r.size());
        assertEquals("Body one.", r.get(0).article().text());
        assertEquals("T", r.get(0).article().title());
        assertEquals("2009-03-20", r.get(0).article().published().date().toString());
        assertTrue(r.get(1).failed());
    }
}
