package org.sitrep.extract.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.core.model.TimexType;

class NormaliserTest {
  /** A Sunday, the publication date of the seed article. */
  private static final LocalDate DCT = LocalDate.of(2018, 2, 4);

  private static String value(String text, Tense tense) {
    return Normaliser.normalise(text, null, DCT, tense, false).map(Timex::value).orElse(null);
  }

  @Test
  void relativeUnitsResolveAgainstThePublicationDate() {
    assertThat(value("last month", Tense.PAST)).isEqualTo("2018-01");
    assertThat(value("late last month", Tense.PAST)).isEqualTo("2018-01");
    assertThat(value("last week", Tense.PAST)).isEqualTo("2018-W04");
    assertThat(value("next year", Tense.FUTURE)).isEqualTo("2019");
    assertThat(value("this month", Tense.PRESENT)).isEqualTo("2018-02");
    assertThat(value("yesterday", Tense.PAST)).isEqualTo("2018-02-03");
    assertThat(value("two years ago", Tense.PAST)).isEqualTo("2016");
    assertThat(value("six weeks ago", Tense.PAST)).isEqualTo("2017-W51");
  }

  @Test
  void monthsWithoutYearFollowTheTense() {
    assertThat(value("In December", Tense.PAST)).isEqualTo("2017-12");
    assertThat(value("in December", Tense.FUTURE)).isEqualTo("2018-12");
    assertThat(value("Jan. 20", Tense.PAST)).isEqualTo("2018-01-20");
    assertThat(value("Jan. 20", Tense.FUTURE)).isEqualTo("2019-01-20");
    assertThat(value("March 3", Tense.FUTURE)).isEqualTo("2018-03-03");
  }

  @Test
  void seasonsFollowTheTense() {
    assertThat(value("over the summer", Tense.PAST)).isEqualTo("2017-SU");
    assertThat(value("the fall", Tense.PAST)).isEqualTo("2017-FA");
    assertThat(value("the fall", Tense.FUTURE)).isEqualTo("2018-FA");
    assertThat(value("this spring", Tense.FUTURE)).isEqualTo("2018-SP");
    assertThat(value("last summer", Tense.PAST)).isEqualTo("2017-SU");
  }

  @Test
  void weekdaysGoBackInThePastAndForwardInTheFuture() {
    assertThat(value("Friday", Tense.PAST)).isEqualTo("2018-02-02");
    assertThat(value("on Friday", Tense.FUTURE)).isEqualTo("2018-02-09");
    Timex t = Normaliser.normalise("Friday night", null, DCT, Tense.PAST, false).orElseThrow();
    assertThat(t).isEqualTo(new Timex(TimexType.TIME, "2018-02-02TNI"));
  }

  @Test
  void quartersAndDecades() {
    LocalDate nov89 = LocalDate.of(1989, 11, 1);
    LocalDate feb90 = LocalDate.of(1990, 2, 1);
    assertThat(Normaliser.normalise("the third quarter", null, feb90, Tense.PAST, false))
        .contains(Timex.date("1989-Q3"));
    assertThat(Normaliser.normalise("the third quarter", null, feb90, Tense.FUTURE, false))
        .contains(Timex.date("1990-Q3"));
    LocalDate oct89 = LocalDate.of(1989, 10, 26);
    assertThat(
            Normaliser.normalise(
                "the fiscal first quarter", Timex.date("1990-Q1"), oct89, Tense.PAST, false))
        .contains(Timex.date("1989-Q1"));
    assertThat(Normaliser.normalise("the fiscal-first quarter", null, oct89, Tense.PAST, false))
        .contains(Timex.date("1989-Q1"));
    assertThat(Normaliser.normalise("the latest quarter", null, nov89, Tense.PAST, false))
        .contains(Timex.date("1989-Q3"));
    assertThat(Normaliser.normalise("a year ago", null, nov89, Tense.PAST, true))
        .contains(Timex.date("1988-Q3"));
    assertThat(Normaliser.normalise("a year ago", null, nov89, Tense.PAST, false))
        .contains(Timex.date("1988"));
    assertThat(value("the 1990s", Tense.PAST)).isEqualTo("199");
  }

