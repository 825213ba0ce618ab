package org.sitrep.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.internal.Counts;

/** Writes a {@link ResultTable}: aligned plain text for a terminal, a JSON array of objects, or CSV (RFC 4180). */
public final class TableFormat {

    public enum Kind { TABLE, JSON, CSV }

    /** Widest cell of the text table; longer values (quotes, evidence) are cut with an ellipsis. */
    static final int MAX_WIDTH = 70;

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private TableFormat() {
    }

    public static String write(ResultTable t, Kind kind) {
        return switch (kind) {
            case TABLE -> table(t);
            case JSON -> json(t);
            case CSV -> csv(t);
        };
    }

    static String table(ResultTable t) {
        int n = t.columns().size();
        int[] w = new int[n];
        List<String[]> cells = new ArrayList<>();
        for (List<Object> r : t.rows()) {
            String[] c = new String[n];
            for (int i = 0; i < n; i++) {
                c[i] = cut(r.get(i) == null ? "" : String.valueOf(r.get(i)).replaceAll("\\s+", " "));
                w[i] = Math.max(w[i], c[i].length());
            }
            cells.add(c);
        }
        for (int i = 0; i < n; i++) {
            w[i] = Math.max(w[i], t.columns().get(i).length());
        }
        StringBuilder b = new StringBuilder();
        line(b, t.columns().toArray(new String[0]), w);
        String[] rule = new String[n];
        for (int i = 0; i < n; i++) {
            rule[i] = "-".repeat(w[i]);
        }
        line(b, rule, w);
        for (String[] c : cells) {
            line(b, c, w);
        }
        b.append("(").append(Counts.of(t.size(), "row")).append(")").append('\n');
        return b.toString();
    }

    private static void line(StringBuilder b, String[] c, int[] w) {
        StringBuilder l = new StringBuilder();
        for (int i = 0; i < c.length; i++) {
            l.append(i == 0 ? "" : "  ").append(c[i]).append(" ".repeat(w[i] - c[i].length()));
        }
        b.append(l.toString().stripTrailing()).append('\n');
    }

    private static String cut(String s) {
        return s.length() <= MAX_WIDTH ? s : s.substring(0, MAX_WIDTH - 1) + "…";
    }

    static String json(ResultTable t) {
        ArrayNode arr = MAPPER.createArrayNode();
        for (List<Object> r : t.rows()) {
            ObjectNode o = arr.addObject();
            for (int i = 0; i < t.columns().size(); i++) {
                o.set(t.columns().get(i), MAPPER.valueToTree(r.get(i)));
            }
        }
        try {
            return MAPPER.writer().with(SerializationFeature.INDENT_OUTPUT).writeValueAsString(arr) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String csv(ResultTable t) {
        StringBuilder b = new StringBuilder();
        csvLine(b, new ArrayList<>(t.columns()));
        for (List<Object> r : t.rows()) {
            csvLine(b, r);
        }
        return b.toString();
    }

    static void csvLine(StringBuilder b, List<?> values) {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            Object v = values.get(i);
            String s = v == null ? "" : String.valueOf(v);
            if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
                s = "\"" + s.replace("\"", "\"\"") + "\"";
            }
            b.append(s);
        }
        b.append("\r\n");
    }
}
