package org.sitrep.query;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Rows of a query: named columns and values (String, Long, Double or null), ready for any output format. */
public record ResultTable(List<String> columns, List<List<Object>> rows) {

    public ResultTable {
        columns = List.copyOf(columns);
        List<List<Object>> copy = new ArrayList<>();
        for (List<Object> r : rows) {
            copy.add(java.util.Collections.unmodifiableList(new ArrayList<>(r)));
        }
        rows = java.util.Collections.unmodifiableList(copy);
    }

    public static ResultTable of(String... columns) {
        return new ResultTable(Arrays.asList(columns), List.of());
    }

    public int size() {
        return rows.size();
    }

    /** The value in a row under a column name. */
    public Object get(int row, String column) {
        int i = columns.indexOf(column);
        if (i < 0) {
            throw new IllegalArgumentException("no column " + column + " in " + columns);
        }
        return rows.get(row).get(i);
    }
}