  @Test
  void aYearEarlierHasTheGranularityOfAYear() {
    LocalDate oct89 = LocalDate.of(1989, 10, 26);
    Timex day = Timex.date("1988-10-26");
    // SUTime's day value is replaced outside a quarterly report ...
    assertThat(Normaliser.normalise("a year earlier", day, oct89, Tense.PAST, false))
        .contains(Timex.date("1988"));
    // ... and inside one the quarter a year before the last completed one is meant.
    assertThat(Normaliser.normalise("a year earlier", day, oct89, Tense.PAST, true))
        .contains(Timex.date("1988-Q3"));
    // "two years earlier" counts from the story's own time: SUTime's reading is kept.
    Timex twoYears = Timex.date("1987-10-26");
    assertThat(Normaliser.normalise("two years earlier", twoYears, oct89, Tense.PAST, false))
        .contains(twoYears);
  }

  @Test
  void quartersNamedByYearOrAYearAgo() {
    LocalDate oct89 = LocalDate.of(1989, 10, 26);
    // a reporting period, even where no sentence nearby says "quarter"
    assertThat(Normaliser.normalise("the year-earlier period", null, oct89, Tense.PAST, false))
        .contains(Timex.date("1988-Q3"));
    Timex q4 = Timex.date("1988-Q4");
    assertThat(Normaliser.normalise("the quarter a year ago", q4, oct89, Tense.PAST, true))
        .contains(Timex.date("1988-Q3"));
    Timex garbage = new Timex(TimexType.DURATION, "P5964M");
    assertThat(Normaliser.normalise("the 1988 quarter", garbage, oct89, Tense.PAST, true))
        .contains(Timex.date("1988-Q3"));
    // "the 1988 period": a stretch of that year of a length given before, at the year's
    // granularity, in a quarterly report or not
    assertThat(Normaliser.normalise("the 1988 period", null, oct89, Tense.PAST, true))
        .contains(Timex.date("1988"));
    assertThat(Normaliser.normalise("the 1988 period", null, oct89, Tense.PAST, false))
        .contains(Timex.date("1988"));
  }

  @Test
  void halfYearsLastQuarterAndDecadesInsideLongerExpressions() {
    LocalDate oct89 = LocalDate.of(1989, 10, 26);
    assertThat(
            Normaliser.normalise(
                "the last half of 1989", Timex.date("1989"), oct89, Tense.FUTURE, false))
        .contains(Timex.date("1989-H2"));
    assertThat(Normaliser.normalise("the first half of this year", null, oct89, Tense.PAST, false))
        .contains(Timex.date("1989-H1"));
    assertThat(
            Normaliser.normalise(
                "the first two quarters of 1990", null, oct89, Tense.FUTURE, false))
        .contains(Timex.date("1990-H1"));
    LocalDate jan07 = LocalDate.of(2007, 1, 18);
    assertThat(
            Normaliser.normalise(
                "the last quarter", Timex.date("2007-Q1"), jan07, Tense.PAST, false))
        .contains(Timex.date("2006-Q4"));
    assertThat(
            Normaliser.normalise(
                "the last half of the '80s", Timex.date("198X"), oct89, Tense.PAST, false))
        .contains(Timex.date("198"));
  }

  @Test
  void aFewYearsAgoIsAVaguePastAndACoupleIsTwo() {
    // SUTime gives a day ("1997-02-12") for "a few years ago"
    assertThat(
            Normaliser.normalise(
                "a few years ago", Timex.date("2015-02-04"), DCT, Tense.PAST, false))
        .contains(Timex.date("PAST_REF"));
    assertThat(value("a couple of years ago", Tense.PAST)).isEqualTo("2016");
  }

