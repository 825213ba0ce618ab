package org.sitrep.read.html;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the calendar day out of the date strings pages carry: ISO 8601 with or without time and offset
 * (the day as written, in the page's own offset), RFC 1123, epoch seconds or milliseconds, and visible
 * datelines in English, German, French, Spanish, Italian and numeric day-month-year forms.
 */
final class Dates {

    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern COMPACT = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})(?:T|$)");
    private static final Pattern EPOCH = Pattern.compile("^\\d{10}(\\d{3})?$");
    private static final Pattern DMY = Pattern.compile("\\b(\\d{1,2})\\.\\s?(\\d{1,2})\\.\\s?(\\d{4})\\b");
    private static final Pattern URL_DATE = Pattern.compile(
            "/((?:19|20)\\d{2})[/-]?(0[1-9]|1[0-2])[/-]?(0[1-9]|[12]\\d|3[01])(?:[/_.-]|$)");
    private static final Pattern URL_DATE_SEP = Pattern.compile(
            "[/_-]((?:19|20)\\d{2})[/_-](0?[1-9]|1[0-2])[/_-](0?[1-9]|[12]\\d|3[01])(?:[/_.-]|$)");

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("january", 1), Map.entry("januar", 1), Map.entry("jänner", 1),
            Map.entry("janvier", 1), Map.entry("enero", 1), Map.entry("gennaio", 1),
            Map.entry("feb", 2), Map.entry("february", 2), Map.entry("februar", 2), Map.entry("février", 2),
            Map.entry("febrero", 2), Map.entry("febbraio", 2),
            Map.entry("mar", 3), Map.entry("march", 3), Map.entry("märz", 3), Map.entry("mars", 3),
            Map.entry("marzo", 3),
            Map.entry("apr", 4), Map.entry("april", 4), Map.entry("avril", 4), Map.entry("abril", 4),
            Map.entry("aprile", 4),
            Map.entry("may", 5), Map.entry("mai", 5), Map.entry("mayo", 5), Map.entry("maggio", 5),
            Map.entry("jun", 6), Map.entry("june", 6), Map.entry("juni", 6), Map.entry("juin", 6),
            Map.entry("junio", 6), Map.entry("giugno", 6),
            Map.entry("jul", 7), Map.entry("july", 7), Map.entry("juli", 7), Map.entry("juillet", 7),
            Map.entry("julio", 7), Map.entry("luglio", 7),
            Map.entry("aug", 8), Map.entry("august", 8), Map.entry("août", 8), Map.entry("agosto", 8),
            Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("september", 9), Map.entry("septembre", 9),
            Map.entry("septiembre", 9), Map.entry("settembre", 9),
            Map.entry("oct", 10), Map.entry("october", 10), Map.entry("oktober", 10), Map.entry("octobre", 10),
            Map.entry("octubre", 10), Map.entry("ottobre", 10),
            Map.entry("nov", 11), Map.entry("november", 11), Map.entry("novembre", 11),
            Map.entry("noviembre", 11),
            Map.entry("dec", 12), Map.entry("december", 12), Map.entry("dezember", 12), Map.entry("décembre", 12),
            Map.entry("diciembre", 12), Map.entry("dicembre", 12));

    private static final String MONTH_WORD = "([A-Za-zÄÖÜäöüéèû]{3,10})\\.?";
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("\\b" + MONTH_WORD + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?\\.?\\s+(?:de\\s+)?" + MONTH_WORD + "\\s+(?:de\\s+)?(\\d{4})\\b");

    /** Year first with dots or slashes ("2026.01.29", "2026/1/29") or with the CJK unit signs ("2026年1月29日", "2026년 1월 29일"). */
    private static final Pattern YMD = Pattern.compile(
            "(?<![\\d.])((?:19|20)\\d{2})(?:([./])(\\d{1,2})\\2(\\d{1,2})|\\s?[年년]\\s?(\\d{1,2})\\s?[月월]\\s?(\\d{1,2})\\s?[日일])(?![\\d.])");
    /** Day and month with a two-digit year ("25.04.24"): read only where a dateline is expected. */
    private static final Pattern DMY_SHORT = Pattern.compile("(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})\\.(\\d{2})(?![\\d.])");

    private Dates() {
    }

    /** The day a machine-readable date string names, or null. */
    static LocalDate parse(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        if (t.isEmpty()) {
            return null;
        }
        if (EPOCH.matcher(t).matches()) {
            long v = Long.parseLong(t);
            long seconds = t.length() == 13 ? v / 1000 : v;
            return java.time.Instant.ofEpochSecond(seconds).atZone(ZoneOffset.UTC).toLocalDate();
        }
        Matcher m = ISO.matcher(t);
        if (m.find() && m.start() <= 12) {
            return day(m.group(1), m.group(2), m.group(3));
        }
        m = COMPACT.matcher(t);
        if (m.find()) {
            return day(m.group(1), m.group(2), m.group(3));
        }
        try {
            return ZonedDateTime.parse(t, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate();
        } catch (RuntimeException e) {
            return visible(t);
        }
    }

    /** A date written for readers ("April 28, 2023", "28. April 2023", "28.04.2023"), or null. */
    static LocalDate visible(String s) {
        Matcher m = MONTH_DAY_YEAR.matcher(s);
        while (m.find()) {
            Integer month = MONTHS.get(m.group(1).toLowerCase(Locale.ROOT));
            if (month != null) {
                LocalDate d = day(m.group(3), month.toString(), m.group(2));
                if (d != null) {
                    return d;
                }
            }
        }
        m = DAY_MONTH_YEAR.matcher(s);
        while (m.find()) {
            Integer month = MONTHS.get(m.group(2).toLowerCase(Locale.ROOT));
            if (month != null) {
                LocalDate d = day(m.group(3), month.toString(), m.group(1));
                if (d != null) {
                    return d;
                }
            }
        }
        m = DMY.matcher(s);
        if (m.find()) {
            return day(m.group(3), m.group(2), m.group(1));
        }
        m = ISO.matcher(s);
        if (m.find()) {
            return day(m.group(1), m.group(2), m.group(3));
        }
        m = YMD.matcher(s);
        if (m.find()) {
            return m.group(2) != null ? day(m.group(1), m.group(3), m.group(4)) : day(m.group(1), m.group(5), m.group(6));
        }
        return null;
    }

    /** A dateline's date: as {@link #visible} reads it, or day, month and two-digit year ("Do 25.04.24 | 14:07 Uhr"). */
    static LocalDate dateline(String s) {
        LocalDate d = visible(s);
        if (d != null) {
            return d;
        }
        Matcher m = DMY_SHORT.matcher(s);
        return m.find() ? day("20" + m.group(3), m.group(2), m.group(1)) : null;
    }

    /** A date in a URL path ({@code /2023/04/28/}, {@code /2023-04-28-}, {@code /20230428/}), or null. */
    static LocalDate fromUrl(String url) {
        if (url == null) {
            return null;
        }
        String path = url.replaceFirst("^[a-z]+://[^/]+", "");
        Matcher m = URL_DATE.matcher(path);
        if (m.find()) {
            return day(m.group(1), m.group(2), m.group(3));
        }
        m = URL_DATE_SEP.matcher(path);
        if (m.find()) {
            return day(m.group(1), m.group(2), m.group(3));
        }
        return null;
    }

    private static LocalDate day(String y, String mo, String d) {
        try {
            int year = Integer.parseInt(y);
            if (year < 1990 || year > 2100) {
                return null;
            }
            return LocalDate.of(year, Integer.parseInt(mo), Integer.parseInt(d));
        } catch (RuntimeException e) {
            return null;
        }
    }
}
