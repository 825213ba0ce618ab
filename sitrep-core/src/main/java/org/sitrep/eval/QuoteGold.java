package org.sitrep.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.sitrep.model.Span;

/**
 * Gold attributions of one document, read from the seed gold format or from a PolNeAR brat directory.
 * {@code content} is the covering span of the (possibly discontinuous) content; {@code source} is the
 * speaker span (null when the gold has none); {@code speaker} the canonical name (seed format only).
 */
public record QuoteGold(String id, String text, LocalDate published, List<Attribution> attributions) {

    public record Attribution(Span content, boolean direct, Span source, String sourceText, String speaker) {
    }

    /** Reads a seed-format gold file ({@code NAME.gold.json} beside {@code NAME.txt}). */
    public static QuoteGold seed(Path goldJson) throws IOException {
        SeedGold g = SeedGold.read(goldJson);
        String name = goldJson.getFileName().toString().replaceFirst("\\.gold\\.json$", "");
        String text = Files.readString(goldJson.resolveSibling(name + ".txt"), StandardCharsets.UTF_8);
        List<Attribution> out = new ArrayList<>();
        int from = 0;
        for (SeedGold.GoldQuote q : g.quotes()) {
            int at = text.indexOf(q.content(), from);
            if (at < 0) {
                at = text.indexOf(q.content());
            }
            if (at < 0) {
                throw new IOException(goldJson + ": quote content not in the text: " + q.content());
            }
            from = at;
            out.add(new Attribution(new Span(at, at + q.content().length()), "direct".equals(q.kind()), null, null,
                    q.speaker()));
        }
        return new QuoteGold(name, text, g.published(), out);
    }

    /**
     * Reads a PolNeAR directory: {@code metadata.tsv} names each document and its annotator (the first one
     * listed when several are), {@code text/NAME.txt} holds the text, {@code attributions/NAME_ANNOTATOR.ann}
     * the brat standoff annotation.
     */
    public static List<QuoteGold> polnear(Path dir) throws IOException {
        List<String> lines = Files.readAllLines(dir.resolve("metadata.tsv"), StandardCharsets.UTF_8);
        String[] header = lines.get(0).split("\t");
        int fileCol = column(header, "filename");
        int annCol = column(header, "annotators");
        int dateCol = column(header, "publication_date");
        List<QuoteGold> out = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            String name = f[fileCol];
            String annotator = f[annCol].split("\\|")[0];
            Path txt = dir.resolve("text").resolve(name + ".txt");
            Path ann = dir.resolve("attributions").resolve(name + "_" + annotator + ".ann");
            if (!Files.exists(txt) || !Files.exists(ann)) {
                continue;
            }
            String text = Files.readString(txt, StandardCharsets.UTF_8);
            LocalDate date = null;
            if (dateCol >= 0 && f.length > dateCol && f[dateCol].matches("\\d{4}-\\d{2}-\\d{2}")) {
                date = LocalDate.parse(f[dateCol]);
            }
            out.add(new QuoteGold(name, text, date, brat(text, Files.readAllLines(ann, StandardCharsets.UTF_8))));
        }
        return out;
    }

    private static int column(String[] header, String name) {
        for (int i = 0; i < header.length; i++) {
            if (header[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private record TextBound(String type, Span cover) {
    }

    /** Attributions from brat lines: text-bound {@code T} lines and {@code E} relations tying Content to Source. */
    static List<Attribution> brat(String text, List<String> ann) {
        Map<String, TextBound> bounds = new HashMap<>();
        for (String line : ann) {
            String[] p = line.split("\t");
            if (p.length < 2 || !p[0].startsWith("T")) {
                continue;
            }
            String[] typeAndRanges = p[1].split(" ", 2);
            int lo = Integer.MAX_VALUE;
            int hi = -1;
            for (String r : typeAndRanges[1].split(";")) {
                String[] be = r.trim().split(" ");
                lo = Math.min(lo, Integer.parseInt(be[0]));
                hi = Math.max(hi, Integer.parseInt(be[1]));
            }
            bounds.put(p[0], new TextBound(typeAndRanges[0], new Span(lo, Math.min(hi, text.length()))));
        }
        Map<Span, Attribution> out = new LinkedHashMap<>();
        for (String line : ann) {
            String[] p = line.split("\t");
            if (p.length < 2 || !p[0].startsWith("E")) {
                continue;
            }
            Span content = null;
            Span source = null;
            for (String arg : p[1].trim().split("\\s+")) {
                String[] kv = arg.split(":", 2);
                TextBound tb = kv.length == 2 ? bounds.get(kv[1]) : null;
                if (tb == null) {
                    continue;
                }
                if (kv[0].startsWith("Content")) {
                    content = tb.cover();
                } else if (kv[0].startsWith("Source")) {
                    source = tb.cover();
                }
            }
            if (content != null && !out.containsKey(content)) {
                String c = content.of(text);
                boolean direct = !c.isEmpty() && "\"“”'‘`«".indexOf(c.charAt(0)) >= 0;
                out.put(content, new Attribution(content, direct, source, source == null ? null : source.of(text), null));
            }
        }
        List<Attribution> list = new ArrayList<>(out.values());
        list.sort((a, b) -> a.content().compareTo(b.content()));
        return list;
    }

    /** All seed gold files and PolNeAR directories under the given paths (a file, or a folder of either). */
    public static List<QuoteGold> read(Path p) throws IOException {
        if (Files.isDirectory(p) && Files.exists(p.resolve("metadata.tsv"))) {
            return polnear(p);
        }
        if (Files.isDirectory(p)) {
            List<QuoteGold> out = new ArrayList<>();
            try (Stream<Path> s = Files.list(p)) {
                for (Path f : s.filter(x -> x.toString().endsWith(".gold.json")).sorted().toList()) {
                    out.add(seed(f));
                }
            }
            return out;
        }
        return List.of(seed(p));
    }
}
