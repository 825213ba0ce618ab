package org.sitrep.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.extract.time.TimeStage;
import org.sitrep.model.Analysis;
import org.sitrep.model.Article;
import org.sitrep.model.Published;
import org.sitrep.model.Span;
import org.sitrep.model.TimeExpression;
import org.sitrep.nlp.SuTime;
import org.sitrep.pipeline.Stage;

/**
 * Scores the time stage, and plain SUTime beside it, on TimeML documents (the DCT is given as the
 * publication date) and on seed-format gold ({@code times[]} as verbatim strings with values).
 */
public final class TimeEvaluator {

    /** Sitrep's scores and the SUTime baseline's on the same documents. */
    public record Result(int documents, TimeScore sitrep, TimeScore baseline) {
        public Result plus(Result o) {
            return new Result(documents + o.documents, sitrep.plus(o.sitrep), baseline.plus(o.baseline));
        }
    }

    private final Stage nlp;
    private final TimeStage times;
    private final SuTime suTime;

    /** {@code nlp} tokenises (a CoreNLP stage; the parser is not needed); {@code suTime} may be null. */
    public TimeEvaluator(Stage nlp, TimeStage times, SuTime suTime) {
        this.nlp = nlp;
        this.times = times;
        this.suTime = suTime;
    }

    public Result timeMl(List<Path> files) throws IOException {
        Result r = new Result(0, TimeScore.ZERO, TimeScore.ZERO);
        for (Path f : files) {
            TimeMlDocument d = TimeMlDocument.read(f);
            Article article = Article.of(d.id(), d.text()).withPublished(Published.given(d.dct()));
            Analysis a = nlp.apply(Analysis.of(article)).withPublished(article.published());
            TimeScore s = TimeScore.of(d.id(), d.text(), times.find(a), d.gold());
            TimeScore b = suTime == null ? TimeScore.ZERO : TimeScore.of(d.id(), d.text(), suTime.find(a, d.dct()), d.gold());
            r = r.plus(new Result(1, s, b));
        }
        return r;
    }

    /**
     * Seed-format gold: each gold time is its first occurrence in the text. The text is analysed without a
     * publication date, so the date the pipeline infers is the anchor (the baseline gets the same anchor).
     */
    public Result seed(Stage published, Path goldFile, String text) throws IOException {
        SeedGold g = SeedGold.read(goldFile);
        List<TimeExpression> gold = new ArrayList<>();
        for (SeedGold.GoldTime t : g.times()) {
            int at = text.indexOf(t.text());
            if (at < 0) {
                throw new IOException(goldFile + ": gold time not in text: " + t.text());
            }
            gold.add(new TimeExpression(new Span(at, at + t.text().length()), null, t.value(), null));
        }
        gold.sort((x, y) -> x.span().compareTo(y.span()));
        Analysis a = nlp.apply(published.apply(Analysis.of(Article.of(g.document(), text))));
        TimeScore s = TimeScore.of(g.document(), text, times.find(a), gold);
        TimeScore b = suTime == null ? TimeScore.ZERO
                : TimeScore.of(g.document(), text, suTime.find(a, a.article().published().date()), gold);
        return new Result(1, s, b);
    }
}
