package org.sitrep.extract.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.extract.story.StorySegmenter;
import org.sitrep.model.Analysis;
import org.sitrep.model.Article;
import org.sitrep.model.Published;
import org.sitrep.model.TimeExpression;
import org.sitrep.pipeline.Stage;
import org.sitrep.pipeline.StageContract;
import org.sitrep.testing.Fixtures;

/** The time stage on made-up sentences, one rule each, anchored to a given publication date. */
class TimeStageTest extends StageContract {

    private static final TimeStage STAGE = new TimeStage();
    /** A Tuesday. */
    private static final LocalDate ANCHOR = LocalDate.of(2023, 9, 19);

    @Override
    protected Stage stage() {
        return STAGE;
    }

    static List<TimeExpression> times(String text, LocalDate published) {
        Article article = Article.of("t", text).withPublished(Published.given(published));
        Analysis a = new StorySegmenter().apply(Fixtures.nlp().apply(Analysis.of(article).withPublished(article.published())));
        return STAGE.apply(a).times();
    }

    /** The single expression whose text is {@code words}. */
    private static TimeExpression find(String text, String words) {
        List<TimeExpression> ts = times(text, ANCHOR);
        for (TimeExpression t : ts) {
            if (t.span().of(text).equals(words)) {
                return t;
            }
        }
        throw new AssertionError("no time \"" + words + "\" in " + ts.stream().map(t -> t.span().of(text) + "=" + t.value()).toList());
    }

    @Test
    void pastTenseWeekdayIsTheOneJustGone() {
        assertEquals("2023-09-14", find("The rebels attacked the town on Thursday.", "Thursday").value());
    }

    @Test
    void futureTenseWeekdayIsTheOneToCome() {
        assertEquals("2023-09-21", find("The ministers will meet on Thursday.", "Thursday").value());
    }

    @Test
    void weekdayOfTheAnchorIsTheAnchorItself() {
        assertEquals("2023-09-19", find("Shelling resumed on Tuesday, officials said.", "Tuesday").value());
    }

    @Test
    void yesterdayAndLastYear() {
        assertEquals("2023-09-18", find("As of yesterday, the road was open.", "yesterday").value());
        assertEquals("2022", find("Last year, the two sides began talks.", "Last year").value());
    }

    @Test
    void agoKeepsTheGranularityOfItsUnit() {
        assertEquals("2020", find("The pact was signed three years ago.", "three years ago").value());
        assertEquals("2023-06", find("The pact was signed three months ago.", "three months ago").value());
    }

    @Test
    void coordinatedAgoSpansBothYears() {
        TimeExpression t = find("They cited the accords of two and three years ago.", "two and three years ago");
        assertEquals("2020/2021", t.value());
    }

    @Test
    void rangeOfYearsIsOneExpression() {
        assertEquals("2016/2019", find("The statements were adopted in the period from 2016 to 2019.", "from 2016 to 2019").value());
    }

    @Test
    void bracketedGmtTimeGivesTheZonedValue() {
        TimeExpression t = find("From 14:00 [11:00 am GMT] on March 2, 2023, the monitors recorded violations.",
                "14:00 [11:00 am GMT] on March 2, 2023");
        assertEquals("2023-03-02T11:00Z", t.value());
        assertEquals("TIME", t.type());
    }

    @Test
    void thatYearFollowsTheNarrativeAnchor() {
        String text = "In March 2019, fighting broke out. On June 4 that year, both sides agreed to a truce.";
        assertEquals("2019-06-04", find(text, "June 4 that year").value());
    }

    @Test
    void endOfMonthKeepsTheModifier() {
        TimeExpression t = find("At the end of May this year, the talks resumed.", "the end of May this year");
        assertEquals("2023-05", t.value());
        assertEquals("END", t.mod());
    }

    @Test
    void quarterWithoutYearIsOfTheAnchorYearOrTheOneBefore() {
        assertEquals("2023-Q2", find("Profit rose in the second quarter, the company said.", "the second quarter").value());
        assertEquals("2022-Q4", find("Profit fell in the fourth quarter, the company said.", "the fourth quarter").value());
    }

    @Test
    void aYearAgoInAResultsStoryIsTheSameQuarterAYearBefore() {
        String text = "Net income in the second quarter rose to $5 million from $4 million a year ago.";
        assertEquals("2022-Q2", find(text, "a year ago").value());
    }

