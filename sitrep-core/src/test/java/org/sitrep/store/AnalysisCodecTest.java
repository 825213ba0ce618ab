package org.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Analysis;
import org.sitrep.testing.Fixtures;

/** The stored form of a real analysis (tokens, parses, every layer the pipeline fills) reads back equal. */
class AnalysisCodecTest {

    @Test
    void theSeedAnalysisRoundTrips() {
        Analysis seed = Fixtures.seedAnalysis();
        assertFalse(seed.tokens().isEmpty());
        assertEquals(seed, AnalysisCodec.decode(AnalysisCodec.encode(seed)));
    }
}