  @Test
  void theDayBeforeADateIsThatDateShifted() {
    // DCT Thursday 2000-02-24: last Tuesday is the 22nd
    LocalDate feb24 = LocalDate.of(2000, 2, 24);
    assertThat(
            Normaliser.normalise(
                "The day before last Tuesday", Timex.date("2000-02-14"), feb24, Tense.PAST, false))
        .contains(Timex.date("2000-02-21"));
    assertThat(value("the day after tomorrow", Tense.FUTURE)).isEqualTo("2018-02-06");
    assertThat(Normaliser.normalise("the week of March 6", null, feb24, Tense.FUTURE, false))
        .contains(Timex.date("2000-W10"));
  }

  @Test
  void recentYearsIsAVaguePast() {
    Timex pxy = new Timex(TimexType.DURATION, "PXY");
    assertThat(Normaliser.normalise("in recent years", pxy, DCT, Tense.PAST, false))
        .contains(Timex.date("PAST_REF"));
    // other units keep the vague duration TimeBank gives them ("recent months" PXM)
    Timex pxm = new Timex(TimexType.DURATION, "PXM");
    assertThat(Normaliser.normalise("recent months", pxm, DCT, Tense.PAST, false)).contains(pxm);
  }

  @Test
  void durationsKeepTheCandidateTaggersValue() {
    Timex p4y = new Timex(TimexType.DURATION, "P4Y");
    assertThat(Normaliser.normalise("over the past four years", p4y, DCT, Tense.PAST, false))
        .contains(p4y);
    assertThat(Normaliser.normalise("gibberish", null, DCT, Tense.PAST, false)).isEmpty();
  }

  @Test
  void withoutPublicationDateRelativeValuesStayUnresolved() {
    assertThat(Normaliser.normalise("last month", null, null, Tense.PAST, false))
        .contains(Timex.date("XXXX-XX"));
    assertThat(Normaliser.normalise("the fall", null, null, Tense.PAST, false))
        .contains(Timex.date("XXXX-FA"));
    assertThat(Normaliser.normalise("Friday", null, null, Tense.PAST, false))
        .contains(Timex.date("XXXX-WXX-5"));
    assertThat(Normaliser.normalise("Jan. 20", null, null, Tense.PAST, false))
        .contains(Timex.date("XXXX-01-20"));
    // SUTime resolves against today when it has no document date: that guess is blanked out.
    Optional<Timex> guessed =
        Normaliser.normalise("recent weeks", Timex.date("2026-W40"), null, Tense.PAST, false);
    assertThat(guessed).contains(Timex.date("XXXX-WXX"));
    // An explicit year needs no anchor and is kept.
    assertThat(Normaliser.normalise("March 1998", Timex.date("1998-03"), null, Tense.PAST, false))
        .contains(Timex.date("1998-03"));
  }

  @Test
  void financialReportVocabulary() {
    LocalDate nov89 = LocalDate.of(1989, 11, 1);
    assertThat(Normaliser.normalise("the year-earlier quarter", null, nov89, Tense.PAST, false))
        .contains(Timex.date("1988-Q3"));
    assertThat(Normaliser.normalise("year-ago", null, nov89, Tense.PAST, false))
        .contains(Timex.date("1988"));
    assertThat(Normaliser.normalise("the latest period", null, nov89, Tense.PAST, false))
        .contains(Timex.date("1989-Q3"));
    assertThat(Normaliser.normalise("mid-November", null, nov89, Tense.FUTURE, false))
        .contains(Timex.date("1989-11"));
    assertThat(Normaliser.normalise("mid-1996", null, nov89, Tense.PAST, false))
        .contains(Timex.date("1996"));
    assertThat(value("the nineties", Tense.PAST)).isEqualTo("199");
    assertThat(value("the '80s", Tense.PAST)).isEqualTo("198");
    assertThat(value("the near term", Tense.FUTURE)).isEqualTo("FUTURE_REF");
  }