    @Test
    void agesAndVagueAdverbsAreNotTimes() {
        String text = "A 6-year-old boy, who was 52 years old, once lived here and previously worked there.";
        assertTrue(times(text, ANCHOR).isEmpty(), () -> times(text, ANCHOR).toString());
    }

    @Test
    void monthDayWithoutYearIsTheNearest() {
        assertEquals("2024-01-05", find("The offer expires Jan. 5, the company said.", "Jan. 5").value());
    }

    /** The single expression whose text is {@code words}, anchored to {@code anchor}. */
    private static TimeExpression find(String text, String words, LocalDate anchor) {
        List<TimeExpression> ts = times(text, anchor);
        return ts.stream().filter(t -> t.span().of(text).equals(words)).findFirst().orElseThrow(() -> new AssertionError(
                "no time \"" + words + "\" in " + ts.stream().map(t -> t.span().of(text) + "=" + t.value()).toList()));
    }

    @Test
    void speltOutYearsAreWhole() {
        String text = "The bomb went off in nineteen ninety-six. Another followed in January nineteen ninety-seven.";
        assertEquals("1996", find(text, "nineteen ninety-six").value());
        assertEquals("1997-01", find(text, "January nineteen ninety-seven").value());
    }

    @Test
    void decadesAndCenturiesAreWrittenByTheirLeadingDigits() {
        TimeExpression late = find("The group held power in the late 1970s.", "the late 1970s");
        assertEquals("197", late.value());
        assertEquals("END", late.mod());
        assertEquals("19", find("It was the worst war of the 20th century.", "the 20th century").value());
    }

    @Test
    void quartersAsLengthsUseTheQuarterUnit() {
        assertEquals("PXQ", find("It made a profit after several quarters of losses.", "several quarters").value());
        assertEquals("P2Q", find("It has had losses in the past two quarters.", "the past two quarters").value());
    }

    @Test
    void aHolidayMovesToTheNearestYearByItsOwnRule() {
        // Thanksgiving is the fourth Thursday of November: 2023-11-23, not SUTime's 2024 date moved back.
        TimeExpression t = find("The boy was found on Thanksgiving Day off the coast.", "Thanksgiving Day",
                LocalDate.of(2024, 1, 10));
        assertEquals("2023-11-23", t.value());
    }

    @Test
    void aClosedPeriodEndsBeforeTheAnchor() {
        // Nearest would be 2024-03-31; "the year ended" is over.
        assertEquals("2023-03-31", find("Revenue rose in the year ended March 31, the company said.", "March 31",
                LocalDate.of(2023, 11, 20)).value());
    }

    @Test
    void lookAheadWordsAndConditionalsPointToTheComingWeekday() {
        assertEquals("2023-09-21", find("Officials said the envoy could arrive as early as Thursday.", "Thursday").value());
        assertEquals("2023-09-21", find("The minister said he would travel to Baku Thursday.", "Thursday").value());
    }

    @Test
    void aDeadlineUntilAWeekdayIsToCome() {
        assertEquals("2023-09-21", find("The agency gave the family until Thursday to sign.", "Thursday").value());
    }

    @Test
    void aDateGluedToOtherWordsIsKeptOnItsOwn() {
        // SUTime reads "second this year" as one expression it cannot normalise.
        assertEquals("2023", find("The increase was the company's second this year.", "this year").value());
    }

    @Test
    void theLatestQuarterIsTheLastOneReportedNotOneToCome() {
        String text = "Third-quarter profit rose 11%. The company expects a fourth-quarter charge. "
                + "Sales fell in the latest quarter.";
        assertEquals("2023-Q3", find(text, "the latest quarter", LocalDate.of(2023, 11, 2)).value());
    }

    @Test
    void daysLaterIsALength() {
        TimeExpression t = find("Three days later, the index was down.", "Three days");
        assertEquals("P3D", t.value());
        assertEquals("DURATION", t.type());
    }

    @Test
    void halvesAreAddedToTheLength() {
        assertEquals("P2Y6M", find("The talks lasted 2 1/2 years before the deal.", "2 1/2 years").value());
        assertEquals("PT1M30S", find("A minute and a half later, a pilot called in.", "A minute and a half").value());
    }

    @Test
    void aFrontedTimeTakesTheTenseOfItsOwnClause() {
        // "to overturn" looks ahead, but "in March" belongs to "ruled", after it.
        String text = "The relatives filed a lawsuit to overturn the decision, but in March a judge ruled against them.";
        assertEquals("2023-03", find(text, "March").value());
    }

