package org.sitrep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.sitrep.eval.SeedGold;
import org.sitrep.format.JsonFormat;
import org.sitrep.model.Analysis;
import org.sitrep.model.Entity;
import org.sitrep.pipeline.StageContract;
import org.sitrep.testing.Fixtures;

/**
 * The founding example end to end: the seed analysed by the standard pipeline against its gold
 * (stories, source, entities) and against the golden output committed beside the sample.
 */
class SeedAnalysisTest {

    private static SeedGold gold() throws IOException {
        return SeedGold.read(Fixtures.shared("corpus/seed/karabakh-2023-09-19.gold.json"));
    }

    @Test
    void threeStoriesWithTheGoldHeadlinesAndSource() throws IOException {
        SeedGold g = gold();
        Analysis a = Fixtures.seedAnalysis();
        assertEquals(g.headlines(), a.stories().stream().map(s -> a.textOf(s.headline())).toList());
        a.stories().forEach(s -> assertEquals(g.source(), s.source()));
    }

    @Test
    void atLeastFourteenOfTheSixteenGoldEntitiesWithTheRightType() throws IOException {
        Analysis a = Fixtures.seedAnalysis();
        List<String> missed = new ArrayList<>();
        for (SeedGold.GoldEntity ge : gold().entities()) {
            Entity found = matching(a, ge);
            if (found == null || !found.type().name().equals(ge.type())) {
                missed.add(ge.name() + (found == null ? " (not found)" : " (found as " + found.type() + ")"));
            }
        }
        assertTrue(missed.size() <= 2, "missed gold entities: " + missed);
    }

    /** The system entity named like the gold one, or holding one of its gold mentions as a name. */
    static Entity matching(Analysis a, SeedGold.GoldEntity ge) {
        for (Entity e : a.entities()) {
            if (e.name().equalsIgnoreCase(ge.name())) {
                return e;
            }
        }
        for (Entity e : a.entities()) {
            if (e.mentions().stream().anyMatch(m -> a.textOf(m.span()).toLowerCase(Locale.ROOT)
                    .equals(ge.name().toLowerCase(Locale.ROOT)))) {
                return e;
            }
        }
        return null;
    }

    @Test
    void everySpanChecks() {
        StageContract.checkSpans(Fixtures.seedAnalysis());
    }

    /**
     * The whole JSON output equals {@code samples/karabakh-2023-09-19.expected.json}. After an intended change,
     * regenerate it with {@code scripts/regenerate-golden} and review the diff in the commit.
     */
    @Test
    void goldenOutput() throws IOException {
        Path golden = Fixtures.repoRoot().resolve("samples/karabakh-2023-09-19.expected.json");
        String actual = JsonFormat.write(Fixtures.seedAnalysis(), true).strip();
        String expected = Files.readString(golden).strip();
        if (!expected.equals(actual)) {
            String[] e = expected.split("\n");
            String[] o = actual.split("\n");
            int i = 0;
            while (i < Math.min(e.length, o.length) && e[i].equals(o[i])) {
                i++;
            }
            StringBuilder msg = new StringBuilder("seed output differs from " + golden
                    + " (run scripts/regenerate-golden after an intended change); first difference at line " + (i + 1) + ":\n");
            for (int k = Math.max(0, i - 3); k < Math.min(e.length, i + 4); k++) {
                msg.append(k == i ? "- " : "  ").append(e[k]).append('\n');
            }
            for (int k = i; k < Math.min(o.length, i + 4); k++) {
                msg.append("+ ").append(o[k]).append('\n');
            }
            throw new AssertionError(msg.toString());
        }
    }
}
