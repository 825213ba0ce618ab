package org.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.testing.Fixtures;

/** PLOVER dev figures with floors under the measured ones (a subset keeps the suite fast). */
class EventEvalTest {

    @Test
    void ploverDevSubsetStaysAboveFloors() throws Exception {
        Path dev = Fixtures.shared("eval/plover-dev/PLOVER_GSR_CAMEO.dev.json");
        List<PloverGold> records = PloverGold.read(dev);
        assertEquals(161, records.size());
        // Every other record: all 16 types, half the time.
        List<PloverGold> subset = new java.util.ArrayList<>();
        for (int i = 0; i < records.size(); i += 2) {
            subset.add(records.get(i));
        }
        EventEval.Report r = EventEval.plover(Fixtures.sitrep()::analyze, subset, 0);
        String msg = r.summary();
        assertTrue(r.typeAccuracy() >= 0.80, msg);
        assertTrue(r.sourceAccuracy() >= 0.62, msg);
        assertTrue(r.targetAccuracy() >= 0.50, msg);
        assertTrue(r.spuriousPerDocument() <= 0.3, msg);
    }

    @Test
    void legacyPloverNamesReadAsCurrentOnes() {
        assertEquals("REQUEST", EventEval.type("DEMAND"));
        assertEquals("ACCUSE", EventEval.type("disapprove"));
        assertEquals("ASSAULT", EventEval.type("FIGHT"));
        assertEquals("AGREE", EventEval.type("AGREE"));
        assertEquals("RUS", EventEval.country("RUSMIL"));
        assertEquals("JPN", EventEval.country("JAP"));
        assertEquals(null, EventEval.country("IGO"));
    }
}