    @Test
    void thePastPerfectPutsAWeekdayBeforeTheTelling() {
        assertEquals("2023-09-15", find("The offer had been due to expire Friday.", "Friday").value());
        assertEquals("2023-09-14", find("Until Thursday, the police had not called him a suspect.", "Thursday").value());
    }

    @Test
    void aFarMonthDayToldInThePastIsTheOneGone() {
        // Nearest would be 2023-11-03, six months ahead; "was last seen" tells of the one before.
        assertEquals("2022-11-03", find("He was last seen Nov. 3, the police said.", "Nov. 3", LocalDate.of(2023, 5, 7)).value());
    }

    @Test
    void halfYearsAreH1AndH2() {
        assertEquals("1989-H2", find("Earnings will be lower for the last half of 1989.", "the last half of 1989").value());
        assertEquals("1990-H1", find("The slump will last through the first two quarters of 1990.",
                "the first two quarters of 1990").value());
    }

    @Test
    void aLengthGluedToAWeekdayIsSplit() {
        String text = "She took the stand for more than four hours Friday in a Tel Aviv court.";
        TimeExpression length = find(text, "more than four hours");
        assertEquals("PT4H", length.value());
        assertEquals("MORE_THAN", length.mod());
        assertEquals("2023-09-15", find(text, "Friday").value());
    }

    @Test
    void theEndsOfARangeOfLengthsAreMarkedApart() {
        String text = "It takes between two to six days for each patient.";
        assertEquals("P2D", find(text, "two").value());
        assertEquals("P6D", find(text, "six days").value());
    }

    @Test
    void moreAddsToTheCountNotToTheVagueness() {
        TimeExpression t = find("The boy will remain in the country for at least two more weeks.", "at least two more weeks");
        assertEquals("P2W", t.value());
        assertEquals("EQUAL_OR_MORE", t.mod());
        assertEquals("P3Y", find("The base will be leased for three more years.", "three more years").value());
    }

    @Test
    void namesOfShowsInQuotesAreNotTimes() {
        String text = "The minister, speaking on ABC's \"This Week,\" said the request was clear.";
        assertTrue(times(text, ANCHOR).isEmpty(), () -> times(text, ANCHOR).toString());
        assertEquals("2023-09-18", find("\"Next week,\" he said on Monday.", "Monday").value());
    }

    @Test
    void midnightIsTheEndOfTheDayNamed() {
        assertEquals("2023-09-15T24", find("The offer had been scheduled to expire at midnight Friday.", "midnight Friday").value());
    }

    @Test
    void aClockTimeTakesTheDayWrittenBesideIt() {
        String text = "The blast occurred at 10:35 a.m. (0735 GMT) Friday, toppling a building.";
        assertEquals("2023-09-15T10:35", find(text, "10:35 a.m.").value());
    }

    @Test
    void aVagueCountAgoIsAPastReference() {
        assertEquals("PAST_REF", find("The machines were removed a few years ago.", "a few years ago").value());
    }

    @Test
    void theWeekOfADayIsItsIsoWeek() {
        assertEquals("2023-W40", find("A hearing may be held the week of Oct. 2, a lawyer said.", "the week of Oct. 2").value());
    }

    @Test
    void plannedForLooksAhead() {
        assertEquals("2024-03", find("The accession was planned for early March, an official said.", "early March").value());
    }

    @Test
    void aHyphenatedPartOfAMonthOrYear() {
        TimeExpression mid = find("The company expects to release results in mid-November.", "mid-November");
        assertEquals("2023-11", mid.value());
        assertEquals("MID", mid.mod());
        assertEquals("1996", find("The group began to fall apart in mid-1996.", "mid-1996").value());
        assertEquals("2023-11", find("The agency gave the firm until mid-November to reply.", "mid-November").value());
    }

    @Test
    void theYearAfterTheFirstMonthsIsItsOwnDate() {
        String text = "Hiring averaged 242,000 for the first nine months of 1997.";
        assertEquals("P9M", find(text, "the first nine months").value());
        assertEquals("1997", find(text, "1997").value());
    }

    @Test
    void unitsInsideHyphenatedCompoundsAreNotTimes() {
        String text = "The rate is a notch above its quarter-century low after a last-minute effort failed.";
        assertTrue(times(text, ANCHOR).isEmpty(), () -> times(text, ANCHOR).toString());
    }

    @Test
    void thePastDecadeIsALength() {
        TimeExpression t = find("Threats had become routine over the past decade.", "the past decade");
        assertEquals("P10Y", t.value());
        assertEquals("DURATION", t.type());
    }