  @Test
  void candidateValuesAreRepaired() {
    LocalDate d = LocalDate.of(2009, 12, 16);
    assertThat(
            Normaliser.normalise(
                "18:00 UTC", new Timex(TimexType.TIME, "2009-12-16T18:00"), d, Tense.PAST, false))
        .contains(new Timex(TimexType.TIME, "2009-12-16T18:00Z"));
    assertThat(
            Normaliser.normalise(
                "5 p.m. EST",
                new Timex(TimexType.TIME, "2009-12-16T17:00-0500"),
                d,
                Tense.PAST,
                false))
        .contains(new Timex(TimexType.TIME, "2009-12-16T17:00"));
    assertThat(
            Normaliser.normalise(
                "the past several quarters",
                Timex.date("2009-09-16/2009-12-16"),
                d,
                Tense.PAST,
                false))
        .contains(Timex.date("PAST_REF"));
    assertThat(Normaliser.normalise("20th century", Timex.date("19XX"), d, Tense.PAST, false))
        .contains(Timex.date("19"));
  }

  @Test
  void aDeadlineSoonAfterPublicationStaysInTheSameYearInAPastTenseClause() {
    LocalDate nov89 = LocalDate.of(1989, 11, 1);
    // "The offer was extended to Nov. 16": 15 days ahead, within the 60-day horizon.
    assertThat(Normaliser.normalise("Nov. 16", null, nov89, Tense.PAST, false))
        .contains(Timex.date("1989-11-16"));
    // "It happened on Dec. 20": far ahead, so last year's.
    assertThat(Normaliser.normalise("Feb. 20", null, nov89, Tense.PAST, false))
        .contains(Timex.date("1989-02-20"));
    assertThat(Normaliser.normalise("Dec. 30", null, LocalDate.of(1989, 2, 1), Tense.PAST, false))
        .contains(Timex.date("1988-12-30"));
  }

  @Test
  void aPartOfTheDayBeforeItsWeekdayFollowsTheTense() {
    assertThat(Normaliser.clean("overnight on Friday")).isEqualTo("friday overnight");
    assertThat(
            Normaliser.normalise(
                    "overnight on Friday", null, java.time.LocalDate.of(2021, 6, 7), Tense.PAST)
                .orElseThrow()
                .value())
        .isEqualTo("2021-06-04TNI");
  }

  @Test
  void thisSeasonIsTheSeasonOfThePublicationYear() {
    // TimeML: "this" names the period of the DCT's year, even in a past-tense clause.
    assertThat(value("this summer", Tense.PAST)).isEqualTo("2018-SU");
    assertThat(value("this winter", Tense.PAST)).isEqualTo("2017-WI");
  }

