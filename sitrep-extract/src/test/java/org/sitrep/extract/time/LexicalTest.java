package org.sitrep.extract.time;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LexicalTest {
  @Test
  void findsFinancialAndHyphenatedExpressions() {
    String text =
        "Profit rose from the year-earlier quarter, and the latest period was flat; "
            + "results come in mid-November, as in mid-1996 and the nineties.";
    assertThat(Lexical.find(text))
        .extracting(TimeAnnotator.Candidate::text)
        .containsExactly(
            "the year-earlier quarter",
            "the latest period",
            "mid-November",
            "mid-1996",
            "the nineties");
  }

  @Test
  void leavesOrdinaryWordsAlone() {
    assertThat(Lexical.find("The latest news from the term paper of mid-level staff.")).isEmpty();
  }

  @Test
  void widerExpressionsThatReplaceSuTimesShorterOnes() {
    String text =
        "He served 2 1/2 years, then a minute and a half, two more weeks and two and a half "
            + "days; these days fiscal 1989 looks far, unlike 1989 or more weeks.";
    assertThat(Lexical.findWider(text))
        .extracting(TimeAnnotator.Candidate::text)
        .containsExactly(
            "2 1/2 years",
            "a minute and a half",
            "two more weeks",
            "two and a half days",
            "these days",
            "fiscal 1989");
  }

  @Test
  void aYearsPeriodIsOneNounPhrase() {
    String text = "It lost money in the 1988 period, and 1989 periods of growth were short.";
    assertThat(Lexical.findWider(text))
        .extracting(TimeAnnotator.Candidate::text)
        .containsExactly("the 1988 period");
  }

  @Test
  void addedStretchesAndAnaphoricSameDays() {
    String text =
        "It may be extended for an additional year, or two further months; it closed that same "
            + "day, as in the year previous, not in an additional payment or that same plan.";
    assertThat(Lexical.findWider(text))
        .extracting(TimeAnnotator.Candidate::text)
        .containsExactly(
            "an additional year", "two further months", "that same day", "the year previous");
  }

  @Test
  void vagueFutureDatesAndAWhile() {
    assertThat(
            Lexical.find(
                "It will be decided at a later date, after a while; a while ago it was quiet."))
        .extracting(TimeAnnotator.Candidate::text)
        .containsExactly("a later date", "a while");
  }

  @Test
  void theYearEarlierNineMonthsIsOneStretch() {
    assertThat(Lexical.findWider("Net for the year-earlier nine months included a gain"))
        .extracting(TimeAnnotator.Candidate::text)
        .containsExactly("the year-earlier nine months");
    assertThat(Lexical.findWider("27% of its sales in the latest fiscal year."))
        .extracting(TimeAnnotator.Candidate::text)
        .containsExactly("the latest fiscal year");
  }

  @Test
  void findsLengthAdjectives() {
    assertThat(Lexical.find("a decades-long feud after a day-long meeting, not a long day"))
        .extracting(TimeAnnotator.Candidate::text)
        .containsExactly("decades-long", "day-long");
  }

  @Test
  void theArticleStaysOutsideAnAdjectivalYearAgo() {
    assertThat(Lexical.find("down from the year-ago $4.5 million in the year-ago period"))
        .extracting(TimeAnnotator.Candidate::text)
        .containsExactly("year-ago", "the year-ago period");
    assertThat(Lexical.findWider("In the year-ago third quarter it earned"))
        .extracting(TimeAnnotator.Candidate::text)
        .containsExactly("the year-ago third quarter");
  }

  @Test
  void theWeekOfADateReplacesTheDate() {
    assertThat(Lexical.findWider("during the week of March 6, officials"))
        .extracting(TimeAnnotator.Candidate::text)
        .containsExactly("the week of March 6");
  }

  @Test
  void runningCountsAndTheSamePeriodAYearAgo() {
    String text =
        "Trading was halted for a second consecutive day; sales rose from the same period last"
            + " year and from the corresponding month of the previous year, a second time; at"
            + " mid-afternoon yesterday; cuts in future quarters, as in past years but not the"
            + " past months.";
    assertThat(Lexical.findWider(text))
        .extracting(TimeAnnotator.Candidate::text)
        .contains(
            "a second consecutive day",
            "the same period last year",
            "the corresponding month of the previous year",
            "mid-afternoon yesterday",
            "future quarters",
            "past years")
        .doesNotContain("past months")
        .doesNotContain("a second time");
  }

  @Test
  void shortDecadesAfterTheButNoAges() {
    assertThat(Lexical.find("the boxy cars of the 70s and 80s, when he was in his 30s"))
        .extracting(TimeAnnotator.Candidate::text)
        .containsExactly("the 70s", "80s");
  }
}
