package org.sitrep.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;
import org.sitrep.model.Article;
import org.sitrep.model.Problem;
import org.sitrep.model.Published;
import org.sitrep.read.DecodedText;
import org.sitrep.read.TextDecoder;
import org.sitrep.read.UnreadableInputException;

/**
 * The body of {@code POST /api/analyze}, validated into an {@link Article}: either plain text
 * ({@code text/plain}, metadata in query parameters) or a JSON object {@code {text, id, title, url, source,
 * published}}. Every refusal is an {@link ApiError} that names the field and what is wrong with it.
 */
record AnalyzeRequest(Article article, Problem charsetProblem) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> FIELDS = Set.of("text", "id", "title", "url", "source", "published");

    /** Fields given outside the body (query parameters for plain text). */
    record Meta(String id, String title, String url, String source, String published) {
    }

    static AnalyzeRequest parse(String contentType, byte[] body, Meta query, int maxTextChars) {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT).split(";", 2)[0].strip();
        return switch (type) {
            case "text/plain" -> plain(body, query, maxTextChars);
            case "application/json" -> json(body, maxTextChars);
            case "" -> throw new ApiError(415, "unsupported-media-type",
                    "missing Content-Type: send text/plain (the article text) or application/json ({\"text\": …})");
            default -> throw new ApiError(415, "unsupported-media-type",
                    "Content-Type " + type + " is not accepted: send text/plain or application/json");
        };
    }

    private static AnalyzeRequest plain(byte[] body, Meta q, int maxTextChars) {
        DecodedText d;
        try {
            d = TextDecoder.decode(body);
        } catch (UnreadableInputException e) {
            throw badRequest("unreadable-text", e.getMessage());
        }
        Problem charset = d.assumed()
                ? Problem.warning("charset-assumed", "not valid UTF-8; decoded as " + d.charset()) : null;
        return new AnalyzeRequest(article(d.text(), q, maxTextChars), charset);
    }

    private static AnalyzeRequest json(byte[] body, int maxTextChars) {
        JsonNode o;
        try {
            o = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw badRequest("invalid-json", "body is not valid JSON: " + e.getOriginalMessage());
        } catch (java.io.IOException e) {
            throw badRequest("invalid-json", "body cannot be read: " + e.getMessage());
        }
        if (o == null || !o.isObject()) {
            throw badRequest("invalid-json", "body must be a JSON object with a \"text\" field");
        }
        for (Iterator<String> it = o.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!FIELDS.contains(f)) {
                throw badRequest("unknown-field", "unknown field \"" + f + "\"; accepted: " + String.join(", ", FIELDS.stream().sorted().toList()));
            }
            if (!o.get(f).isTextual() && !o.get(f).isNull()) {
                throw badRequest("invalid-field", "field \"" + f + "\" must be a string");
            }
        }
        Meta m = new Meta(str(o, "id"), str(o, "title"), str(o, "url"), str(o, "source"), str(o, "published"));
        return new AnalyzeRequest(article(str(o, "text"), m, maxTextChars), null);
    }

    private static Article article(String text, Meta m, int maxTextChars) {
        if (text == null || text.isBlank()) {
            throw badRequest("empty-text", "the article text is missing or blank");
        }
        if (text.length() > maxTextChars) {
            throw new ApiError(413, "text-too-long", "the article text has " + text.length()
                    + " characters; the limit is " + maxTextChars);
        }
        Published published = Published.UNKNOWN;
        if (m.published() != null && !m.published().isBlank()) {
            try {
                published = Published.given(LocalDate.parse(m.published().strip()));
            } catch (DateTimeParseException e) {
                throw badRequest("invalid-published", "\"published\" must be a date YYYY-MM-DD, got \"" + m.published() + "\"");
            }
        }
        String id = m.id() == null || m.id().isBlank() ? "request" : m.id();
        String canonical = text.replace("\r\n", "\n").replace('\r', '\n');
        return new Article(id, m.source(), m.url(), m.title(), published, canonical);
    }

    private static ApiError badRequest(String code, String message) {
        return ApiError.badRequest(code, message);
    }

    private static String str(JsonNode o, String f) {
        JsonNode v = o.get(f);
        return v == null || v.isNull() ? null : v.asText();
    }
}