  @Test
  void writtenOutDurationsWithoutACandidateValue() {
    assertThat(Normaliser.normalise("2 1/2 years", null, DCT, Tense.PAST, false))
        .contains(new Timex(TimexType.DURATION, "P2Y6M"));
    assertThat(Normaliser.normalise("5 1/2 hours", null, DCT, Tense.PAST, false))
        .contains(new Timex(TimexType.DURATION, "PT5H30M"));
    assertThat(Normaliser.normalise("a minute and a half", null, DCT, Tense.PAST, false))
        .contains(new Timex(TimexType.DURATION, "PT1M30S"));
    assertThat(Normaliser.normalise("two more weeks", null, DCT, Tense.PAST, false))
        .contains(new Timex(TimexType.DURATION, "P2W"));
    assertThat(Normaliser.normalise("the first nine months", null, DCT, Tense.PAST, false))
        .contains(new Timex(TimexType.DURATION, "P9M"));
    assertThat(Normaliser.normalise("over a decade", null, DCT, Tense.PAST, false))
        .contains(new Timex(TimexType.DURATION, "P10Y"));
    assertThat(Normaliser.normalise("several more weeks", null, DCT, Tense.PAST, false))
        .contains(new Timex(TimexType.DURATION, "PXW"));
    assertThat(Normaliser.normalise("an additional year", null, DCT, Tense.PAST, false))
        .contains(new Timex(TimexType.DURATION, "P1Y"));
    assertThat(Normaliser.normalise("two extra days", null, DCT, Tense.FUTURE, false))
        .contains(new Timex(TimexType.DURATION, "P2D"));
    assertThat(Normaliser.normalise("an additional", null, DCT, Tense.PAST, false)).isEmpty();
    assertThat(Normaliser.normalise("a later date", null, DCT, Tense.FUTURE, false))
        .contains(Timex.date("FUTURE_REF"));
    assertThat(Normaliser.normalise("a while", null, DCT, Tense.PAST, false))
        .contains(new Timex(TimexType.DURATION, "PXX"));
    assertThat(Normaliser.normalise("the latest fiscal year", null, DCT, Tense.PAST, false))
        .contains(Timex.date(Integer.toString(DCT.getYear() - 1)));
    assertThat(Normaliser.normalise("the latest fiscal year", null, null, Tense.PAST, false))
        .contains(Timex.date("XXXX"));
    // SUTime counts quarters in months; the expression counts quarters
    assertThat(
            Normaliser.normalise(
                "the past two quarters",
                new Timex(TimexType.DURATION, "P6M"),
                DCT,
                Tense.PAST,
                false))
        .contains(new Timex(TimexType.DURATION, "P2Q"));
    assertThat(
            Normaliser.normalise(
                "several quarters", new Timex(TimexType.DURATION, "PXM"), DCT, Tense.PAST, false))
        .contains(new Timex(TimexType.DURATION, "PXQ"));
    assertThat(
            Normaliser.normalise(
                "recent quarters", new Timex(TimexType.DURATION, "PXM"), DCT, Tense.PAST, false))
        .contains(new Timex(TimexType.DURATION, "PXM"));
    // the repair of the tagger's reading does it, also without a DCT; a date is left alone
    assertThat(Normaliser.repair("two quarters", new Timex(TimexType.DURATION, "P6M"), null))
        .isEqualTo(new Timex(TimexType.DURATION, "P2Q"));
    assertThat(Normaliser.repair("the quarters", Timex.date("2018-Q1"), DCT))
        .isEqualTo(Timex.date("2018-Q1"));
    assertThat(Normaliser.normalise("the year-earlier nine months", null, DCT, Tense.PAST, true))
        .contains(new Timex(TimexType.DURATION, "P9M"));
    assertThat(Normaliser.normalise("the year-ago first six months", null, DCT, Tense.PAST, true))
        .contains(new Timex(TimexType.DURATION, "P6M"));
    assertThat(Normaliser.normalise("the weeks", null, DCT, Tense.PAST, false)).isEmpty();
    assertThat(Normaliser.normalise("umpteen weeks", null, DCT, Tense.PAST, false)).isEmpty();
    // With SUTime's own reading the candidate keeps it.
    assertThat(
            Normaliser.normalise(
                "two weeks", new Timex(TimexType.DURATION, "P2W"), DCT, Tense.PAST, false))
        .contains(new Timex(TimexType.DURATION, "P2W"));
  }

  @Test
  void explicitDatesFiscalYearsAndThePresent() {
    assertThat(value("these days", Tense.PRESENT)).isEqualTo("PRESENT_REF");
    assertThat(value("fiscal 1989", Tense.PAST)).isEqualTo("1989");
    assertThat(value("Oct. 12, 1989", Tense.PAST)).isEqualTo("1989-10-12");
    assertThat(value("November 1997", Tense.PAST)).isEqualTo("1997-11");
    assertThat(value("the final quarter of 2009", Tense.PAST)).isEqualTo("2009-Q4");
    assertThat(value("the second quarter of 1990", Tense.FUTURE)).isEqualTo("1990-Q2");
  }

