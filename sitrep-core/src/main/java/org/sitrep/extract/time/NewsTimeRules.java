package org.sitrep.extract.time;

import java.time.LocalDate;
import java.util.List;
import org.sitrep.model.Analysis;
import org.sitrep.model.TimeExpression;

/**
 * SUTime's output corrected for news, rule by rule, in an order where each rule sees the previous one's
 * result: drop what is not a time, add what SUTime passes over (hyphenated parts, weekdays), join or split
 * what it cuts wrongly, fix granularity, quarters and halves, resolve by tense, then the rules that need
 * resolved days (midnight, "the week of", a clock time's day) and the narrative anchor ("that year", "that
 * same day"), which must see resolved explicit dates; last, rates and bare plural units, which earlier rules
 * may still have joined into wider expressions, are dropped.
 */
final class NewsTimeRules {

    private NewsTimeRules() {
    }

    static List<TimeExpression> apply(Analysis a, List<TimeExpression> raw, LocalDate anchor) {
        List<TimeExpression> t = SpuriousFilter.apply(a, raw);
        t = RangeRule.apply(a, t, anchor);
        t = NullValueRule.apply(a, t, anchor);
        t = PartOfPeriodRule.apply(a, t, anchor);
        t = WeekdayRule.apply(a, t, anchor);
        t = SpokenYearRule.apply(a, t);
        t = DurationRule.apply(a, t);
        t = PeriodRule.apply(a, t, anchor);
        t = UnitRule.apply(a, t);
        t = VagueUnitRule.apply(a, t);
        t = QuarterRule.apply(a, t, anchor);
        t = HalfYearRule.apply(a, t, anchor);
        t = AgoRule.apply(a, t, anchor);
        t = TenseResolver.apply(a, t, anchor);
        t = MidnightRule.apply(a, t);
        t = WeekOfRule.apply(a, t);
        t = ClockDayRule.apply(a, t, anchor);
        t = DaylightZoneRule.apply(a, t);
        t = NarrativeAnchor.apply(a, t);
        t = ModifierRule.apply(a, t);
        t = RateFilter.apply(a, t);
        return t;
    }
}
