package org.sitrep.read.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.ArticleMeta;
import org.sitrep.model.Published;

class HtmlReaderTest {

    /** A page in the shape news sites have: chrome around an article with subheads, a list and a quote. */
    static String page(String head, String extraArticleTop) {
        return """
                <!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8">
                <title>Ceasefire talks resume in Geneva | The Daily Example</title>
                <link rel="canonical" href="https://news.example.org/world/ceasefire-talks-resume">
                %s
                </head><body>
                <div id="cookie-consent"><p>We use cookies to improve your experience. By continuing to browse you agree to our use of cookies and our privacy policy.</p><button>Accept</button></div>
                <header class="site-header"><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>
                <div class="ad-slot">Advertisement</div>
                <main><article>
                <h1>Ceasefire talks resume in Geneva</h1>
                %s
                <div class="byline">By Jane Roe</div>
                <div class="article-body">
                <p>GENEVA — Negotiators from both sides returned to the table on Tuesday, three weeks after the last round of talks collapsed without agreement.</p>
                <p>The mediators said the first session lasted more than six hours and ended with a joint statement, the first since the fighting began in the spring.</p>
                <h2>What is on the table</h2>
                <p>Diplomats familiar with the draft said it covers three points, each of which has been rejected before in some form:</p>
                <ul><li>a phased withdrawal of heavy weapons from the front line;</li><li>the exchange of all prisoners held since March;</li><li>a monitoring mission under a neutral flag.</li></ul>
                <blockquote>“We are closer than we have been at any point this year, but nothing is agreed until everything is agreed,” one mediator told reporters outside the hall.</blockquote>
                <div class="related-articles"><h3>Related</h3><ul><li><a href="/a">Earlier talks collapse after a single day in the city</a></li><li><a href="/b">Who are the mediators and what do they want from this</a></li></ul></div>
                <p>The talks are expected to continue on Wednesday, when the delegations will discuss the prisoner exchange in detail and a possible timetable.</p>
                </div>
                <div class="share-tools"><a href="#">Share on Facebook</a> <a href="#">Share on X</a></div>
                </article>
                <section class="comments"><h2>Comments</h2><p>This is the best news I have read all week and I really do hope they keep going until a full agreement is reached.</p></section>
                </main>
                <aside><h3>Most read</h3><ol><li><a href="/c">Storm batters the coast overnight, leaving thousands without power</a></li></ol></aside>
                <footer><p>© 2024 The Daily Example. All rights reserved. Registered in England and Wales under company number 1234567.</p></footer>
                </body></html>
                """.formatted(head, extraArticleTop);
    }

    static final String JSON_LD = """
            <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"The Daily Example"},
            {"@type":"NewsArticle","headline":"Ceasefire talks resume in Geneva","datePublished":"2024-04-23T22:15:00-04:00",
             "dateModified":"2024-04-24T08:00:00Z","author":[{"@type":"Person","name":"Jane Roe"},{"@type":"Person","name":"John Doe"}],
             "inLanguage":"en-GB"}]}</script>
            <meta property="og:title" content="Ceasefire talks resume in Geneva">
            <meta property="og:site_name" content="The Daily Example">
            <meta property="article:published_time" content="2024-04-20T10:00:00Z">
            """;

    @Test
    void mainTextKeepsArticleBlocksInOrderAndDropsChrome() {
        WebPage p = HtmlReader.read(page(JSON_LD, ""), "https://news.example.org/world/ceasefire-talks-resume?ref=rss");
        List<String> paragraphs = List.of(p.text().split("\n\n"));
        assertEquals(List.of(
                "GENEVA — Negotiators from both sides returned to the table on Tuesday, three weeks after the last round of talks collapsed without agreement.",
                "The mediators said the first session lasted more than six hours and ended with a joint statement, the first since the fighting began in the spring.",
                "What is on the table",
                "Diplomats familiar with the draft said it covers three points, each of which has been rejected before in some form:",
                "a phased withdrawal of heavy weapons from the front line;",
                "the exchange of all prisoners held since March;",
                "a monitoring mission under a neutral flag.",
                "“We are closer than we have been at any point this year, but nothing is agreed until everything is agreed,” one mediator told reporters outside the hall.",
                "The talks are expected to continue on Wednesday, when the delegations will discuss the prisoner exchange in detail and a possible timetable."),
                paragraphs);
        assertFalse(p.text().contains("cookies"));
        assertFalse(p.text().contains("Comments"));
    }

