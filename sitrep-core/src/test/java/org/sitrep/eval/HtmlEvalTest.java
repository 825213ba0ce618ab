package org.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.testing.Fixtures;

/** The HTML reader on the html-fundus pages (../shared; skipped when absent), with floors under the figures. */
class HtmlEvalTest {

    @Test
    void fundusFloors() throws Exception {
        Path dir = Fixtures.shared("eval/html-fundus");
        HtmlEval.Report r = HtmlEval.run(dir, 0);
        assertEquals(258, r.all().pages());
        assertEquals(0, r.all().errors());
        HtmlEval.Summary en = r.english();
        String figures = "English " + en + "\nall " + r.all();
        // Floors a little under the measured figures (English F1 0.967, date 1.0, title 0.916, authors 0.963;
        // all F1 0.950, title 0.907, authors 0.870; the language guess agrees with the declared language on 0.961 of the pages that declare
        // one, the rest being abstentions and isiZulu or Kiswahili pages that declare "en").
        assertTrue(en.f1() >= 0.955, figures);
        assertTrue(en.date() >= 0.98, figures);
        assertTrue(en.title() >= 0.91, figures);
        assertTrue(r.all().title() >= 0.89, figures);
        assertTrue(r.all().language() >= 0.94, figures);
        assertTrue(r.all().f1() >= 0.94, figures);
        assertTrue(r.all().date() >= 0.95, figures);
        assertTrue(en.authors() >= 0.95, figures);
        assertTrue(r.all().authors() >= 0.85, figures);
    }

    /** A fundus-shaped folder made here: two pages of one publisher, expected outputs in version order. */
    @Test
    void scoresAFolderInTheFundusLayout(@TempDir Path dir) throws Exception {
        Path us = Files.createDirectories(dir.resolve("us"));
        String para = "Negotiators from both sides returned to the table on Tuesday, three weeks after the last round "
                + "of talks collapsed without any agreement on the main points.";
        for (String[] p : new String[][] {{"2024_01_02", "First"}, {"2024_03_04", "Second"}}) {
            String html = "<html><head><meta property=\"article:published_time\" content=\"" + p[0].replace('_', '-')
                    + "T10:00:00Z\"><meta name=\"author\" content=\"Jane Roe\"></head><body><article><h1>" + p[1]
                    + "</h1><p>" + para + "</p></article></body></html>";
            try (var out = new GZIPOutputStream(Files.newOutputStream(us.resolve("Pub_" + p[0] + ".html.gz")))) {
                out.write(html.getBytes(StandardCharsets.UTF_8));
            }
        }
        // V1_1 sorts before V2 and belongs to the second page; the first expectation has one word too many.
        Files.writeString(us.resolve("Pub.json"), """
                {"V2": {"title": "Second", "authors": ["Jane Roe"], "publishing_date": "2024-03-04 10:00:00+00:00",
                        "body": {"summary": [], "sections": [{"headline": [], "paragraphs": ["%s"]}]}},
                 "V1": {"title": "First", "authors": ["John Doe"], "publishing_date": "2024-01-03 10:00:00+00:00",
                        "body": {"summary": ["Extra"], "sections": [{"headline": [], "paragraphs": ["%s"]}]}}}
                """.formatted(para, para));
        Files.writeString(us.resolve("meta.info"), "{\"Pub_2024_01_02.html.gz\": {\"url\": \"https://x.example/1\"}}");
        HtmlEval.Report r = HtmlEval.run(dir, 0);
        assertEquals(2, r.all().pages());
        HtmlEval.PageScore first = r.pages().get(0);
        assertEquals(1.0, first.p(), 1e-9);
        assertEquals(26.0 / 27, first.r(), 1e-9);
        assertEquals(false, first.date());
        assertEquals(false, first.authors());
        assertTrue(first.title());
        HtmlEval.PageScore second = r.pages().get(1);
        assertEquals(1.0, second.f1(), 1e-9);
        assertEquals(true, second.date());
        assertEquals(true, second.authors());
        assertEquals(0.5, r.english().date(), 1e-9);
        assertEquals(1.0, r.byCountry().get("us").title(), 1e-9);
    }

    @Test
    void expectedBodyJoinsSummarySubheadsAndParagraphs() throws Exception {
        var json = new ObjectMapper().readTree("""
                {"body":{"summary":["Lead."],"sections":[{"headline":[],"paragraphs":["One.","Two."]},
                 {"headline":["Sub"],"paragraphs":["Three."]}]}}""");
        assertEquals("Lead.\n\nOne.\n\nTwo.\n\nSub\n\nThree.", HtmlEval.expectedBody(json));
        assertEquals(java.util.Map.of("a", 2, "b1", 1), HtmlEval.bag("A, a. B1"));
    }
}