    @Test
    void aQuarterOfSomethingIsAFraction() {
        String text = "Mutual funds account for more than a quarter of the entire market.";
        assertTrue(times(text, ANCHOR).isEmpty(), () -> times(text, ANCHOR).toString());
    }

    @Test
    void theCorrespondingPeriodLastYearIsTheStorysQuarterAYearBefore() {
        String text = "Net income in the second quarter was $2 million, compared with $1 million for the corresponding "
                + "period last year. Sales for last year's quarter were $3 million.";
        assertEquals("2022-Q2", find(text, "the corresponding period last year").value());
        assertEquals("2022-Q2", find(text, "last year's quarter").value());
    }

    @Test
    void theYearAfterTheFirstMonthsOfTheYearIsTheAnchorYear() {
        String text = "Revenue rose to $713 million through the first nine months of the year.";
        assertEquals("2023", find(text, "the year").value());
    }

    @Test
    void theFollowingMonthIsTheOneAfterTheLastNamed() {
        String text = "In March, holders asked the company to act. The following month, the company put itself up for sale.";
        assertEquals("2023-04", find(text, "The following month").value());
    }

    @Test
    void thatSameDayIsTheDayLastNamed() {
        String text = "Slepian was killed on Oct. 23, 2022 by a sniper. Earlier that day, the family had sent a fax.";
        assertEquals("2022-10-23", find(text, "Earlier that day").value());
    }

    @Test
    void todayIsTheNthDayIsTheDayOfTelling() {
        assertEquals("2023-09-19", find("In the region, today is the eighth day of the operation.", "the eighth day").value());
    }

    @Test
    void aWeekdayWithItsPartOfDayIsResolvedByTense() {
        // SUTime passes over some weekdays; the rule adds them and the tense rule dates them.
        TimeExpression t = find("Castro spoke during a live television appearance Sunday night during a speech.", "Sunday night");
        assertEquals("2023-09-17TNI", t.value());
    }

    @Test
    void yearEndDecadesInWordsAndPrefixedYears() {
        TimeExpression end = find("The company plans to complete the deal by year-end.", "year-end");
        assertEquals("2023", end.value());
        assertEquals("END", end.mod());
        assertEquals("2022", find("The index has fallen 5% since year-end.", "year-end").value());
        assertEquals("199", find("Membership kept dropping through the nineties, he said.", "the nineties").value());
        TimeExpression post = find("The post-1959 politics split families.", "post-1959");
        assertEquals("1959", post.value());
        assertEquals("AFTER", post.mod());
        assertEquals("P1Y", find("The loan may be extended for an additional year.", "an additional year").value());
    }

    @Test
    void theUnitOfARateIsNoTime() {
        String text = "The deal will save the company $2 million a year and add 700 seats a week.";
        assertTrue(times(text, ANCHOR).isEmpty(), () -> times(text, ANCHOR).toString());
        assertEquals("2022", find("Profit rose to $5 million from $3 million a year earlier.", "a year earlier").value());
    }

    @Test
    void aBarePluralUnitIsNoTimeButForYearsIsALength() {
        String text = "The two bombs went off minutes apart, and a deal is a matter of days away.";
        assertTrue(times(text, ANCHOR).isEmpty(), () -> times(text, ANCHOR).toString());
        assertEquals("PXY", find("The region has been neglected for years.", "years").value());
    }

    @Test
    void vagueCountsOfUnitsAreLengthsOrReferences() {
        assertEquals("PRESENT_REF", find("Markets fall faster these days, traders said.", "these days").value());
        assertEquals("PAST_REF", find("There were sell programs in past years, too.", "past years").value());
        TimeExpression next = find("Talks will continue over the next few days.", "the next few days");
        assertEquals("DURATION", next.type());
        assertEquals("PXD", next.value());
    }

    @Test
    void nowOpeningASentenceWithACommaIsADiscourseMarker() {
        String text = "The plan was a good one. Now, he says, it looks like a trap.";
        assertTrue(times(text, ANCHOR).isEmpty(), () -> times(text, ANCHOR).toString());
        assertEquals("PRESENT_REF", find("The troops now control the airport.", "now").value());
    }

    @Test
    void aWeekdayAfterPlannedIsAhead() {
        // Told on a Tuesday: the demonstration planned "on Saturday" is the coming one.
        assertEquals("2023-09-23", find("Protesters planned a large demonstration in the capital on Saturday.", "Saturday").value());
    }