    @Test
    void metadataFromJsonLdFirst() {
        WebPage p = HtmlReader.read(page(JSON_LD, ""), "https://news.example.org/x");
        assertEquals("Ceasefire talks resume in Geneva", p.title());
        assertEquals(List.of("Jane Roe", "John Doe"), p.authors());
        // The day as the page writes it, in its own offset, and JSON-LD trusted over the meta tag.
        assertEquals(new Published(LocalDate.of(2024, 4, 23), Published.How.METADATA, 0.95, "JSON-LD datePublished"),
                p.published());
        assertEquals(LocalDate.of(2024, 4, 24), p.modified().date());
        assertEquals("https://news.example.org/world/ceasefire-talks-resume", p.canonicalUrl());
        assertEquals("en-gb", p.language());
        assertEquals("The Daily Example", p.siteName());
        assertEquals("https://news.example.org/world/ceasefire-talks-resume", p.toArticle("a").url());
        assertFalse(p.toArticle("a").text().startsWith("Ceasefire"), "the headline is not repeated in the text");
        ArticleMeta meta = p.toArticle("a").meta();
        assertEquals(List.of("Jane Roe", "John Doe"), meta.authors());
        assertEquals("json-ld author", meta.authorsFrom());
        assertEquals("json-ld dateModified", meta.modified().evidence());
        assertEquals("html lang attribute", meta.languageFrom());
        assertEquals("https://news.example.org/world/ceasefire-talks-resume", meta.canonicalUrl());
    }

    @Test
    void undeclaredLanguageIsGuessedAndSaidToBe() {
        String html = "<html><head><title>Gespräche</title></head><body><article><p>Die Unterhändler beider Seiten sind am "
                + "Dienstag an den Verhandlungstisch zurückgekehrt, drei Wochen nachdem die letzte Runde ohne Einigung "
                + "zu Ende gegangen war.</p><p>Die Vermittler sagten, die erste Sitzung habe mehr als sechs Stunden "
                + "gedauert und sei mit einer gemeinsamen Erklärung zu Ende gegangen, der ersten seit dem Frühjahr.</p>"
                + "</article></body></html>";
        WebPage p = HtmlReader.read(html, null);
        assertEquals("de", p.language());
        assertEquals("detected from function words", p.languageFrom());
        WebPage none = HtmlReader.read("<html><head><meta property=\"article:author\" content=\"Jane Roe\"></head>"
                + "<body><article><p>Short.</p></article></body></html>", null);
        assertNull(none.language(), "too little text to tell");

        WebPage template = HtmlReader.read(html.replace("<html>", "<html lang=\"en\">"), null);
        assertEquals("de", template.language(), "the text wins over a template's declaration");
        assertEquals("en", template.declaredLanguage());
        assertTrue(template.languageFrom().contains("declares en"), template.languageFrom());
        String zulu = "<p>" + "Abantu abaningi bahlangane edolobheni ukuzobona umcimbi omkhulu wonyaka. ".repeat(15) + "</p>";
        WebPage unread = HtmlReader.read("<html lang=\"en\"><body><article>" + zulu + "</article></body></html>", null);
        assertNull(unread.language());
        assertTrue(unread.languageFrom().contains("does not read as it"), unread.languageFrom());
        assertEquals("meta author", none.authorsFrom());
    }

    @Test
    void datesFallBackInOrderOfTrust() {
        WebPage meta = HtmlReader.read(page("<meta property=\"article:published_time\" content=\"2024-04-20T10:00:00Z\">", ""), null);
        assertEquals(LocalDate.of(2024, 4, 20), meta.published().date());
        assertEquals("meta article:published_time", meta.published().evidence());

        WebPage time = HtmlReader.read(page("", "<time datetime=\"2024-03-02T09:00\">2 March</time>"),
                "https://news.example.org/2023/01/05/story");
        assertEquals(LocalDate.of(2024, 3, 2), time.published().date());
        assertEquals(Published.How.METADATA, time.published().how());

        WebPage url = HtmlReader.read(page("", ""), "https://news.example.org/2023/01/05/story");
        assertEquals(LocalDate.of(2023, 1, 5), url.published().date());
        assertEquals(Published.How.INFERRED, url.published().how());

        String dateline = page("", "").replace("GENEVA — Negotiators", "GENEVA, April 9, 2024 — Negotiators");
        WebPage visible = HtmlReader.read(dateline, "https://news.example.org/story");
        assertEquals(LocalDate.of(2024, 4, 9), visible.published().date());
        assertTrue(visible.published().evidence().contains("dateline"));

        WebPage none = HtmlReader.read(page("", ""), "https://news.example.org/story");
        assertEquals(Published.How.UNKNOWN, none.published().how());
        assertTrue(none.problems().isEmpty(), "the analysis reports the unknown date, not the reader: " + none.problems());
    }

