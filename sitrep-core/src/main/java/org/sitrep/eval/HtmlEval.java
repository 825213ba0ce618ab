package org.sitrep.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.sitrep.read.Languages;
import org.sitrep.read.UnreadableInputException;
import org.sitrep.read.html.HtmlReader;
import org.sitrep.read.html.TitleOptions;
import org.sitrep.read.html.WebPage;

/**
 * Scores the HTML reader on the html-fundus pages: {@code <cc>/<Publisher>_<yyyy_mm_dd>.html.gz} with the
 * expected output in {@code <cc>/<Publisher>.json}, one entry per page keyed by parser version (V1, V1_1,
 * V2…) in the order of the page dates, and each page's URL in {@code <cc>/meta.info}. Body: token
 * precision, recall and F1 of the extracted text against the expected summary, subheads and paragraphs
 * (multiset of lower-cased letter/digit tokens), averaged over pages. Title: exact match after spaces are
 * normalised, invisible characters (soft hyphens, zero-width spaces) dropped and typographic quotes made
 * straight. Date: same calendar day
 * as the expected publishing date, on pages that have one. Authors: the same set of names
 * (case-insensitive), on pages whose expected output lists authors. Language: the guess from the extracted
 * text alone agrees with the language the page declares, on pages that declare one.
 */
public final class HtmlEval {

    /** Folders whose pages are in English; the targets are set on these. */
    public static final Set<String> ENGLISH = Set.of("us", "uk", "ca", "au", "za", "ls", "na", "tz", "my");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+");
    private static final String INVISIBLE = "[\\u00ad\\u200b-\\u200d\\u2060\\ufeff]";
    private static final Pattern VERSION = Pattern.compile("V(\\d+)(?:_(\\d+))?");

    /**
     * One page's scores; {@code date} and {@code authors} are null where the page has no expectation. The
     * expected and read title and authors are kept so that misses can be listed.
     */
    public record PageScore(String country, String page, double p, double r, double f1, boolean title,
            Boolean date, Boolean authors, Boolean language, String error, Detail detail) {
    }

    /** What was expected and what was read, for listing misses. */
    public record Detail(String wantTitle, String gotTitle, Set<String> wantAuthors, Set<String> gotAuthors,
            String wantDate, String gotDate, String declaredLanguage, String guessedLanguage) {
    }

    /** Averages over a set of pages. */
    public record Summary(int pages, double p, double r, double f1, double title, double date, int datePages,
            double authors, int authorPages, double language, int languagePages, int errors) {

        static Summary of(List<PageScore> s) {
            int n = s.size();
            double p = 0, r = 0, f = 0, t = 0, d = 0, a = 0, l = 0;
            int dn = 0, an = 0, ln = 0, err = 0;
            for (PageScore x : s) {
                p += x.p();
                r += x.r();
                f += x.f1();
                t += x.title() ? 1 : 0;
                if (x.date() != null) {
                    dn++;
                    d += x.date() ? 1 : 0;
                }
                if (x.authors() != null) {
                    an++;
                    a += x.authors() ? 1 : 0;
                }
                if (x.language() != null) {
                    ln++;
                    l += x.language() ? 1 : 0;
                }
                err += x.error() != null ? 1 : 0;
            }
            return new Summary(n, n == 0 ? 0 : p / n, n == 0 ? 0 : r / n, n == 0 ? 0 : f / n, n == 0 ? 0 : t / n,
                    dn == 0 ? 0 : d / dn, dn, an == 0 ? 0 : a / an, an, ln == 0 ? 0 : l / ln, ln, err);
        }
    }

    /** All page scores, then summaries per country, for English folders and overall. */
    public record Report(List<PageScore> pages, Map<String, Summary> byCountry, Summary english, Summary all) {
    }

    private HtmlEval() {
    }

