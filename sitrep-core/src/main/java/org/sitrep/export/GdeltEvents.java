package org.sitrep.export;

import java.util.ArrayList;
import java.util.List;

/**
 * Events as rows of the GDELT 2.0 event table: 61 tab-separated columns, no header, in GDELT's order.
 * What Sitrep does not know is left empty rather than guessed: actor group, ethnic and religion codes,
 * average tone, and the geography's FIPS country and ADM codes (Sitrep uses ISO 3166 alpha-3). QuadClass
 * follows from the CAMEO root; NumMentions/NumSources/NumArticles count the article and its near-duplicates.
 */
public final class GdeltEvents {

    public static final int COLUMNS = 61;

    private GdeltEvents() {
    }

    public static String row(EventRow e) {
        List<String> c = new ArrayList<>(COLUMNS);
        String day = e.date() != null ? e.date() : e.published();
        String sqlDate = day == null ? "" : day.replace("-", "");
        c.add(String.valueOf(e.id()));
        c.add(sqlDate);
        c.add(sqlDate.length() >= 6 ? sqlDate.substring(0, 6) : "");
        c.add(sqlDate.length() >= 4 ? sqlDate.substring(0, 4) : "");
        c.add(fraction(day));
        actor(c, e.sourceCode(), e.sourceLabel(), e.sourceCountry());
        actor(c, e.targetCode(), e.targetLabel(), e.targetCountry());
        String cameo = e.cameo() == null ? "" : e.cameo();
        c.add("1");
        c.add(cameo);
        c.add(cameo.length() >= 3 ? cameo.substring(0, 3) : cameo);
        c.add(cameo.length() >= 2 ? cameo.substring(0, 2) : "");
        c.add(quadClass(cameo));
        c.add(e.goldstein() == null ? "" : String.valueOf(e.goldstein()));
        c.add(String.valueOf(e.reports()));
        c.add(String.valueOf(e.reports()));
        c.add(String.valueOf(e.reports()));
        c.add("");
        geo(c, null);
        geo(c, null);
        geo(c, e);
        c.add(sqlDate.isEmpty() ? "" : sqlDate + "000000");
        c.add(e.url() == null ? "" : e.url());
        if (c.size() != COLUMNS) {
            throw new IllegalStateException("GDELT row has " + c.size() + " columns");
        }
        List<String> clean = new ArrayList<>();
        for (String s : c) {
            clean.add(s.replaceAll("[\t\r\n]+", " "));
        }
        return String.join("\t", clean);
    }

    private static void actor(List<String> c, String code, String name, String country) {
        c.add(code == null ? "" : code);
        c.add(name == null ? "" : name.toUpperCase(java.util.Locale.ROOT));
        c.add(country == null ? "" : country);
        c.add("");
        c.add("");
        c.add("");
        c.add("");
        String type = code != null && code.length() >= 6 ? code.substring(3, 6) : "";
        c.add(type);
        c.add("");
        c.add("");
    }

    /** Geography: type 4 (a resolved point) when the place has coordinates, else only its name. */
    private static void geo(List<String> c, EventRow e) {
        boolean point = e != null && e.lat() != null && e.lon() != null;
        c.add(point ? "4" : e != null && e.placeText() != null ? "0" : "");
        c.add(e == null || e.placeText() == null ? "" : e.placeText());
        c.add("");
        c.add("");
        c.add("");
        c.add(point ? String.valueOf(e.lat()) : "");
        c.add(point ? String.valueOf(e.lon()) : "");
        c.add(e != null && e.geonameid() != null ? String.valueOf(e.geonameid()) : "");
    }

    static String quadClass(String cameo) {
        if (cameo == null || cameo.length() < 2 || !cameo.substring(0, 2).matches("\\d\\d")) {
            return "";
        }
        int root = Integer.parseInt(cameo.substring(0, 2));
        return root <= 5 ? "1" : root <= 8 ? "2" : root <= 13 ? "3" : "4";
    }

    private static String fraction(String day) {
        if (day == null || day.length() < 10) {
            return "";
        }
        java.time.LocalDate d = java.time.LocalDate.parse(day.substring(0, 10));
        return String.format(java.util.Locale.ROOT, "%.4f", d.getYear() + (d.getDayOfYear() - 1) / 365.0);
    }
}
