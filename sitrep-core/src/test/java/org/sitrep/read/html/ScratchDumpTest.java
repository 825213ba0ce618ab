package org.sitrep.read.html;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.sitrep.eval.HtmlEval;

class ScratchDumpTest {
    @Test
    void dump() throws Exception {
        Path dir = Path.of("/work/shared/eval/html-fundus");
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of("/tmp/title-dump.txt")))) {
            for (HtmlEval.Sample s : HtmlEval.samples(dir)) {
                String html = new String(s.bytes(), java.nio.charset.StandardCharsets.UTF_8);
                Document doc = Jsoup.parse(html, s.url() == null ? "" : s.url());
                JsonNode art = JsonLd.article(JsonLd.objects(doc));
                String want = s.expected().path("title").asText("");
                String got = Titles.of(doc, art, s.url());
                boolean ok = HtmlEval.sameTitle(want, got);
                out.printf("=== %s %s %s %s%n  url  %s%n  want %s%n  got  %s%n", ok ? "OK  " : "MISS", s.country(), s.page().getFileName(), HtmlEval.ENGLISH.contains(s.country()) ? "EN" : "", s.url(), want, got);
                out.printf("  ld   %s%n  og   %s%n  tw   %s%n  h1   %s%n  doc  %s%n  site %s%n", JsonLd.text(art, "headline"), HtmlReader.meta(doc, "og:title"), HtmlReader.meta(doc, "twitter:title"),
                        doc.selectFirst("h1") == null ? null : doc.selectFirst("h1").text(), doc.title(), HtmlReader.meta(doc, "og:site_name"));
            }
        }
    }
}
