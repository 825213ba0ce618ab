package org.sitrep.extract.time;

import java.time.LocalDate;
import java.util.List;
import org.sitrep.model.Analysis;
import org.sitrep.model.TimeExpression;

/** Corrections of SUTime's output for news text. */
final class NewsTimeRules {

    private NewsTimeRules() {
    }

    static List<TimeExpression> apply(Analysis a, List<TimeExpression> raw, LocalDate anchor) {
        return raw;
    }
}