    @Test
    void visibleDatelineAfterTheHeadlineThenTheDocumentTitle() {
        // A picture's caption with its own date comes first, then the dateline with a two-digit year.
        String top = "<div class=\"pic\">Negotiators arrive at the lakeside hall in Geneva, 2. April 2024</div>"
                + "<div class=\"line\">Do 25.04.24 | 14:07 Uhr</div>";
        WebPage p = HtmlReader.read(page("", top), "https://news.example.org/story");
        assertEquals(LocalDate.of(2024, 4, 25), p.published().date());
        assertEquals(Published.How.INFERRED, p.published().how());
        assertTrue(p.published().evidence().startsWith("dateline after the headline"));
        // A date linked from the header is another story's; the document title's date stands then.
        String linked = page("", "<a href=\"/older\">Earlier: 1. März 2024</a>")
                .replace("| The Daily Example</title>", "| The Daily Example | 28.04.2024</title>");
        WebPage q = HtmlReader.read(linked, "https://news.example.org/story");
        assertEquals(LocalDate.of(2024, 4, 28), q.published().date());
        assertEquals("date in the document title", q.published().evidence());
        // Without an h1 the byline and dateline follow the heading that holds the title.
        String h3 = page("", "").replace("<h1>Ceasefire talks resume in Geneva</h1>",
                "<h3><span>Geneva</span> - <span>Ceasefire talks resume in Geneva</span></h3>"
                + "<div>Tue 2024/04/23 | By <span class=\"authorname\">Jane Roe</span></div>")
                .replace("<div class=\"byline\">By Jane Roe</div>", "");
        WebPage r = HtmlReader.read(h3, "https://news.example.org/story");
        assertEquals(LocalDate.of(2024, 4, 23), r.published().date());
        assertEquals(List.of("Jane Roe"), r.authors());
        assertEquals(LocalDate.of(2026, 1, 29), Dates.visible("입력 2026.01.29 18:40"));
        assertEquals(LocalDate.of(2025, 1, 14), Dates.visible("2025年1月14日 東京朝刊"));
        assertNull(Dates.visible("version 2.1.3"));
    }

    @Test
    void scriptRenderedPageFallsBackOnTheJsonLdArticleBody() {
        String ld = "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Talks resume\","
                + "\"articleBody\":\"Negotiators returned to the table on Tuesday, three weeks after the last round collapsed.\\n"
                + "The mediators said the first session lasted more than six hours and ended with a joint statement.\"}</script>";
        String shell = "<html><head><title>Talks resume</title>" + ld + "</head><body><div id=\"app\"><h1>Talks resume</h1>"
                + "<p>Loading…</p></div></body></html>";
        WebPage p = HtmlReader.read(shell, null);
        assertEquals(List.of("Negotiators returned to the table on Tuesday, three weeks after the last round collapsed.",
                "The mediators said the first session lasted more than six hours and ended with a joint statement."),
                List.of(p.text().split("\n\n")));
        // A page that shows its story keeps the markup's text, whatever the articleBody says.
        WebPage shown = HtmlReader.read(page(ld, ""), null);
        assertTrue(shown.text().contains("What is on the table"));
    }

    @Test
    void teaserWrappedWholeInALinkIsNoParagraph() {
        String teaser = "<div class=\"box\"><a href=\"/podcast\"><h4>The weekly politics podcast</h4><p>Every Friday our "
                + "politics desk discusses one topic from the capital in depth, with guests from all parties and the press gallery.</p></a></div>";
        String html = page("", "").replace("</div>\n<div class=\"share-tools\">", teaser + "</div>\n<div class=\"share-tools\">");
        WebPage p = HtmlReader.read(html, null);
        assertTrue(html.contains("weekly politics podcast"));
        assertFalse(p.text().contains("politics desk"), p.text());
        assertTrue(p.text().endsWith("a possible timetable."));
    }

