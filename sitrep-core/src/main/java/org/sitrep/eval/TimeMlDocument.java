package org.sitrep.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.Span;
import org.sitrep.model.TimeExpression;

/**
 * One TimeML ({@code .tml}) document: its creation time (DCT, the anchor), the plain text of its
 * {@code <TEXT>} element with tags removed and entities decoded, and the TIMEX3 gold as spans into that text.
 */
public record TimeMlDocument(String id, LocalDate dct, String text, List<TimeExpression> gold) {

    private static final Pattern DCT = Pattern.compile(
            "<DCT>\\s*<TIMEX3[^>]*value=\"(\\d{4}-\\d{2}-\\d{2})");
    private static final Pattern MARKUP = Pattern.compile("<(/?)([A-Za-z0-9]+)([^>]*)>|&(amp|lt|gt|quot|apos);");
    private static final Pattern ATTR = Pattern.compile("(\\w+)=\"([^\"]*)\"");

    public static TimeMlDocument read(Path file) throws IOException {
        String xml = Files.readString(file, StandardCharsets.UTF_8);
        Matcher d = DCT.matcher(xml);
        if (!d.find()) {
            throw new IOException(file + ": no DCT");
        }
        int b = xml.indexOf("<TEXT>");
        int e = xml.indexOf("</TEXT>");
        if (b < 0 || e < b) {
            throw new IOException(file + ": no <TEXT> element");
        }
        String body = xml.substring(b + "<TEXT>".length(), e);
        StringBuilder text = new StringBuilder();
        List<TimeExpression> gold = new ArrayList<>();
        Deque<String[]> open = new ArrayDeque<>();
        Matcher m = MARKUP.matcher(body);
        int last = 0;
        while (m.find()) {
            text.append(body, last, m.start());
            last = m.end();
            if (m.group(4) != null) {
                text.append(switch (m.group(4)) {
                    case "amp" -> '&';
                    case "lt" -> '<';
                    case "gt" -> '>';
                    case "quot" -> '"';
                    default -> '\'';
                });
            } else if (m.group(2).equals("TIMEX3")) {
                if (m.group(1).isEmpty()) {
                    open.push(new String[] {Integer.toString(text.length()), m.group(3)});
                } else if (!open.isEmpty()) {
                    String[] o = open.pop();
                    String type = attr(o[1], "type");
                    String mod = attr(o[1], "mod");
                    gold.add(new TimeExpression(new Span(Integer.parseInt(o[0]), text.length()), type,
                            attr(o[1], "value"), mod));
                }
            }
        }
        text.append(body.substring(last));
        gold.sort((x, y) -> x.span().compareTo(y.span()));
        String name = file.getFileName().toString();
        return new TimeMlDocument(name.replaceFirst("\\.tml$", ""), LocalDate.parse(d.group(1)), text.toString(), gold);
    }

    private static String attr(String attrs, String name) {
        Matcher a = ATTR.matcher(attrs);
        while (a.find()) {
            if (a.group(1).equals(name)) {
                return a.group(2);
            }
        }
        return null;
    }

    /** The {@code .tml} files under a directory, sorted by name. */
    public static List<Path> files(Path dir) throws IOException {
        try (var s = Files.walk(dir)) {
            return s.filter(p -> p.toString().endsWith(".tml")).sorted().toList();
        }
    }
}