    /** Evaluates every country folder under {@code dir}; {@code limitPerCountry} ≤ 0 means all pages. */
    public static Report run(Path dir, int limitPerCountry) throws IOException {
        List<PageScore> all = new ArrayList<>();
        Map<String, Integer> taken = new HashMap<>();
        for (Sample x : samples(dir)) {
            if (limitPerCountry <= 0 || taken.merge(x.country(), 1, Integer::sum) <= limitPerCountry) {
                all.add(page(x.country(), x.page(), x.url(), x.expected()));
            }
        }
        Map<String, List<PageScore>> grouped = new TreeMap<>();
        for (PageScore p : all) {
            grouped.computeIfAbsent(p.country(), k -> new ArrayList<>()).add(p);
        }
        Map<String, Summary> byCountry = new LinkedHashMap<>();
        grouped.forEach((k, v) -> byCountry.put(k, Summary.of(v)));
        List<PageScore> english = all.stream().filter(p -> ENGLISH.contains(p.country())).toList();
        return new Report(all, byCountry, Summary.of(english), Summary.of(all));
    }

    /** One page of the corpus with what is expected of it; {@code publisher} names the site (the JSON file's stem). */
    public record Sample(String country, String publisher, Path page, String url, JsonNode expected) {

        /** The page's HTML bytes (the pages are stored gzipped). */
        public byte[] bytes() throws IOException {
            try (InputStream in = new GZIPInputStream(Files.newInputStream(page))) {
                return in.readAllBytes();
            }
        }
    }

    /** Every page of every country folder under {@code dir}, in the order the evaluation scores them. */
    public static List<Sample> samples(Path dir) throws IOException {
        List<Sample> out = new ArrayList<>();
        List<Path> countries;
        try (Stream<Path> s = Files.list(dir)) {
            countries = s.filter(Files::isDirectory).sorted().toList();
        }
        for (Path c : countries) {
            out.addAll(country(c));
        }
        return out;
    }

