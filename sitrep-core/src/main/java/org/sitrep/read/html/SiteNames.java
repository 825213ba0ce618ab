package org.sitrep.read.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A site's names, and the tails that carry them in titles ("… - National | Globalnews.ca"). */
final class SiteNames {

    private SiteNames() {
    }

    private static final Pattern SEPARATOR = Pattern.compile("\\s+(?:[|–—*-]|::|·)\\s+");
    private static final Set<String> GENERIC_LABELS = Set.of("www", "m", "com", "co", "org", "net", "gov", "edu",
            "ac", "news", "amp", "www1", "www2");

    /** The site's own name (og:site_name) and the distinctive labels of the URL's host ("golem" of www.golem.de). */
    static List<String> of(String site, String url) {
        List<String> out = new ArrayList<>();
        if (site != null && squeeze(site).length() >= 2) {
            out.add(squeeze(site));
        }
        if (url != null) {
            String host = host(url);
            if (host != null) {
                String[] labels = host.toLowerCase(Locale.ROOT).split("\\.");
                for (int i = 0; i < labels.length - 1; i++) {
                    String l = labels[i].replaceAll("[^\\p{L}\\p{N}]", "");
                    if (l.length() >= 2 && !GENERIC_LABELS.contains(l)) {
                        out.add(l);
                    }
                }
            }
        }
        return out;
    }

    /**
     * "Headline - National | Globalnews.ca" → "Headline": cuts the last separated segment that names the
     * site, the short segments after it ("by Jane Doe") and up to two short capitalised segments before it
     * (section names such as "Politics News"). A title that would be left shorter than three words is kept whole.
     */
    static String withoutSiteTail(String title, List<String> names) {
        if (title == null || names.isEmpty()) {
            return title;
        }
        String glued = withoutGluedTail(title, names);
        if (glued != null) {
            return glued;
        }
        List<int[]> seps = new ArrayList<>();
        Matcher m = SEPARATOR.matcher(title);
        while (m.find()) {
            seps.add(new int[] {m.start(), m.end()});
        }
        for (int i = seps.size() - 1; i >= 0; i--) {
            int end = i + 1 < seps.size() ? seps.get(i + 1)[0] : title.length();
            String segment = title.substring(seps.get(i)[1], end);
            if (!namesSite(segment, names)) {
                if (words(segment) > 4) {
                    return title;
                }
                continue;
            }
            int cut = seps.get(i)[0];
            for (int k = i - 1, taken = 0; k >= 0 && taken < 2; k--, taken++) {
                String before = title.substring(seps.get(k)[1], seps.get(k + 1)[0]);
                if (words(before) > 2 || before.length() > 20 || !Character.isUpperCase(before.strip().codePointAt(0))) {
                    break;
                }
                cut = seps.get(k)[0];
            }
            String head = title.substring(0, cut).strip();
            if (words(head) < 3) {
                head = title.substring(0, seps.get(i)[0]).strip();
            }
            return words(head) < 2 ? title : head;
        }
        return title;
    }

    private static final Pattern GLUED = Pattern.compile("[-|｜ㅣ：·]");

    /**
     * "…커졌다-정치ㅣ한국일보" → "…커졌다": titles in Chinese, Japanese and Korean often glue the site's name
     * (and a one-word section before it) on without spaces. Only after such text: "Corona-Zeit" keeps its
     * "Zeit" whatever the site. Null when the title has no such tail.
     */
    private static String withoutGluedTail(String title, List<String> names) {
        Matcher m = GLUED.matcher(title);
        List<Integer> at = new ArrayList<>();
        while (m.find()) {
            at.add(m.start());
        }
        if (at.isEmpty()) {
            return null;
        }
        int last = at.get(at.size() - 1);
        String tail = title.substring(last + 1);
        // A glued tail has no spaces, and the whole name must be in it: "Börsen-Zeitung" is not "Börsen" glued to a name.
        String squeezed = squeeze(tail);
        if (tail.isBlank() || tail.codePoints().anyMatch(Character::isWhitespace) || last == 0
                || !eastAsian(title.codePointBefore(last))
                || names.stream().noneMatch(n -> n.length() >= 2 && squeezed.contains(n))) {
            return null;
        }
        int cut = last;
        if (at.size() >= 2) {
            String section = title.substring(at.get(at.size() - 2) + 1, last);
            if (!section.isBlank() && section.length() <= 6 && words(section) == 1) {
                cut = at.get(at.size() - 2);
            }
        }
        String head = title.substring(0, cut).strip();
        return words(head) >= 3 ? head : null;
    }

    /** "Headline - Politik" → "Headline": a document title often ends with the section's name even without the site's. */
    static String withoutSectionTail(String title) {
        if (title == null) {
            return null;
        }
        Matcher m = SEPARATOR.matcher(title);
        int last = -1;
        int lastEnd = -1;
        while (m.find()) {
            last = m.start();
            lastEnd = m.end();
        }
        if (last < 0) {
            return title;
        }
        String tail = title.substring(lastEnd).strip();
        String head = title.substring(0, last).strip();
        boolean section = !tail.isEmpty() && words(tail) <= 2 && tail.length() <= 20
                && Character.isUpperCase(tail.codePointAt(0));
        return section && words(head) >= 3 ? head : title;
    }

    private static boolean namesSite(String segment, List<String> names) {
        String s = squeeze(segment);
        if (s.length() < 2) {
            return false;
        }
        for (String n : names) {
            if (n.length() < 4 ? s.equals(n) : s.contains(n) || n.contains(s) && s.length() >= 4) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a byline names the site rather than a person: it is one of the site's names, contains one, or
     * starts with a short one ("n-tv Nachrichten" on n-tv.de), or it is the host itself ("mdr.de").
     */
    static boolean namesSiteOrHost(String byline, List<String> names, String url) {
        String s = squeeze(byline);
        if (s.length() < 2) {
            return false;
        }
        String host = host(url);
        if (host != null && s.equals(squeeze(host.replaceFirst("^www\\d?\\.", "")))) {
            return true;
        }
        for (String n : names) {
            if (s.equals(n) || n.length() >= 4 && (s.contains(n) || n.contains(s) && s.length() >= 4)
                    || n.length() == 3 && s.startsWith(n)) {
                return true;
            }
        }
        return false;
    }

    private static String host(String url) {
        try {
            return url == null ? null : java.net.URI.create(url.strip()).getHost();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Letters and digits only, lower-cased, umlauts spelt out and accents dropped, as host names write them. */
    private static String squeeze(String s) {
        String t = s.toLowerCase(Locale.ROOT).replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss");
        t = java.text.Normalizer.normalize(t, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return t.replaceAll("[^\\p{L}\\p{N}]", "");
    }

    /** Words between spaces; Chinese and Japanese write none, so there every two characters count as one. */
    static int words(String s) {
        int n = 0;
        for (String token : s.strip().split("(?U)\\s+")) {
            if (!token.isEmpty()) {
                long unspaced = token.codePoints().filter(SiteNames::unspacedScript).count();
                n += Math.max(1, (int) (unspaced / 2) + (unspaced < token.length() ? 1 : 0));
            }
        }
        return n;
    }

    /** A character of Chinese, Japanese or Korean text, its letters or its punctuation (「」、。). */
    private static boolean eastAsian(int c) {
        return unspacedScript(c) || Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL
                || c >= 0x2E80 && !Character.isLetterOrDigit(c);
    }

    private static boolean unspacedScript(int c) {
        Character.UnicodeScript s = Character.UnicodeScript.of(c);
        return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
                || s == Character.UnicodeScript.KATAKANA;
    }
}
