package org.sitrep.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import scala.Tuple2;

class NearDuplicatesTest {

    private static final String A = "Azerbaijan launched what it called local anti-terrorist measures in Nagorno-Karabakh on Tuesday, "
            + "demanding the withdrawal of Armenian forces. The Kremlin said it was in contact with both sides and urged "
            + "a return to the path of a peaceful settlement, while peacekeepers reported shelling near Stepanakert. "
            + "Officials in Yerevan said the attack was an attempt to drag Armenia into hostilities and called on the "
            + "international community to act. Residents described heavy fire through the night.";

    @Test
    void identicalTextsAgreeFully() {
        assertArrayEquals(NearDuplicates.signature(A), NearDuplicates.signature(A));
        assertEquals(1.0, NearDuplicates.similarity(NearDuplicates.signature(A), NearDuplicates.signature(A)));
    }

    @Test
    void aLightEditStaysANearDuplicateAndSharesABand() {
        String edited = A.replace("Tuesday", "Wednesday").toUpperCase().replace(",", " ,");
        long[] a = NearDuplicates.signature(A);
        long[] b = NearDuplicates.signature(edited);
        double s = NearDuplicates.similarity(a, b);
        assertTrue(s >= 0.7 && s < 1.0, "similarity " + s);
        long[] ka = NearDuplicates.bandKeys(a);
        long[] kb = NearDuplicates.bandKeys(b);
        boolean shared = false;
        for (int i = 0; i < ka.length; i++) {
            shared |= ka[i] == kb[i];
        }
        assertTrue(shared, "no band in common");
    }

    @Test
    void unrelatedTextsAreFarApart() {
        String other = "The central bank left interest rates unchanged on Thursday and said inflation would ease "
                + "next year as energy prices fall, while growth in the euro area remained weak over the summer months.";
        double s = NearDuplicates.similarity(NearDuplicates.signature(A), NearDuplicates.signature(other));
        assertTrue(s < 0.1, "similarity " + s);
    }

    @Test
    void aTextWithoutWordsHasNoSignature() {
        assertNull(NearDuplicates.signature(" -- \n "));
        assertEquals(List.of("a", "b2", "c"), NearDuplicates.words("A, b2 -- C!"));
    }

    @Test
    void linksFormClustersAroundTheSmallestId() {
        List<Row> rows = Duplicates.clusters(List.of(
                new Tuple2<>(new Tuple2<>("b", "c"), 0.9),
                new Tuple2<>(new Tuple2<>("c", "d"), 0.85),
                new Tuple2<>(new Tuple2<>("a", "d"), 0.95),
                new Tuple2<>(new Tuple2<>("x", "y"), 0.99)));
        assertEquals("[[b,a,0.9], [c,a,0.9], [d,a,0.95], [y,x,0.99]]", rows.toString());
    }

    @Test
    void crowdedBandsLinkToTheirSmallestIdOnly() {
        List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i <= Duplicates.PAIRWISE_LIMIT; i++) {
            ids.add(String.format("id%04d", i));
        }
        List<Tuple2<String, String>> pairs = Duplicates.pairs(ids);
        assertEquals(Duplicates.PAIRWISE_LIMIT, pairs.size());
        assertTrue(pairs.stream().allMatch(p -> p._1().equals("id0000")));
        assertEquals(3, Duplicates.pairs(List.of("c", "a", "b")).size());
    }
}