    private static List<Sample> country(Path dir) throws IOException {
        String cc = dir.getFileName().toString();
        Map<String, String> urls = new HashMap<>();
        Path metaInfo = dir.resolve("meta.info");
        if (Files.exists(metaInfo)) {
            JsonNode meta = JSON.readTree(metaInfo.toFile());
            meta.fields().forEachRemaining(e -> urls.put(e.getKey(), e.getValue().path("url").asText(null)));
        }
        List<Sample> out = new ArrayList<>();
        List<Path> expected;
        try (Stream<Path> s = Files.list(dir)) {
            expected = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        for (Path json : expected) {
            String publisher = json.getFileName().toString().replaceFirst("\\.json$", "");
            List<Path> pages;
            try (Stream<Path> s = Files.list(dir)) {
                pages = s.filter(p -> p.getFileName().toString().matches(Pattern.quote(publisher) + "_\\d{4}_\\d{2}_\\d{2}\\.html\\.gz"))
                        .sorted().toList();
            }
            JsonNode versions = JSON.readTree(json.toFile());
            List<String> keys = new ArrayList<>();
            versions.fieldNames().forEachRemaining(keys::add);
            keys.sort(Comparator.comparingInt((String k) -> versionPart(k, 1)).thenComparingInt(k -> versionPart(k, 2)));
            for (int i = 0; i < Math.min(keys.size(), pages.size()); i++) {
                String name = pages.get(i).getFileName().toString();
                out.add(new Sample(cc, publisher, pages.get(i), urls.get(name), versions.get(keys.get(i))));
            }
        }
        return out;
    }

    private static int versionPart(String key, int group) {
        Matcher m = VERSION.matcher(key);
        if (!m.matches() || m.group(group) == null) {
            return 0;
        }
        return Integer.parseInt(m.group(group));
    }

    /** Scores one page against its expected output. */
    public static PageScore page(String cc, Path page, String url, JsonNode expected) throws IOException {
        String name = page.getFileName().toString();
        byte[] bytes;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(page))) {
            bytes = in.readAllBytes();
        }
        WebPage got;
        try {
            got = HtmlReader.read(bytes, url, null);
        } catch (UnreadableInputException e) {
            return new PageScore(cc, name, 0, 0, 0, false, null, null, null, e.getMessage(), null);
        }
        Map<String, Integer> gold = bag(expectedBody(expected));
        Map<String, Integer> sys = bag(got.text());
        int overlap = 0;
        for (Map.Entry<String, Integer> e : sys.entrySet()) {
            overlap += Math.min(e.getValue(), gold.getOrDefault(e.getKey(), 0));
        }
        int g = gold.values().stream().mapToInt(Integer::intValue).sum();
        int s = sys.values().stream().mapToInt(Integer::intValue).sum();
        double p = s == 0 ? (g == 0 ? 1 : 0) : (double) overlap / s;
        double r = g == 0 ? 1 : (double) overlap / g;
        double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        boolean title = sameTitle(expected.path("title").asText(""), got.title());
        Boolean date = null;
        String pd = expected.path("publishing_date").asText(null);
        if (pd != null && pd.length() >= 10 && !expected.path("publishing_date").isNull()) {
            LocalDate want = LocalDate.parse(pd.substring(0, 10));
            date = want.equals(got.published().date());
        }
        Boolean authors = null;
        Set<String> want = new TreeSet<>();
        Set<String> have = new TreeSet<>();
        got.authors().forEach(a -> have.add(norm(a).toLowerCase(Locale.ROOT)));
        if (expected.has("authors")) {
            expected.get("authors").forEach(a -> want.add(norm(a.asText()).toLowerCase(Locale.ROOT)));
            authors = want.equals(have);
        }
        Languages.Guess guess = Languages.guess(got.text());
        Detail detail = new Detail(norm(expected.path("title").asText("")), norm(got.title()), want, have, pd,
                String.valueOf(got.published().date()), got.declaredLanguage() + " (recorded: " + got.language() + ", "
                + got.languageFrom() + ")",
                guess == null ? null : guess.tag());
        return new PageScore(cc, name, p, r, f, title, date, authors, languageAgrees(got), null, detail);
    }

    /**
     * Whether the language guessed from the extracted text alone is the one the page declares (primary
     * subtags compared), on pages that declare one: how far the guess can be trusted where nothing is declared.
     */
    private static Boolean languageAgrees(WebPage got) {
        if (got.declaredLanguage() == null) {
            return null;
        }
        Languages.Guess g = Languages.guess(got.text());
        return g != null && Languages.sameLanguage(got.declaredLanguage(), g.tag());
    }

    /** The expected body as text: summary, then each section's subheads and paragraphs. */
    public static String expectedBody(JsonNode expected) {
        List<String> parts = new ArrayList<>();
        JsonNode body = expected.path("body");
        body.path("summary").forEach(x -> parts.add(x.asText()));
        for (Iterator<JsonNode> it = body.path("sections").elements(); it.hasNext();) {
            JsonNode section = it.next();
            section.path("headline").forEach(x -> parts.add(x.asText()));
            section.path("paragraphs").forEach(x -> parts.add(x.asText()));
        }
        return String.join("\n\n", parts);
    }

    static Map<String, Integer> bag(String text) {
        Map<String, Integer> out = new HashMap<>();
        if (text == null) {
            return out;
        }
        // Soft hyphens and zero-width characters split no word for a reader, so they split no token here.
        Matcher m = TOKEN.matcher(text.replaceAll(INVISIBLE, "").toLowerCase(Locale.ROOT));
        while (m.find()) {
            out.merge(m.group(), 1, Integer::sum);
        }
        return out;
    }

    /** Whether a title read counts as the expected one: equal once spaces, invisible characters and quotes are normalised. */
    public static boolean sameTitle(String want, String got) {
        return TitleOptions.foldQuotes(norm(want)).equals(TitleOptions.foldQuotes(norm(got)));
    }

    private static String norm(String s) {
        return s == null ? "" : s.replace('\u00a0', ' ').replaceAll(INVISIBLE, "").replaceAll("\\s+", " ").strip();
    }
}
