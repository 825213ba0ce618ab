package org.sitrep.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.sitrep.format.JsonFormat;
import org.sitrep.model.Analysis;
import org.sitrep.model.Article;
import org.sitrep.model.Entity;
import org.sitrep.model.EntityType;
import org.sitrep.model.Mention;
import org.sitrep.model.Place;
import org.sitrep.model.Problem;
import org.sitrep.model.Quote;
import org.sitrep.model.Span;
import org.sitrep.model.Story;
import org.sitrep.model.TimeExpression;

class ContractSchemaTest {

    @Test
    void theSparkSchemaHasTheContractsTopLevelFields() {
        JsonNode doc = ContractSchema.document();
        List<String> documented = new ArrayList<>();
        doc.get("properties").fieldNames().forEachRemaining(documented::add);
        assertEquals(documented, List.of(ContractSchema.analysis().fieldNames()));
        assertEquals(List.of("stories", "entities", "quotes", "times", "places", "events", "problems"),
                ContractSchema.arrayFields());
    }

    @Test
    void referencesAndNullableAlternativesResolve() {
        StructType s = ContractSchema.analysis();
        StructType quote = (StructType) ((ArrayType) s.apply("quotes").dataType()).elementType();
        StructType content = (StructType) quote.apply("content").dataType();
        assertEquals(List.of("begin", "end", "text"), List.of(content.fieldNames()));
        assertEquals(DataTypes.LongType, content.apply("begin").dataType());
        assertEquals(content, quote.apply("cue").dataType());
        StructType place = (StructType) ((ArrayType) s.apply("places").dataType()).elementType();
        assertEquals(DataTypes.DoubleType, place.apply("lat").dataType());
    }

    @Test
    void anAnalysisBecomesARowWithEveryWrittenField() {
        String text = "Peskov said talks would go on. Moscow, Monday";
        Span peskov = new Span(0, 6);
        Analysis a = Analysis.of(Article.of("t1", text))
                .withStories(List.of(new Story(new Span(0, text.length()), null, "Sputnik")))
                .withEntities(List.of(new Entity("e1", "Peskov", EntityType.PERSON, "RUS", null,
                        List.of(new Mention(peskov, EntityType.PERSON, Mention.Kind.NAME, "e1")))))
                .withQuotes(List.of(new Quote(Quote.Kind.INDIRECT, new Span(12, 29), new Span(7, 11),
                        new Quote.Speaker("e1", "Peskov", peskov), 0.9, "subject", new Span(39, 45))))
                .withTimes(List.of(new TimeExpression(new Span(39, 45), "DATE", "2023-09-18", null)))
                .withPlaces(List.of(new Place(new Span(31, 37), "Moscow", "RUS", 55.75, 37.62, 524901L)))
                .withProblem(Problem.warning("w", "a warning"));
        Row r = JsonRows.row(JsonFormat.toJson(a), ContractSchema.analysis());
        assertEquals("t1", r.getAs("id"));
        Row quote = r.<scala.collection.Seq<Row>>getAs("quotes").apply(0);
        assertEquals("talks would go on", quote.<Row>getAs("content").getAs("text"));
        assertEquals("Peskov", quote.<Row>getAs("speaker").getAs("name"));
        assertEquals(0.9, (double) quote.getAs("confidence"));
        assertEquals("Monday", quote.<Row>getAs("time").getAs("text"));
        Row place = r.<scala.collection.Seq<Row>>getAs("places").apply(0);
        assertEquals(524901L, (long) place.getAs("geonameid"));
        Row story = r.<scala.collection.Seq<Row>>getAs("stories").apply(0);
        assertNull(story.getAs("headline"));
        assertTrue(r.<scala.collection.Seq<Row>>getAs("problems").nonEmpty());
    }

    @Test
    void aFieldOutsideTheContractIsRefused() {
        ObjectNode o = JsonFormat.toJson(Analysis.of(Article.of("t", "x")));
        o.put("sentiment", 0.5);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> JsonRows.row(o, ContractSchema.analysis()));
        assertTrue(e.getMessage().contains("sentiment"), e.getMessage());
        ObjectNode wrong = JsonFormat.toJson(Analysis.of(Article.of("t", "x")));
        wrong.put("text", 3);
        assertThrows(IllegalStateException.class, () -> JsonRows.row(wrong, ContractSchema.analysis()));
    }
}
