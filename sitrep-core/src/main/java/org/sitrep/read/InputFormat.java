package org.sitrep.read;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * What kind of document an input holds. {@link #AUTO} looks at the bytes (and the name when the bytes do not
 * tell): a WARC header, a feed's root element, HTML markup, a JSON object per line, or else plain text.
 */
public enum InputFormat {
    AUTO, TEXT, HTML, FEED, WARC, JSONL;

    /** The format of {@code bytes} (already un-gzipped), with {@code name} as a hint. */
    public static InputFormat detect(String name, byte[] bytes) {
        String head = head(bytes);
        String lower = head.toLowerCase(Locale.ROOT);
        String n = name == null ? "" : name.toLowerCase(Locale.ROOT).replaceFirst("\\.gz$", "");
        if (head.startsWith("WARC/")) {
            return WARC;
        }
        String body = skipProlog(lower);
        if (body.startsWith("<rss") || body.startsWith("<feed") || body.startsWith("<rdf:rdf")) {
            return FEED;
        }
        if (body.startsWith("<!doctype html") || body.startsWith("<html")) {
            return HTML;
        }
        if (n.endsWith(".jsonl") || n.endsWith(".ndjson") || body.startsWith("{")) {
            return JSONL;
        }
        if (lower.contains("<body") || lower.contains("<head") || n.endsWith(".html") || n.endsWith(".htm")) {
            return HTML;
        }
        // Other XML is read as a feed too, so that it fails as one ("malformed feed") rather than as prose.
        if (n.endsWith(".rss") || n.endsWith(".atom") || n.endsWith(".xml") || lower.startsWith("<?xml")) {
            return FEED;
        }
        return TEXT;
    }

    private static String head(byte[] bytes) {
        int n = Math.min(bytes.length, 4096);
        int from = n >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
        // Latin-1 maps every byte to one char, so markup is found whatever the page's real charset.
        return new String(bytes, from, n - from, StandardCharsets.ISO_8859_1);
    }

    /** Skips white space, the XML declaration, comments and processing instructions before the root. */
    private static String skipProlog(String s) {
        String t = s.stripLeading();
        while (true) {
            if (t.startsWith("<?")) {
                int end = t.indexOf("?>");
                t = end < 0 ? "" : t.substring(end + 2).stripLeading();
            } else if (t.startsWith("<!--")) {
                int end = t.indexOf("-->");
                t = end < 0 ? "" : t.substring(end + 3).stripLeading();
            } else {
                return t;
            }
        }
    }
}