    @Test
    void oneDayAfterAModalIsTheIndefiniteFuture() {
        TimeExpression t = find("Analysts say the region will one day be a trade hub.", "one day");
        assertEquals("FUTURE_REF", t.value());
        assertEquals("P1D", find("The minister had been in the job only one day.", "one day").value());
    }

    @Test
    void recentBeforeTheSecIsThePastNotSeconds() {
        assertEquals("PAST_REF", find("The fund holds 14.6%, according to a recent SEC filing.", "recent").value());
    }

    @Test
    void withoutAnchorRelativeTimesStayUnresolved() {
        Article article = Article.of("t", "The town fell on Tuesday.");
        Analysis a = Fixtures.nlp().apply(Analysis.of(article)).withPublished(Published.UNKNOWN);
        List<TimeExpression> ts = STAGE.apply(a).times();
        assertEquals(1, ts.size());
        assertTrue(ts.get(0).value().startsWith("XXXX"), ts.get(0).value());
    }
    @Test
    void aParticipleClauseTakesTheTenseOfItsMainVerb() {
        // Told at the end of October: "rising ... in March" hangs on "have swung", so the March gone.
        String text = "The shares have swung sharply, rising to a peak in June from a low in March.";
        assertEquals("2023-03", find(text, "March", LocalDate.of(2023, 10, 30)).value());
        // Told on a Monday: the troops "arriving Thursday" came with the vote, past the infinitive between.
        String vote = "The council voted for a force to guard the border, with the first troops arriving Thursday.";
        assertEquals("2023-09-14", find(vote, "Thursday", LocalDate.of(2023, 9, 18)).value());
        // "bank holding company" is no participle clause: the infinitive before it still looks ahead.
        String deal = "The group announced an agreement to acquire the bank holding company in January.";
        assertEquals("2024-01", find(deal, "January", LocalDate.of(2023, 11, 2)).value());
    }
    @Test
    void aQuarterAdjectiveLeavesTheArticleAndPossessiveOut() {
        String text = "The third-quarter loss widened, the company said, and its fourth quarter looks weak.";
        List<String> spans = times(text, ANCHOR).stream().map(t -> t.span().of(text)).toList();
        assertEquals(List.of("third-quarter", "fourth quarter"), spans);
        assertEquals("2023-Q3", find(text, "third-quarter").value());
        // As a noun the quarter keeps its article.
        assertEquals("2023-Q2", find("Profit rose in the second quarter.", "the second quarter").value());
    }
    @Test
    void modifiersBesideTheExpressionAreTakenIn() {
        TimeExpression soon = find("The plant could close over the next two years or so.", "the next two years or so");
        assertEquals("APPROX", soon.mod());
        TimeExpression later = find("The plant will close in 2026 or later.", "2026 or later");
        assertEquals("2026", later.value());
        assertEquals("ON_OR_AFTER", later.mod());
        assertEquals("APPROX", find("The blast came around 7:15 p.m. on Friday.", "around 7:15 p.m. on Friday").mod());
        assertEquals("LESS_THAN", find("The pact was signed almost three years ago.", "almost three years ago").mod());
        // "get around Wednesday" is no approximate Wednesday.
        assertEquals("Wednesday", times("They hope to get around Wednesday's ruling.", ANCHOR).get(0).span()
                .of("They hope to get around Wednesday's ruling."));
    }
    @Test
    void aFiscalYearHoldsTheWordFiscal() {
        assertEquals("2022", find("In fiscal 2022, the miner lost money.", "fiscal 2022").value());
        assertEquals("2022", find("Sales will beat fiscal 2022 sales of $15 million.", "fiscal 2022").value());
    }
    @Test
    void pluralWeekdaysRecur() {
        String text = "Two new flights will leave on Monday and Tuesday nights.";
        TimeExpression nights = find(text, "Tuesday nights");
        assertEquals("SET", nights.type());
        assertEquals("XXXX-WXX-2TNI", nights.value());
        assertEquals("XXXX-WXX-1TNI", find(text, "Monday").value());
        assertEquals("XXXX-WXX-7", find("The market opens on Sundays.", "Sundays").value());
    }
    @Test
    void summerTimeZonesKeepTheirOwnOffset() {
        String text = "The father will leave at 4 a.m. EDT Thursday; the market closed at 5 p.m. EST on Monday.";
        assertEquals("2023-09-21T04:00-0400", find(text, "4 a.m. EDT Thursday").value());
        assertEquals("2023-09-18T17:00-0500", find(text, "5 p.m. EST on Monday").value());
    }
}
