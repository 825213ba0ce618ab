package org.sitrep.spark;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import scala.collection.immutable.ArraySeq;

/**
 * Turns the JSON contract of an analysis (as {@code JsonFormat} writes it: the one place that maps the
 * records to fields) into a Spark row of {@link ContractSchema}. Strict by design: a field the writer emits
 * but the schema lacks, or a value of the wrong kind, is an error, so the tables never drift from the contract.
 */
public final class JsonRows {

    private JsonRows() {
    }

    public static Row row(JsonNode object, StructType schema) {
        return (Row) value(object, schema, "$");
    }

    private static Object value(JsonNode n, DataType type, String path) {
        if (n == null || n.isNull() || n.isMissingNode()) {
            return null;
        }
        if (type instanceof StructType st) {
            if (!n.isObject()) {
                throw mismatch(path, "object", n);
            }
            Iterator<String> names = n.fieldNames();
            while (names.hasNext()) {
                String name = names.next();
                if (st.getFieldIndex(name).isEmpty()) {
                    throw new IllegalStateException(path + "." + name + " is written but not in the contract schema");
                }
            }
            StructField[] fields = st.fields();
            Object[] values = new Object[fields.length];
            for (int i = 0; i < fields.length; i++) {
                values[i] = value(n.get(fields[i].name()), fields[i].dataType(), path + "." + fields[i].name());
            }
            return new GenericRowWithSchema(values, st);
        }
        if (type instanceof ArrayType at) {
            if (!n.isArray()) {
                throw mismatch(path, "array", n);
            }
            Object[] out = new Object[n.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = value(n.get(i), at.elementType(), path + "[" + i + "]");
            }
            return ArraySeq.unsafeWrapArray(out);
        }
        if (type.equals(DataTypes.StringType)) {
            if (!n.isTextual()) {
                throw mismatch(path, "string", n);
            }
            return n.asText();
        }
        if (type.equals(DataTypes.LongType)) {
            if (!n.canConvertToExactIntegral() || !n.isNumber()) {
                throw mismatch(path, "integer", n);
            }
            return n.asLong();
        }
        if (type.equals(DataTypes.DoubleType)) {
            if (!n.isNumber()) {
                throw mismatch(path, "number", n);
            }
            return n.asDouble();
        }
        if (type.equals(DataTypes.BooleanType)) {
            if (!n.isBoolean()) {
                throw mismatch(path, "boolean", n);
            }
            return n.asBoolean();
        }
        throw new IllegalStateException(path + ": unsupported type " + type);
    }

    private static IllegalStateException mismatch(String path, String want, JsonNode got) {
        return new IllegalStateException(path + ": contract says " + want + ", writer gave " + got.getNodeType());
    }
}