  @Test
  void vagueAmountsAndThePastDecade() {
    assertThat(Normaliser.normalise("A few days", null, DCT, Tense.PAST, false))
        .contains(new Timex(TimexType.DURATION, "PXD"));
    assertThat(Normaliser.normalise("several hours", null, DCT, Tense.PAST, false))
        .contains(new Timex(TimexType.DURATION, "PTXH"));
    assertThat(Normaliser.normalise("a couple of years", null, DCT, Tense.PAST, false))
        .contains(new Timex(TimexType.DURATION, "P2Y"));
    // "the past decade" is a stretch of ten years, not the decade 201X.
    assertThat(Normaliser.normalise("the past decade", Timex.date("201X"), DCT, Tense.PAST, false))
        .contains(new Timex(TimexType.DURATION, "P10Y"));
    // "this century" is the century's stretch so far (AQUAINT), not SUTime's century name
    assertThat(Normaliser.normalise("this century", Timex.date("20XX"), DCT, Tense.PAST, false))
        .contains(new Timex(TimexType.DURATION, "P100Y"));
    assertThat(Normaliser.normalise("the 20th century", Timex.date("19XX"), DCT, Tense.PAST, false))
        .contains(Timex.date("19"));
  }

  @Test
  void lengthAdjectivesAndThePastYear() {
    assertThat(Normaliser.normalise("decades-long", null, DCT, Tense.PAST, false))
        .contains(new Timex(TimexType.DURATION, "PXY"));
    assertThat(Normaliser.normalise("day-long", null, DCT, Tense.PAST, false))
        .contains(new Timex(TimexType.DURATION, "P1D"));
    assertThat(Normaliser.normalise("hours-long", null, DCT, Tense.PAST, false))
        .contains(new Timex(TimexType.DURATION, "PTXH"));
    assertThat(value("the past year", Tense.PAST)).isEqualTo("2017");
  }

  @Test
  void thisWeekendIsTheWeekendOfThePublicationWeek() {
    LocalDate monday = LocalDate.of(2010, 1, 25);
    assertThat(Normaliser.normalise("this weekend", null, monday, Tense.PAST, false))
        .contains(Timex.date("2010-W04-WE"));
    assertThat(Normaliser.normalise("the weekend", null, monday, Tense.PAST, false))
        .contains(Timex.date("2010-W03-WE"));
  }

  @Test
  void recurringWeekdaysAreSets() {
    assertThat(Normaliser.normalise("Tuesday nights", null, DCT, Tense.FUTURE, false))
        .contains(new Timex(TimexType.SET, "XXXX-WXX-2TNI"));
    assertThat(Normaliser.normalise("on Mondays", null, DCT, Tense.PRESENT, false))
        .contains(new Timex(TimexType.SET, "XXXX-WXX-1"));
    assertThat(Normaliser.normalise("each Thursday", null, DCT, Tense.FUTURE, false))
        .contains(new Timex(TimexType.SET, "XXXX-WXX-4"));
    assertThat(Normaliser.normalise("Tuesday night", null, DCT, Tense.PAST, false))
        .contains(new Timex(TimexType.TIME, "2018-01-30TNI"));
  }

  @Test
  void theYearAgoQuarterIsThatQuarterAYearEarlier() {
    LocalDate oct89 = LocalDate.of(1989, 10, 30);
    assertThat(Normaliser.normalise("the year-ago third quarter", null, oct89, Tense.PAST, false))
        .contains(Timex.date("1988-Q3"));
    assertThat(
            Normaliser.normalise("the year-earlier fourth quarter", null, oct89, Tense.PAST, false))
        .contains(Timex.date("1988-Q4"));
  }

  @Test
  void yearEndIsTheYearWhoseEndItIs() {
    LocalDate oct89 = LocalDate.of(1989, 10, 30);
    assertThat(Normaliser.normalise("by year-end", null, oct89, Tense.FUTURE, false))
        .contains(Timex.date("1989"));
    assertThat(Normaliser.normalise("since year-end", null, oct89, Tense.PAST, false))
        .contains(Timex.date("1988"));
    assertThat(Normaliser.normalise("year's end", null, oct89, Tense.PRESENT, false))
        .contains(Timex.date("1989"));
  }

