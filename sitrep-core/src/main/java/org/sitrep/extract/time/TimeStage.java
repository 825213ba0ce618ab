package org.sitrep.extract.time;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.sitrep.model.Analysis;
import org.sitrep.model.Layer;
import org.sitrep.model.TimeExpression;
import org.sitrep.nlp.SuTime;
import org.sitrep.pipeline.Stage;

/**
 * Time expressions normalised to TIMEX3 values and anchored to the publication date: SUTime finds and
 * normalises them, then {@link NewsTimeRules} correct what it gets wrong in news (tense of weekdays, the
 * narrative anchor, coordinated "two and three years ago", bracketed zone times, TimeML span conventions).
 */
public final class TimeStage implements Stage {

    private final SuTime suTime;

    public TimeStage() {
        this(new SuTime());
    }

    public TimeStage(SuTime suTime) {
        this.suTime = suTime;
    }

    @Override
    public String name() {
        return "times";
    }

    @Override
    public Set<Layer> requires() {
        return EnumSet.of(Layer.TOKENS, Layer.SENTENCES, Layer.PUBLISHED);
    }

    @Override
    public Set<Layer> produces() {
        return EnumSet.of(Layer.TIMES);
    }

    @Override
    public Analysis apply(Analysis in) {
        return in.withTimes(find(in));
    }

    /** The corrected time expressions of an analysis. */
    public List<TimeExpression> find(Analysis in) {
        LocalDate anchor = in.article().published().date();
        return NewsTimeRules.apply(in, suTime.find(in, anchor), anchor);
    }
}
