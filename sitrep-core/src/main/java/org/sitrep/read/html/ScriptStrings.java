package org.sitrep.read.html;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;

/**
 * The string literals of a script that hold HTML paragraphs, unescaped: pages rendered by script (Next.js
 * streams, React Query state) carry the story's markup as a JSON string. Scanned by hand, not by a regular
 * expression, so that a megabyte-long literal costs linear time and no stack.
 */
final class ScriptStrings {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Literals shorter than this are labels and teasers, not a story. */
    private static final int MIN_LENGTH = 500;

    private ScriptStrings() {
    }

    static List<String> withParagraphs(String script) {
        List<String> out = new ArrayList<>();
        int n = script.length();
        for (int i = 0; i < n; i++) {
            if (script.charAt(i) != '"') {
                continue;
            }
            int j = i + 1;
            while (j < n && script.charAt(j) != '"') {
                j += script.charAt(j) == '\\' ? 2 : 1;
            }
            if (j >= n) {
                break;
            }
            String literal = script.substring(i + 1, j);
            if (literal.length() >= MIN_LENGTH && (literal.contains("\\u003cp") || literal.contains("<p"))) {
                try {
                    out.add(JSON.readValue("\"" + literal + "\"", String.class));
                } catch (Exception e) {
                    // Not a JSON string (JavaScript's own escapes such as \x3c): passed over.
                }
            }
            i = j;
        }
        return out;
    }
}
