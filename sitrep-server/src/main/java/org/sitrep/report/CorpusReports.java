package org.sitrep.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.Analysis;
import org.sitrep.query.QueryFilter;
import org.sitrep.query.QueryService;
import org.sitrep.query.ResultTable;
import org.sitrep.store.Goldstein;
import org.sitrep.store.Store;
import org.sitrep.internal.Counts;

/**
 * Situation reports over the corpus: the articles of a story, or those a full-text query finds (chosen by
 * {@link QueryService}, the same selection as {@code sitrep query articles}), loaded whole from the store.
 * QueryService folds near-duplicates into the article they repeat; dates bound both articles and events.
 */
public final class CorpusReports {

    private CorpusReports() {
    }

    public static SituationReport forStory(Store store, long story, LocalDate from, LocalDate to, String title) {
        QueryService q = new QueryService(store);
        ResultTable s = q.stories(new QueryFilter(null, null, null, null, null, null, story, 1));
        if (s.size() == 0) {
            throw new IllegalArgumentException("no story " + story + " in the store");
        }
        String label = (String) s.get(0, "label");
        QueryFilter f = new QueryFilter(null, null, null, from, to, null, story, 0);
        return build(store, q.articles(f), title != null ? title : label, "story " + story + " (" + label + ")",
                "no article of story " + story + " in the store", from, to);
    }

    public static SituationReport forQuery(Store store, String text, LocalDate from, LocalDate to, String title) {
        QueryService q = new QueryService(store);
        QueryFilter f = new QueryFilter(null, null, null, from, to, text, null, 0);
        return build(store, q.articles(f), title != null ? title : "Situation report: " + text, "articles matching \"" + text + "\"",
                "no article in the store matches \"" + text + "\"", from, to);
    }

    /** Refuses, saying {@code none}, when no article is selected: a report of empty sections reads as "all quiet". */
    private static SituationReport build(Store store, ResultTable articles, String title, String scope, String none,
            LocalDate from, LocalDate to) {
        List<Analysis> analyses = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            long id = ((Number) articles.get(i, "id")).longValue();
            store.analysis(id).ifPresent(analyses::add);
        }
        String range = from == null && to == null ? "" : ", " + (from == null ? "…" : from) + " to " + (to == null ? "…" : to);
        if (analyses.isEmpty()) {
            throw new IllegalArgumentException(none + (range.isEmpty() ? "" : " (events" + range + ")"));
        }
        String fullScope = scope + ": " + Counts.of(analyses.size(), "article") + range;
        return new ReportBuilder(e -> Goldstein.of(e.cameo(), e.type()), ReportBuilder.Limits.DEFAULT)
                .build(title, fullScope, analyses, from, to);
    }
}