  @Test
  void theComingYearsAreAVagueDuration() {
    assertThat(
            Normaliser.normalise("the coming years", Timex.date("2019"), DCT, Tense.FUTURE, false))
        .contains(new Timex(TimexType.DURATION, "PXY"));
    assertThat(Normaliser.normalise("coming weeks", null, DCT, Tense.FUTURE, false))
        .contains(new Timex(TimexType.DURATION, "PXW"));
  }

  @Test
  void theQuarterIsTheOneReportedOnUnlessTheClauseLooksAhead() {
    LocalDate oct89 = LocalDate.of(1989, 10, 30);
    assertThat(Normaliser.normalise("during the quarter", null, oct89, Tense.PRESENT, false))
        .contains(Timex.date("1989-Q3"));
    assertThat(Normaliser.normalise("the quarter", null, oct89, Tense.UNKNOWN, false))
        .contains(Timex.date("1989-Q3"));
    assertThat(Normaliser.normalise("the quarter", null, oct89, Tense.FUTURE, false))
        .contains(Timex.date("1989-Q4"));
    // "this quarter" in the present is still the current one
    assertThat(Normaliser.normalise("this quarter", null, oct89, Tense.PRESENT, false))
        .contains(Timex.date("1989-Q4"));
  }

  @Test
  void theLatestUnitOfARunningCountIsTheReferenceTimesOwn() {
    assertThat(value("the eighth day", Tense.PRESENT)).isEqualTo("2018-02-04");
    assertThat(value("a second consecutive day", Tense.PAST)).isEqualTo("2018-02-04");
    assertThat(value("fourth week", Tense.PRESENT)).isEqualTo("2018-W05");
    assertThat(value("the third straight month", Tense.PAST)).isEqualTo("2018-02");
    // "the first day" and a count ahead are not read this way
    assertThat(value("the eighth day", Tense.FUTURE)).isNotEqualTo("2018-02-04");
    assertThat(value("the first day", Tense.PAST)).isNotEqualTo("2018-02-04");
  }

  @Test
  void theSamePeriodAYearAgoWithoutANamedPeriod() {
    LocalDate oct89 = LocalDate.of(1989, 10, 30);
    assertThat(
            Normaliser.normalise(
                "the corresponding period last year", null, oct89, Tense.PAST, true))
        .contains(Timex.date("1988-Q3"));
    assertThat(value("the same month a year ago", Tense.PAST)).isEqualTo("2017-02");
    assertThat(value("the same period last year", Tense.PAST)).isEqualTo("2017");
    assertThat(value("the same period of the previous year", Tense.PAST)).isEqualTo("2017");
  }

  @Test
  void aPartOfTheDayBeforeYesterdayIsATime() {
    LocalDate nov89 = LocalDate.of(1989, 11, 2);
    assertThat(Normaliser.normalise("mid-afternoon yesterday", null, nov89, Tense.PAST, false))
        .contains(new Timex(TimexType.TIME, "1989-11-01TAF"));
    assertThat(Normaliser.normalise("morning on Friday", null, nov89, Tense.PAST, false))
        .contains(new Timex(TimexType.TIME, "1989-10-27TMO"));
  }

  @Test
  void futureQuartersAndPastYearsAreVagueReferences() {
    assertThat(value("future quarters", Tense.FUTURE)).isEqualTo("FUTURE_REF");
    assertThat(value("coming quarters", Tense.PRESENT)).isEqualTo("FUTURE_REF");
    assertThat(value("past years", Tense.PAST)).isEqualTo("PAST_REF");
    // with a number it stays a stretch of time
    assertThat(value("the past three years", Tense.PAST)).isNotEqualTo("PAST_REF");
  }
}
