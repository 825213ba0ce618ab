package org.sitrep.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.sitrep.model.Article;
import org.sitrep.model.Problem;
import org.sitrep.model.Published;

/**
 * Reads an XML collection of news articles, one document per {@code <article docid="…">} holding
 * {@code <title>}, {@code <url>}, {@code <domain>}, {@code <dltime>} (download time, taken as the
 * publication date) and {@code <text>} — the layout of the LGL geoparsing corpus. Other elements (gold
 * annotations) are skipped. A streaming parser keeps memory flat on large files.
 */
public final class ArticleSetXml {

    private static final java.util.Set<String> FIELDS = java.util.Set.of("title", "url", "domain", "dltime", "text");

    private ArticleSetXml() {
    }

    /** Whether the file is such a collection: an XML file whose root element is {@code <articles>}. */
    public static boolean accepts(Path f) {
        if (!f.getFileName().toString().endsWith(".xml") || !Files.isRegularFile(f)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(f)) {
            XMLStreamReader r = factory().createXMLStreamReader(in);
            while (r.hasNext()) {
                if (r.next() == XMLStreamReader.START_ELEMENT) {
                    return r.getLocalName().equals("articles");
                }
            }
        } catch (IOException | XMLStreamException e) {
            return false;
        }
        return false;
    }

    public static List<ReadResult> read(Path f) {
        List<ReadResult> out = new ArrayList<>();
        try (InputStream in = Files.newInputStream(f)) {
            XMLStreamReader r = factory().createXMLStreamReader(in);
            String id = null;
            String title = null;
            String url = null;
            String domain = null;
            String dltime = null;
            String text = null;
            int depth = 0;
            while (r.hasNext()) {
                int ev = r.next();
                if (ev == XMLStreamReader.START_ELEMENT) {
                    depth++;
                    String name = r.getLocalName();
                    if (name.equals("article")) {
                        id = r.getAttributeValue(null, "docid");
                        title = url = domain = dltime = text = null;
                    } else if (depth == 3 && FIELDS.contains(name)) {
                        String v = r.getElementText();
                        depth--;
                        switch (name) {
                            case "title" -> title = v.strip();
                            case "url" -> url = v.strip();
                            case "domain" -> domain = v.strip();
                            case "dltime" -> dltime = v.strip();
                            case "text" -> text = v;
                            default -> { }
                        }
                    }
                } else if (ev == XMLStreamReader.END_ELEMENT) {
                    depth--;
                    if (r.getLocalName().equals("article")) {
                        out.add(article(f + "#" + id, id, title, url, domain, dltime, text));
                    }
                }
            }
        } catch (IOException | XMLStreamException e) {
            out.add(ReadResult.failed(f.toString(), "not a readable article collection: " + e.getMessage()));
        }
        return out;
    }

    private static ReadResult article(String origin, String id, String title, String url, String domain,
                                      String dltime, String text) {
        if (text == null || text.isBlank()) {
            return ReadResult.failed(origin, "empty document: no text");
        }
        List<Problem> problems = new ArrayList<>();
        Published published = Published.UNKNOWN;
        if (dltime != null && dltime.length() >= 10) {
            try {
                published = new Published(LocalDate.parse(dltime.substring(0, 10)), Published.How.METADATA, 0.9,
                        "download time");
            } catch (DateTimeParseException e) {
                problems.add(Problem.warning("bad-date", "download time is not a date: " + dltime));
            }
        }
        String canonical = text.replace("\r\n", "\n").replace('\r', '\n');
        return ReadResult.ok(origin, new Article(id == null ? origin : id, domain, url, title, published, canonical),
                problems);
    }

    private static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return f;
    }
}
