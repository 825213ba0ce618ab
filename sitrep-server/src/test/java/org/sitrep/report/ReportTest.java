package org.sitrep.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Analysis;
import org.sitrep.model.Article;
import org.sitrep.model.Event;
import org.sitrep.model.Span;

/** The report's content, and that the HTML is self-contained and escapes every article string. */
class ReportTest {

    static final String XSS = "<img src=x onerror=alert(1)><script>alert(2)</script>";

    private static SituationReport report(String titlePrefix) {
        return new ReportBuilder(ReportFixtures::goldstein, ReportBuilder.Limits.DEFAULT)
                .build("Karabakh " + titlePrefix, "2 articles", ReportFixtures.twoDays(titlePrefix), null, null);
    }

    @Test
    void saysWhatHappenedWhoSaidWhatAndHowItEscalated() {
        SituationReport r = report("test");
        assertEquals(5, r.events().size());
        assertEquals("2023-09-19", r.events().get(0).date(), "events in date order");
        assertEquals(List.of("Peskov", "Zakharova"), r.speakers().stream().map(SituationReport.Speaker::name).toList());
        assertEquals(4, r.speakers().get(0).quotes());
        assertEquals(2, r.escalation().size());
        assertEquals(-9.0, r.escalation().get(0).goldstein(), 1e-9);
        assertEquals(-4.0, r.escalation().get(1).goldstein(), 1e-9);
        SituationReport.Actor russia = r.actors().stream().filter(a -> a.name().equals("Russia")).findFirst().orElseThrow();
        assertEquals(2, russia.cooperative());
        assertEquals(0, russia.conflictual());
        assertEquals(2, r.sources().size());
    }

    @Test
    void anActorMentionedTwiceInOneEventIsNamedOnce() {
        Analysis a = ReportFixtures.twoDays("x").get(0);
        String t = a.text();
        int r1 = t.indexOf("Russia");
        int r2 = t.indexOf("Russia", r1 + 1);
        int am = t.indexOf("Armenia");
        Event e = a.events().get(1);
        Event twice = new Event(e.type(), null, e.cameo(),
                List.of(new Event.Actor(new Span(r1, r1 + 6), null, null, null), new Event.Actor(new Span(r2, r2 + 6), null, null, null)),
                List.of(new Event.Actor(new Span(am, am + 7), null, null, null)), null, null, e.trigger(), e.evidence(),
                0.8, null, 0, null);
        SituationReport r = new ReportBuilder(ReportFixtures::goldstein, ReportBuilder.Limits.DEFAULT)
                .build("t", "s", List.of(a.withEvents(List.of(twice))), null, null);
        assertEquals("Russia", r.events().get(0).source());
        assertEquals("Armenia", r.events().get(0).target());
    }

    @Test
    void dateRangeLimitsTheEvents() {
        SituationReport r = new ReportBuilder(ReportFixtures::goldstein, ReportBuilder.Limits.DEFAULT).build("t", "s",
                ReportFixtures.twoDays("x"), java.time.LocalDate.of(2023, 9, 20), null);
        assertEquals(3, r.events().size());
        assertTrue(r.events().stream().allMatch(e -> e.date().equals("2023-09-20")));
    }

    @Test
    void htmlIsSelfContainedAndEscaped() {
        String html = ReportHtml.render(report(XSS));
        assertFalse(html.contains("<script"), "no script, and no article string turned into one");
        assertFalse(html.contains("<img"), "no image tag from article strings");
        assertTrue(html.contains("&lt;img src=x onerror=alert(1)&gt;"), "the payload is shown as text");
        assertTrue(html.contains("default-src 'none'"), "a policy that forbids any fetch");
        // Nothing refers outside the file: the only URLs are the sources' links.
        Matcher m = Pattern.compile("(?:src|href)=\"([^\"]*)\"").matcher(html);
        List<String> refs = new ArrayList<>();
        while (m.find()) {
            refs.add(m.group(1));
        }
        assertEquals(List.of("https://example.org/seed-19", "https://example.org/seed-20"), refs);
        assertTrue(html.contains("<svg class=\"chart\""), "inline SVG charts");
        assertTrue(html.contains("Hard work is underway now"), "key quotes");
    }

    @Test
    void markdownEscapesArticleStrings() {
        String md = ReportMarkdown.render(report(XSS));
        assertFalse(md.contains("<img"), md);
        assertTrue(md.contains("&lt;img src=x onerror=alert(1)&gt;"));
        assertTrue(md.contains("## Who said what") && md.contains("### Peskov"));
        assertTrue(md.contains("| 2023-09-19 | -9.0 |") || md.contains("| 2023-09-19 | 2 | -9.0 |"), md);
    }

    @Test
    void onlyWebLinksBecomeLinks() {
        Analysis a = ReportFixtures.twoDays("x").get(0);
        Article art = new Article("js", null, "javascript:alert(1)", "t", a.article().published(), a.text());
        String html = ReportHtml.render(new ReportBuilder(e -> null, ReportBuilder.Limits.DEFAULT)
                .build("t", "s", List.of(a.withArticle(art)), null, null));
        assertFalse(html.contains("href=\"javascript:"));
        assertTrue(html.contains(">t</td>"), "the title stays, as text");
    }
}