    @Test
    void proseBeforeTheHeadlineInTheArticlesContainerIsAnotherStory() {
        String before = "<div class=\"top-story\"><p>The first autonomous race of the season has ended with a win for the "
                + "university team, although the event itself was anything but free of problems for the organisers.</p></div>";
        String html = page("", "").replace("<main><article>", "<main><article>" + before);
        WebPage p = HtmlReader.read(html, null);
        assertFalse(p.text().contains("autonomous race"), p.text());
        assertTrue(p.text().startsWith("GENEVA"));
    }

    @Test
    void timeStampLinesAreNoPartOfTheText() {
        String html = page("", "<p>Updated 23.04.2024, 12:24 | Reading time: 5 min.</p>")
                .replace("<li>the exchange of all prisoners held since March;</li>",
                        "<li>the exchange of all prisoners held since March;</li><li>12 May 2024: talks resume.</li>");
        WebPage p = HtmlReader.read(html, null);
        assertFalse(p.text().contains("Reading time"), p.text());
        assertTrue(p.text().contains("12 May 2024: talks resume."));
        assertTrue(MainText.stamp("Actualizado a las 20:56h."));
        assertTrue(MainText.stamp("2025年1月14日 01時28分 (1月14日 01時40分更新)"));
        assertFalse(MainText.stamp("On 12 May 2024 the delegations met again in Geneva for a third round of talks."));
    }

