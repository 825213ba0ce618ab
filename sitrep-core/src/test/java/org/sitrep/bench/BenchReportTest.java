package org.sitrep.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The report's arithmetic and wording on made-up figures (no models load: the real runs are CLI commands). */
class BenchReportTest {

    private static Benchmark.Result sitrep() {
        Map<String, Double> wall = new LinkedHashMap<>();
        wall.put("corenlp", 300.0);
        wall.put("times", 100.0);
        Map<String, Double> cpu = new LinkedHashMap<>();
        cpu.put("corenlp", 150.0);
        cpu.put("times", 50.0);
        // 10 articles, 5,000 tokens in 2 s of wall time and 4 s of process CPU on 2 threads.
        return new Benchmark.Result("sitrep", 10, 5000, 2, 5000, 2000, 2000, 4000, 12, 340, wall, cpu, 2_500_000_000L);
    }

    @Test
    void sitrepFiguresPerArticlePerTokenAndPerCore() {
        Benchmark.Result r = sitrep();
        assertEquals(5.0, r.articlesPerSecond(), 1e-9);
        assertEquals(2500.0, r.tokensPerSecond(), 1e-9);
        assertEquals(400.0, r.cpuMillisPerArticle(), 1e-9);
        assertEquals(5.0, r.cpuBoundArticlesPerSecond(), 1e-9, "2 cores / 0.4 CPU-s per article");
        String text = BenchReport.format(r);
        assertTrue(text.contains("steady:          5.00 articles/s, 2500 tokens/s (200 ms per article)"), text);
        assertTrue(text.contains("cpu:             400 ms per article (whole process), 5.00 articles/s on 2 idle cores"), text);
        assertTrue(text.contains("gc:              12 collections, 340 ms of pauses in the steady run"), text);
        assertTrue(text.contains("peak heap:       2500 MB"), text);
        assertTrue(text.matches("(?s).*corenlp\\s+75\\.0%\\s+300 ms\\s+75\\.0%\\s+150 ms.*"), text);
        assertTrue(text.matches("(?s).*times\\s+25\\.0%\\s+100 ms\\s+25\\.0%\\s+50 ms.*"), text);
    }

    @Test
    void ratioIsPerTokenSoABaselineOnAPartOfTheCorpusStaysComparable() {
        // The baseline ran on the first 2 articles (longer ones: 1,500 tokens) in 10 s wall, 18 s CPU.
        Benchmark.Result base = new Benchmark.Result("corenlp-full", 2, 1500, 2, 30000, 9000, 10000, 18000, 3, 90,
                Map.of(), Map.of(), 3_900_000_000L);
        Benchmark.Comparison c = new Benchmark.Comparison(sitrep(), base);
        assertEquals(2500.0 / 150.0, c.speedup(), 1e-9);
        assertEquals(5.0 / 0.2, c.articleSpeedup(), 1e-9);
        assertEquals((18000.0 / 1500) / (4000.0 / 5000), c.cpuSpeedup(), 1e-9);
        String text = BenchReport.format(c);
        assertTrue(text.contains("baseline:        corenlp-full, 2 articles, 1500 tokens, 2 threads"), text);
        assertTrue(text.contains("model load:      30000 ms"), text);
        assertTrue(text.contains("ratio:           Sitrep 16.7x faster in tokens/s (25.0x in articles/s), 15.0x less CPU per token"), text);
        assertTrue(text.contains("note:            baseline on the first 2 of the 10 articles"), text);
    }

    @Test
    void withoutCpuFiguresTheReportLeavesThemOut() {
        Benchmark.Result noCpu = new Benchmark.Result("sitrep", 10, 5000, 2, 1, 1, 2000, -1, 0, 0, Map.of(), Map.of(), 1);
        assertFalse(noCpu.hasCpu());
        assertFalse(BenchReport.format(noCpu).contains("cpu:"));
        Benchmark.Comparison c = new Benchmark.Comparison(noCpu, noCpu);
        assertTrue(Double.isNaN(c.cpuSpeedup()));
        assertFalse(BenchReport.format(c).contains("less CPU"));
        assertFalse(BenchReport.format(c).contains("note:"), "same corpus: no note");
    }
}
