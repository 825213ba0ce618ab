package org.sitrep.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Analysis;
import org.sitrep.model.Article;
import org.sitrep.model.ArticleMeta;
import org.sitrep.model.Entity;
import org.sitrep.model.EntityType;
import org.sitrep.model.Event;
import org.sitrep.model.Mention;
import org.sitrep.model.Place;
import org.sitrep.model.Problem;
import org.sitrep.model.Published;
import org.sitrep.model.Quote;
import org.sitrep.model.Span;
import org.sitrep.model.Story;
import org.sitrep.model.TimeExpression;
import org.sitrep.testing.Fixtures;

/**
 * Checks the documented contract ({@code docs/analysis.schema.json}) against what {@link JsonFormat} writes:
 * every field written is documented, every documented field is written, types and enums agree, and every
 * span's text equals the canonical text under it. Runs on an analysis holding one record of every kind, so
 * layers the seed leaves empty are checked too.
 */
class JsonContractTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    static Analysis everyKind() {
        String text = "Peskov said Russia will help. “We urge calm,” he told reporters on Tuesday in Moscow.";
        Article article = new Article("every-kind", "Agency", "http://localhost/a", "Title",
                new Published(LocalDate.of(2023, 9, 19), Published.How.INFERRED, 0.9, "Tuesday"), text,
                new ArticleMeta(List.of("Jane Doe"), "json-ld author",
                        new Published(LocalDate.of(2023, 9, 20), Published.How.METADATA, 0.9, "json-ld dateModified"),
                        "en", "html lang attribute", "http://localhost/a", true));
        Span peskov = new Span(0, 6);
        Mention m = new Mention(peskov, EntityType.PERSON, Mention.Kind.NAME, "e1");
        Span moscow = new Span(text.indexOf("Moscow"), text.indexOf("Moscow") + 6);
        Span russia = new Span(12, 18);
        Event.Actor actor = new Event.Actor(russia, null, "RUS", "GOV");
        return Analysis.of(article)
                .withStories(List.of(new Story(new Span(0, text.length()), null, "Agency")))
                .withMentions(List.of(m))
                .withEntities(List.of(new Entity("e1", "Dmitry Peskov", EntityType.PERSON, "RUS", "Kremlin spokesman", List.of(m))))
                .withQuotes(List.of(new Quote(Quote.Kind.DIRECT, new Span(30, 44), new Span(50, 64),
                        new Quote.Speaker("e1", "Dmitry Peskov", new Span(47, 49)), 0.9, "pronoun", new Span(65, 75))))
                .withTimes(List.of(new TimeExpression(new Span(65, 75), "DATE", "2023-09-19", null)))
                .withPlaces(List.of(new Place(moscow, "Moscow", "RUS", 55.75, 37.62, 524901L)))
                .withEvents(List.of(new Event("AID", "intended", "070", List.of(actor), List.of(), moscow, null,
                        new Span(24, 28), new Span(0, 29), 0.7, "intend", 7.0, new Span(30, 44))))
                .withProblem(new Problem(Problem.Severity.INFO, "note", "a note", peskov));
    }

    @Test
    void everyKindOfRecordMatchesTheSchema() throws Exception {
        JsonNode schema = MAPPER.readTree(Fixtures.repoRoot().resolve("docs/analysis.schema.json").toFile());
        Analysis a = everyKind();
        JsonNode out = MAPPER.readTree(JsonFormat.write(a, false));
        List<String> errors = new ArrayList<>();
        validate(schema, schema, out, "$", errors);
        assertEquals(List.of(), errors);
        checkSpanTexts(out, a.text(), "$");
    }

    @Test
    void seedOutputMatchesTheSchemaAndEverySpanChecks() throws Exception {
        JsonNode schema = MAPPER.readTree(Fixtures.repoRoot().resolve("docs/analysis.schema.json").toFile());
        Analysis a = Fixtures.seedAnalysis();
        JsonNode out = MAPPER.readTree(JsonFormat.write(a, true));
        List<String> errors = new ArrayList<>();
        validate(schema, schema, out, "$", errors);
        assertEquals(List.of(), errors);
        checkSpanTexts(out, a.text(), "$");
    }

    /** Every object with begin, end and text must hold exactly the text under its span. */
    static void checkSpanTexts(JsonNode n, String text, String path) {
        if (n.isObject()) {
            if (n.has("begin") && n.has("end") && n.has("text") && !path.equals("$")) {
                String expected = text.substring(n.get("begin").asInt(), n.get("end").asInt());
                assertEquals(expected, n.get("text").asText(), "span text at " + path);
            }
            n.fields().forEachRemaining(e -> checkSpanTexts(e.getValue(), text, path + "." + e.getKey()));
        } else if (n.isArray()) {
            for (int i = 0; i < n.size(); i++) {
                checkSpanTexts(n.get(i), text, path + "[" + i + "]");
            }
        }
    }

    /** A small JSON Schema check: type, enum, properties (documented == written), required, items, $ref, oneOf. */
    static void validate(JsonNode root, JsonNode schema, JsonNode value, String path, List<String> errors) {
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").asText();
            JsonNode target = root.at(ref.substring(1));
            assertTrue(!target.isMissingNode(), "unresolved $ref " + ref);
            validate(root, target, value, path, errors);
            return;
        }
        if (schema.has("oneOf")) {
            int ok = 0;
            for (JsonNode alt : schema.get("oneOf")) {
                List<String> e = new ArrayList<>();
                validate(root, alt, value, path, e);
                ok += e.isEmpty() ? 1 : 0;
            }
            if (ok != 1) {
                errors.add(path + ": matches " + ok + " of the oneOf alternatives");
            }
            return;
        }
        if (schema.has("type") && !typeMatches(schema.get("type"), value)) {
            errors.add(path + ": " + value.getNodeType() + " is not " + schema.get("type"));
            return;
        }
        if (schema.has("enum") && !value.isNull()) {
            boolean found = false;
            for (JsonNode e : schema.get("enum")) {
                found |= e.equals(value);
            }
            if (!found) {
                errors.add(path + ": " + value + " not in " + schema.get("enum"));
            }
        }
        if (value.isObject() && schema.has("properties")) {
            Set<String> documented = new TreeSet<>();
            schema.get("properties").fieldNames().forEachRemaining(documented::add);
            Set<String> written = new TreeSet<>();
            value.fieldNames().forEachRemaining(written::add);
            if (!documented.equals(written)) {
                errors.add(path + ": written " + written + " but documented " + documented);
            }
            for (String f : written) {
                if (documented.contains(f)) {
                    validate(root, schema.get("properties").get(f), value.get(f), path + "." + f, errors);
                }
            }
            for (JsonNode r : schema.path("required")) {
                if (!value.has(r.asText())) {
                    errors.add(path + ": missing required " + r.asText());
                }
            }
        }
        if (value.isArray() && schema.has("items")) {
            for (int i = 0; i < value.size(); i++) {
                validate(root, schema.get("items"), value.get(i), path + "[" + i + "]", errors);
            }
        }
    }

    private static boolean typeMatches(JsonNode type, JsonNode v) {
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (typeMatches(t, v)) {
                    return true;
                }
            }
            return false;
        }
        return switch (type.asText()) {
            case "string" -> v.isTextual();
            case "integer" -> v.isIntegralNumber();
            case "number" -> v.isNumber();
            case "object" -> v.isObject();
            case "array" -> v.isArray();
            case "null" -> v.isNull();
            case "boolean" -> v.isBoolean();
            default -> false;
        };
    }
}