    @Test
    void scriptRenderedPageFallsBackOnTheHtmlItsScriptsCarry() {
        String para = "Negotiators from both sides returned to the table on Tuesday, three weeks after the last round of talks "
                + "collapsed without agreement, and the mediators said the first session lasted more than six hours.";
        StringBuilder story = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            story.append("\\u003cp class=\\\"editor-p\\\"\\u003e").append(para.replace("Tuesday", "day " + i)).append("\\u003c/p\\u003e");
        }
        String shell = "<html><head><title>Talks resume</title></head><body><div id=\"root\"><h1>Talks resume</h1></div>"
                + "<script>self.__next_f.push([1,\"" + story + "\"])</script></body></html>";
        WebPage p = HtmlReader.read(shell, null);
        assertEquals(5, p.text().split("\n\n").length, p.text());
        assertTrue(p.text().startsWith("Negotiators from both sides returned to the table on day 0"));
        // A literal a megabyte long, unterminated, costs no stack and yields nothing.
        assertTrue(ScriptStrings.withParagraphs("x=\"" + "\\u003cp".repeat(200_000)).isEmpty());
    }

    @Test
    void theNextStoryStreamedInBelowIsAnotherArticle() {
        String next = "<div class=\"under-article\"><article><h2>Coach linked with a return to his old club</h2>"
                + "<p>Rumours about the coach returning to his old club began on Monday evening, when a newspaper reported that he was the leading candidate.</p>"
                + "<p>According to the report the club has started talks with several candidates for an interim role until the end of the season.</p>"
                + "<p>The coach's agent did not answer when asked on Monday whether his client would be open to a return to the club.</p>"
                + "<p>Several senior players are said to be in favour of the return, among them the captain and two of the club's longest-serving defenders.</p>"
                + "</article></div>";
        WebPage p = HtmlReader.read(page("", "").replace("</main>", next + "</main>"), null);
        assertFalse(p.text().contains("Rumours"), p.text());
        assertTrue(p.text().endsWith("a possible timetable."));
    }

    @Test
    void teaserSummariesBesideTheHeadlinesArticleAreNotTheStory() {
        String list = "<section><ol class=\"list-articles\"><li><h3>Race ends</h3><p>The first autonomous race of the season has ended "
                + "with a win for the university team, although the event was anything but free of problems.</p></li>"
                + "<li><h3>Logged out</h3><p>Numerous users were surprised when they were logged out of their accounts without warning "
                + "and then had to change their passwords before they could sign in again.</p></li></ol></section>";
        String html = page("", "").replace("<main><article>", "<main><div class=\"g6\"><article>")
                .replace("</article>", "</article>" + list + "</div>");
        WebPage p = HtmlReader.read(html, null);
        assertFalse(p.text().contains("autonomous race"), p.text());
        assertFalse(p.text().contains("logged out"), p.text());
        assertTrue(p.text().startsWith("GENEVA"));
    }

    @Test
    void aTeasersTextIsStillATeaserButTheArticlesOwnTeaserIsItsLead() {
        String teaser = "<div class=\"box hideTeasertext\"><p>Every Friday our politics desk discusses one topic from the capital "
                + "in depth, with guests from all parties and from the press gallery.</p></div>";
        String lead = "<div class=\"ArticleModuleTeaser_teaserText\"><p>Talks between the two sides resumed in Geneva after a pause "
                + "of three weeks, with mediators cautiously optimistic about a first joint statement.</p></div>";
        String html = page("", lead).replace("</div>\n<div class=\"share-tools\">", teaser + "</div>\n<div class=\"share-tools\">");
        WebPage p = HtmlReader.read(html, null);
        assertFalse(p.text().contains("politics desk"), p.text());
        assertTrue(p.text().startsWith("Talks between the two sides"), p.text());
    }

    @Test
    void theNoteAboutTheAuthorThatClosesThePageGoes() {
        List<String> text = List.of("Negotiators returned to the table on Tuesday.", "The talks continue on Wednesday.",
                "ABOUT THE AUTHOR", "Jane Roe is a producer filing stories on the Middle East for the parliamentary bureau.");
        assertEquals(text.subList(0, 2), HtmlReader.withoutAuthorNote(text, List.of("Jane Roe")));
        // The story itself may open with its author's name; and a desk is no person.
        List<String> story = List.of("Jane Roe is leaving the ministry after ten years, she told reporters on Tuesday.", "More later.");
        assertEquals(story, HtmlReader.withoutAuthorNote(story, List.of("Jane Roe")));
        assertEquals(text, HtmlReader.withoutAuthorNote(text, List.of("Reuters")));
    }

    @Test
    void titleIsTheJsonLdHeadlineWhereOtherPlacesAgree() {
        String head = "<meta property=\"og:title\" content=\"Talks resume\"><meta name=\"twitter:title\" content=\"Talks resume\">"
                + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Talks resume\"}</script>";
        assertEquals("Talks resume", HtmlReader.read(page(head, ""), null).title());
        assertEquals("Ceasefire talks resume in Geneva", HtmlReader.read(page("", ""), null).title());
    }

    @Test
    void ofTwoVersionsOfOneHeadlineTheShorterIsTaken() {
        assertTrue(TitleOptions.variants("Your bill could be worth thousands - here's how to check",
                "Your bill could be worth thousands - here's how to check if you have the rare one"));
        assertFalse(TitleOptions.variants("Talks resume in Geneva", "Storm batters the coast overnight"));
        String head = "<meta property=\"og:title\" content=\"Talks resume in Geneva\">"
                + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Talks resume in Geneva after pause\"}</script>";
        assertEquals("Talks resume in Geneva", HtmlReader.read(page(head, ""), null).title());
    }

    @Test
    void siteNamesAreCutFromTitles() {
        List<String> golem = SiteNames.of(null, "https://www.golem.de/news/x.html");
        assertEquals("LTE-Patent: Samsung soll zerstören", SiteNames.withoutSiteTail("LTE-Patent: Samsung soll zerstören - Golem.de", golem));
        List<String> example = SiteNames.of("The Daily Example", "https://news.example.org/x");
        assertEquals("Talks resume - a first round", SiteNames.withoutSiteTail("Talks resume - a first round", example));
        assertEquals("Talks resume in Geneva", SiteNames.withoutSiteTail("Talks resume in Geneva | The Daily Example", example));
        assertEquals("Talks resume in Geneva", SiteNames.withoutSiteTail("Talks resume in Geneva - World | Example.org", example));
        assertEquals("Talks resume in Geneva", SiteNames.withoutSiteTail("Talks resume in Geneva | The Daily Example | by Jane Doe", example));
        assertEquals("Talks resume in Geneva - then stall", SiteNames.withoutSiteTail("Talks resume in Geneva - then stall - The Daily Example", example));
        // Japanese writes no spaces between words: the headline before the tail is long enough to stand alone.
        List<String> shimbun = SiteNames.of("東京日報", "https://www.example.jp/x");
        assertEquals("停戦交渉が再開　最終案に合意か", SiteNames.withoutSiteTail("停戦交渉が再開　最終案に合意か - 東京日報", shimbun));
        // Korean and Japanese titles glue the name (and a section) on without spaces; Latin compounds keep theirs.
        List<String> ilbo = SiteNames.of("한국일보", "https://www.example.kr/x");
        assertEquals("휴전 협상 재개 최종안 합의", SiteNames.withoutSiteTail("휴전 협상 재개 최종안 합의-정치ㅣ한국일보", ilbo));
        assertEquals("停戦交渉が再開　最終案に合意か", SiteNames.withoutSiteTail("停戦交渉が再開　最終案に合意か：東京日報デジタル", shimbun));
        List<String> zeit = SiteNames.of("Zeit", "https://www.example.de/x");
        assertEquals("Was bleibt von der Corona-Zeit", SiteNames.withoutSiteTail("Was bleibt von der Corona-Zeit", zeit));
        assertEquals(1, SiteNames.words("Talks"));
        assertEquals(6, SiteNames.words("停戦交渉が再開　最終案に合意か"));
        String head = "<meta property=\"og:title\" content=\"Talks resume - Example News\">"
                + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Talks resume - Example News\"}</script>";
        String html = page(head, "").replace("<title>Ceasefire talks resume in Geneva | The Daily Example</title>",
                "<title>Talks resume - Example News</title>");
        assertEquals("Talks resume", HtmlReader.read(html, "https://www.example.org/x").title());
    }

    @Test
    void authorMetaTagsOfAnalyticsToolsCountAndSlugsDoNot() {
        String head = "<meta property=\"article:author\" content=\"https://news.example.org/authors\">"
                + "<meta name=\"parsely-author\" content=\"jane-roe\"><meta name=\"sailthru.author\" content=\"Jane Roe\">";
        WebPage p = HtmlReader.read(page(head, "").replace("<div class=\"byline\">By Jane Roe</div>", ""), null);
        assertEquals(List.of("Jane Roe"), p.authors());
        assertEquals("meta author", p.authorsFrom());
        WebPage named = HtmlReader.read(page("<meta name=\"article:author\" content=\"John Doe\">", ""), null);
        assertEquals(List.of("John Doe"), named.authors());
        // Initials a paper signs with are dropped; "og", "och", "et" and "en" join two names as "and" does.
        WebPage signed = HtmlReader.read(page("<meta name=\"author\" content=\"Jane Roe (jro.), John Doe (jd)\">", ""), null);
        assertEquals(List.of("Jane Roe", "John Doe"), signed.authors());
        WebPage joined = HtmlReader.read(page("<meta name=\"author\" content=\"Jane Roe og John Doe\">", ""), null);
        assertEquals(List.of("Jane Roe", "John Doe"), joined.authors());
        assertFalse(Bylines.looksLikeName("jane-roe"));
        assertTrue(Bylines.looksLikeName("Jean-Pierre Roe"));
    }

    @Test
    void bylineMarkupOfTheHeadlinesArticleBeforeTeasersAndAuthorLinks() {
        String teasers = "<aside><article><h3>Storm batters the coast</h3><span itemprop=\"author\"><span itemprop=\"name\">John Doe"
                + "</span></span></article></aside>";
        String html = page("", "<span itemprop=\"author\"><span itemprop=\"name\">Jane Roe</span></span>"
                + "<a href=\"/author/jane-roe/\">Latest Posts</a>").replace("</main>", "</main>" + teasers);
        WebPage p = HtmlReader.read(html, "https://news.example.org/x");
        assertEquals(List.of("Jane Roe"), p.authors());
        assertEquals("byline markup", p.authorsFrom());
        WebPage microdata = HtmlReader.read(page("", "<p class=\"meta\">15.04.2024, 10:05; <span itemprop=\"author\">jro;jdo</span></p>")
                .replace("<div class=\"byline\">By Jane Roe</div>", ""), null);
        assertEquals(List.of("jro", "jdo"), microdata.authors());
        WebPage links = HtmlReader.read(page("", "<a href=\"/author/jane-roe/\">Jane Roe</a>"), null);
        assertEquals(List.of("Jane Roe"), links.authors());
    }

    @Test
    void siteSigningAsAuthorYieldsToAPersonsVisibleByline() {
        String ld = "<meta property=\"og:site_name\" content=\"The Daily Example\"><script type=\"application/ld+json\">"
                + "{\"@type\":\"NewsArticle\",\"author\":{\"@type\":\"Organization\",\"name\":\"The Daily Example\"}}</script>";
        WebPage p = HtmlReader.read(page(ld, ""), "https://www.dailyexample.org/x");
        assertEquals(List.of("Jane Roe"), p.authors());
        assertEquals("byline markup", p.authorsFrom());
        // Nested byline markup is read innermost, piece by piece; the site's name beside the person goes.
        String nested = "<div class=\"article-authors\"><span class=\"author-label\">capital</span>"
                + "<ul><li class=\"authors__item\">von <a href=\"/p/1\">Jane Roe</a> und <a href=\"/p/2\">John Doe</a>, The Daily Example</li>"
                + "<li class=\"authors__meta\">5. November 2024</li></ul></div>";
        WebPage q = HtmlReader.read(page("<meta name=\"author\" content=\"dailyexample.org\">", nested)
                .replace("<div class=\"byline\">By Jane Roe</div>", ""), "https://www.dailyexample.org/x");
        assertEquals(List.of("Jane Roe", "John Doe"), q.authors());
        // A byline below a teaser or in the comments is no author of the story; then the site signs it.
        WebPage r = HtmlReader.read(page("<meta name=\"author\" content=\"The Daily Example\">", "")
                .replace("<div class=\"byline\">By Jane Roe</div>", "")
                .replace("<h2>Comments</h2>", "<h2>Comments</h2><span class=\"comment-author\">Max Mustermann</span>"),
                "https://www.dailyexample.org/x");
        assertEquals(List.of("The Daily Example"), r.authors());
        // An agency is an author in its own right, and so is a person in the link preview's "Written by" line.
        WebPage agency = HtmlReader.read(page("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
                + "\"author\":[{\"@type\":\"Organization\",\"name\":\"AFP\"}]}</script>", ""), "https://www.dailyexample.org/x");
        assertEquals(List.of("AFP"), agency.authors());
        WebPage yoast = HtmlReader.read(page("<meta name=\"author\" content=\"jane@dailyexample.org\">"
                + "<meta name=\"twitter:label1\" content=\"Written by\"><meta name=\"twitter:data1\" content=\"Jane Roe\">", ""), null);
        assertEquals(List.of("Jane Roe"), yoast.authors());
        assertEquals("meta author", yoast.authorsFrom());
    }

    @Test
    void labelledAuthorFieldOfAFactBoxWhenNothingElseNamesAPerson() {
        String box = "<ul class=\"facts\"><li><strong>Datum</strong> 28.04.2024</li><li><strong>Autorin/Autor</strong> Jane Roe</li></ul>";
        String html = page("<meta name=\"author\" content=\"The Daily Example (www.dailyexample.org)\">", "")
                .replace("<div class=\"byline\">By Jane Roe</div>", "").replace("</main>", "</main>" + box);
        WebPage p = HtmlReader.read(html, "https://www.dailyexample.org/story");
        assertEquals(List.of("Jane Roe"), p.authors());
        assertEquals("labelled author field", p.authorsFrom());
        String table = "<table><tr><th>Author:</th><td>John Doe</td></tr></table>";
        WebPage q = HtmlReader.read(page("", "").replace("<div class=\"byline\">By Jane Roe</div>", "").replace("</main>", "</main>" + table), null);
        assertEquals(List.of("John Doe"), q.authors());
        WebPage editors = HtmlReader.read(page("", "").replace("<div class=\"byline\">By Jane Roe</div>", "")
                .replace("</main>", "</main><div class=\"edit\">(责编：牛镛、岳弘彬)</div>"), null);
        assertEquals(List.of("牛镛", "岳弘彬"), editors.authors());
    }

    @Test
    void printBylineParagraphWhenOnlyTheSiteSignsElsewhere() {
        String html = page("<meta name=\"author\" content=\"The Daily Example\">",
                "<p><em>…as talks resume</em></p><p><strong>Jane Roe/John Doe</strong></p>")
                .replace("<div class=\"byline\">By Jane Roe</div>", "");
        WebPage p = HtmlReader.read(html, "https://www.dailyexample.org/story");
        assertEquals(List.of("Jane Roe", "John Doe"), p.authors());
        assertEquals("byline paragraph", p.authorsFrom());
        // A bold subhead is no byline.
        WebPage q = HtmlReader.read(page("<meta name=\"author\" content=\"The Daily Example\">",
                "<p><strong>What is on the table?</strong></p><p><strong>Talks resume in Geneva</strong></p>")
                .replace("<div class=\"byline\">By Jane Roe</div>", ""), "https://www.dailyexample.org/story");
        assertEquals(List.of("The Daily Example"), q.authors());
        // The CMS's administrator account publishes; the byline paragraph names who wrote it.
        String ld = "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"author\":{\"@id\":"
                + "\"https://www.dailyexample.org/author/admin/\",\"name\":\"Daily D\"}}</script>";
        WebPage admin = HtmlReader.read(page(ld, "<span class=\"author vcard\"><a href=\"/author/admin/\">Daily D</a></span>"
                + "<p><strong>JANE ROE</strong></p>").replace("<div class=\"byline\">By Jane Roe</div>", ""),
                "https://www.dailyexample.org/story");
        assertEquals(List.of("JANE ROE"), admin.authors());
    }

    @Test
    void declaredCharsetIsUsedAndUndeclaredGuessIsReported() throws Exception {
        String html = "<html><head><meta charset=\"windows-1251\"><title>Новости</title></head><body><article>"
                + "<p>Переговоры возобновились во вторник, через три недели после того, как предыдущий раунд закончился ничем.</p>"
                + "<p>Посредники сообщили, что первая сессия длилась более шести часов и завершилась совместным заявлением.</p>"
                + "</article></body></html>";
        WebPage declared = HtmlReader.read(html.getBytes(Charset.forName("windows-1251")), null, null);
        assertTrue(declared.text().startsWith("Переговоры возобновились"));
        assertTrue(declared.problems().stream().noneMatch(x -> x.code().equals("charset-assumed")));

        String undeclared = html.replace("<meta charset=\"windows-1251\">", "");
        WebPage guessed = HtmlReader.read(undeclared.getBytes(Charset.forName("windows-1251")), null, null);
        assertTrue(guessed.text().startsWith("Переговоры возобновились"), guessed.text());
        assertTrue(guessed.problems().stream().anyMatch(x -> x.code().equals("charset-assumed")
                && x.message().contains("windows-1251")));
    }

    @Test
    void whatFollowsTheLastParagraphIsDroppedUnlessAnnounced() {
        String p1 = "<p>Negotiators from both sides returned to the table on Tuesday, three weeks after the last round of talks collapsed.</p>";
        String announced = "<p>The mediators listed the points that both delegations have now accepted in writing, as follows:</p>"
                + "<ul><li>a phased withdrawal of heavy weapons;</li><li>an exchange of prisoners.</li></ul>";
        String tail = "<p>Jane Roe is our correspondent.</p><ul><li>Topics: Diplomacy</li><li>Geneva talks</li></ul>";
        WebPage kept = HtmlReader.read("<html><body><article>" + p1 + announced + "</article></body></html>", null);
        assertTrue(kept.text().endsWith("an exchange of prisoners."), kept.text());
        WebPage dropped = HtmlReader.read("<html><body><article>" + p1 + p1.replace("Tuesday", "Monday") + tail
                + "</article></body></html>", null);
        assertTrue(dropped.text().endsWith("collapsed."), dropped.text());
    }

    static final String P1 = "<p>Negotiators from both sides returned to the table on Tuesday, three weeks after the last round of talks collapsed.</p>";
    static final String P2 = "<p>The mediators said the first session lasted more than six hours and ended with a joint statement by both.</p>";
    static final String P3 = "<p>The talks are expected to continue on Wednesday, when the delegations will discuss the prisoner exchange and a possible timetable.</p>";

    @Test
    void hiddenTextIsDroppedUnlessItIsTheArticle() {
        WebPage byClass = HtmlReader.read("<html><body><article>" + P1 + P2 + "<div class=\"promo hidden\">" + P3
                + "</div></article></body></html>", null);
        assertFalse(byClass.text().contains("Wednesday"), byClass.text());

        WebPage paywalled = HtmlReader.read("<html><body><article>" + P1 + P2
                + P3.replace("<p>", "<p class=\"paywall\" aria-hidden=\"true\">") + "</article></body></html>", null);
        assertTrue(paywalled.text().contains("Wednesday"), paywalled.text());

        WebPage streamed = HtmlReader.read("<html><body><div class=\"teaser\">Short teaser</div><div hidden id=\"S:1\">"
                + P1 + P2 + P3 + "</div></body></html>", null);
        assertEquals(3, streamed.text().split("\n\n").length, streamed.text());

        WebPage form = HtmlReader.read("<html><body><form id=\"aspnetForm\"><div class=\"LongDesc\"><div>"
                + (P1 + P2 + P3).replace("<p>", "").replace("</p>", "<br><br>") + "</div></div></form></body></html>", null);
        assertEquals(3, form.text().split("\n\n").length, form.text());
    }

    @Test
    void pageWithoutBodyTextHasNoText() {
        WebPage p = HtmlReader.read("<html><head><title>Nothing here</title></head></html>", null);
        assertEquals("", p.text());
        assertNull(p.canonicalUrl());
    }
}
