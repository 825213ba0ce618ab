package org.sitrep.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The Spark schema of an analysis, derived from the JSON contract's own document
 * ({@code docs/analysis.schema.json}, packed into this jar at build time) rather than written a second time:
 * the Parquet tables can then only carry the contract's fields, under the contract's names. Integers become
 * longs, numbers doubles, objects structs, arrays arrays. Every column is nullable: a value the contract
 * forbids is caught by the core's contract test, not by failing a job hours into an archive.
 */
public final class ContractSchema {

    private static final String RESOURCE = "analysis.schema.json";

    private ContractSchema() {
    }

    /** The schema of one analysis row: the contract's top-level object. */
    public static StructType analysis() {
        JsonNode doc = document();
        return (StructType) type(doc, doc);
    }

    /** The contract's top-level fields that are arrays: each becomes one table, one row per element. */
    public static List<String> arrayFields() {
        List<String> out = new ArrayList<>();
        for (StructField f : analysis().fields()) {
            if (f.dataType() instanceof ArrayType) {
                out.add(f.name());
            }
        }
        return out;
    }

    static JsonNode document() {
        try (InputStream in = ContractSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " missing from the classpath (the build copies it from docs/)");
            }
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static DataType type(JsonNode node, JsonNode root) {
        if (node.has("$ref")) {
            return type(resolve(node.get("$ref").asText(), root), root);
        }
        if (node.has("oneOf")) {
            DataType chosen = null;
            for (JsonNode alt : node.get("oneOf")) {
                if (!"null".equals(alt.path("type").asText())) {
                    if (chosen != null) {
                        throw new IllegalStateException("oneOf with two non-null alternatives is not a Spark type: " + node);
                    }
                    chosen = type(alt, root);
                }
            }
            return chosen;
        }
        String t = typeName(node.get("type"));
        return switch (t) {
            case "object" -> struct(node, root);
            case "array" -> DataTypes.createArrayType(type(node.get("items"), root), true);
            case "integer" -> DataTypes.LongType;
            case "number" -> DataTypes.DoubleType;
            case "string" -> DataTypes.StringType;
            case "boolean" -> DataTypes.BooleanType;
            default -> throw new IllegalStateException("unsupported schema type " + t + " in " + node);
        };
    }

    private static StructType struct(JsonNode node, JsonNode root) {
        List<StructField> fields = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> it = node.path("properties").fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            fields.add(DataTypes.createStructField(e.getKey(), type(e.getValue(), root), true));
        }
        return DataTypes.createStructType(fields);
    }

    /** The one non-null type of a {@code type} keyword ("string" or ["string", "null"]). */
    private static String typeName(JsonNode t) {
        if (t == null) {
            throw new IllegalStateException("schema node without a type");
        }
        if (t.isTextual()) {
            return t.asText();
        }
        String found = null;
        for (JsonNode x : t) {
            if (!"null".equals(x.asText())) {
                found = x.asText();
            }
        }
        return found;
    }

    private static JsonNode resolve(String ref, JsonNode root) {
        if (!ref.startsWith("#/")) {
            throw new IllegalStateException("only local references are supported: " + ref);
        }
        JsonNode n = root.at(ref.substring(1));
        if (n.isMissingNode()) {
            throw new IllegalStateException("unresolved reference " + ref);
        }
        return n;
    }
}
