package org.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
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
        assertTrue(en.f1() >= 0.94, figures);
        assertTrue(en.date() >= 0.95, figures);
        assertTrue(en.title() >= 0.75, figures);
        assertTrue(r.all().f1() >= 0.90, figures);
        assertTrue(r.all().date() >= 0.95, figures);
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
