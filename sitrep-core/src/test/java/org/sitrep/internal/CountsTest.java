package org.sitrep.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CountsTest {

    @Test
    void oneTakesTheSingularAndEveryOtherCountThePlural() {
        assertEquals("1 article", Counts.of(1, "article"));
        assertEquals("0 articles", Counts.of(0, "article"));
        assertEquals("2 stories", Counts.of(2, "story", "stories"));
        assertEquals("1 story", Counts.of(1, "story", "stories"));
    }
}
