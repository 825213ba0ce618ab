package org.sitrep.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Output formats of query results, and the filter's checks of what a user typed. */
class TableFormatTest {

    private final ResultTable t = new ResultTable(List.of("id", "speaker", "quote"), List.of(
            Arrays.asList(1L, "Dmitry Peskov", "We are \"concerned\", he said"),
            Arrays.asList(2L, null, "x".repeat(100))));

    @Test
    void csvQuotesWhatNeedsQuoting() {
        assertEquals("id,speaker,quote\r\n1,Dmitry Peskov,\"We are \"\"concerned\"\", he said\"\r\n2,,"
                + "x".repeat(100) + "\r\n", TableFormat.write(t, TableFormat.Kind.CSV));
    }

    @Test
    void tableAlignsAndCutsLongCells() {
        String[] lines = TableFormat.write(t, TableFormat.Kind.TABLE).split("\n");
        assertEquals(5, lines.length);
        assertTrue(lines[0].startsWith("id  speaker        quote"), lines[0]);
        assertTrue(lines[3].endsWith("…"), lines[3]);
        assertEquals("(2 rows)", lines[4]);
    }

    @Test
    void jsonKeepsTypesAndNulls() {
        String json = TableFormat.write(t, TableFormat.Kind.JSON);
        assertTrue(json.contains("\"id\" : 1,"), json);
        assertTrue(json.contains("\"speaker\" : null"), json);
    }

    @Test
    void filterChecksDyadAndDates() {
        QueryFilter f = new QueryFilter(null, null, "aze-*", null, null, null, null, 0);
        assertEquals("AZE", f.dyadSource());
        assertEquals(null, f.dyadTarget());
        assertThrows(IllegalArgumentException.class, () -> new QueryFilter(null, null, "Azerbaijan", null, null, null, null, 0));
        assertThrows(IllegalArgumentException.class, () -> new QueryFilter(null, null, null,
                LocalDate.parse("2023-09-30"), LocalDate.parse("2023-09-01"), null, null, 0));
        assertEquals("2023-09-18", QueryService.bucket("2023-09-24", QueryService.Period.WEEK));
    }
}
