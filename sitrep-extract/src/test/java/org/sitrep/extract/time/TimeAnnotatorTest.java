package org.sitrep.extract.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.article.Article;
import org.sitrep.core.model.TimeExpression;
import org.sitrep.core.model.TimexType;
import org.sitrep.core.nlp.Sentence;
import org.sitrep.core.nlp.TimexCandidate;
import org.sitrep.core.nlp.Token;
import org.sitrep.core.pipeline.AnnotatedArticle;
import org.sitrep.core.pipeline.Layers;

/** The annotator on hand-built layers, without CoreNLP. */
class TimeAnnotatorTest {

  /** Tokens split on spaces, tagged by the given tags. */
  private static AnnotatedArticle article(
      String text, LocalDate published, String[] tags, List<TimexCandidate> sutime) {
    AnnotatedArticle a = new AnnotatedArticle(Article.of("t", text, published));
    List<Token> tokens = new ArrayList<>();
    int pos = 0;
    for (String w : text.split(" ")) {
      int start = text.indexOf(w, pos);
      tokens.add(
          new Token(tokens.size(), 0, start, start + w.length(), w, tags[tokens.size()], w, "O"));
      pos = start + w.length();
    }
    a.put(Layers.TOKENS, List.copyOf(tokens));
    a.put(Layers.SENTENCES, List.of(new Sentence(0, 0, text.length(), 0, tokens.size())));
    a.put(Layers.SUTIME, sutime);
    return a;
  }

  private static TimexCandidate sutime(String text, String phrase, String type, String value) {
    int s = text.indexOf(phrase);
    return new TimexCandidate(s, s + phrase.length(), phrase, type, value);
  }

  @Test
  void anExpressionInsideAnotherIsDropped() {
    TimeExpression easterWeek =
        new TimeExpression(33, 44, "Easter week", TimexType.DATE, "2000-W16", "time.v1");
    TimeExpression week = new TimeExpression(40, 44, "week", TimexType.DURATION, "P1W", "time.v1");
    TimeExpression sunday =
        new TimeExpression(0, 6, "Sunday", TimexType.DATE, "2000-04-16", "time.v1");
    assertThat(TimeAnnotator.withoutNested(List.of(sunday, easterWeek, week)))
        .containsExactly(sunday, easterWeek);
    // two readings of the same span are no nesting: both stay for the later passes to judge
    TimeExpression same =
        new TimeExpression(33, 44, "Easter week", TimexType.DURATION, "P1W", "time.v1");
    assertThat(TimeAnnotator.withoutNested(List.of(easterWeek, same))).hasSize(2);
  }

  @Test
  void aWiderExpressionCutsAValuelessMentionItCrosses() {
    // SUTime joins "quarter, the second quarter" without a value across the wider "the
    // comparable year-ago quarter": the wider one wins and the mention keeps its own words
    String text = "In the comparable year-ago quarter, the second quarter ended Oct. 31, it lost.";
    int q = text.indexOf("quarter,");
    List<TimexCandidate> sutime =
        List.of(
            new TimexCandidate(
                q, text.indexOf(" ended"), "quarter, the second quarter", "DATE", null),
            new TimexCandidate(
                text.indexOf("Oct."), text.indexOf(", it"), "Oct. 31", "DATE", "XXXX-10-31"));
    assertThat(TimeAnnotator.Candidates.of(text, sutime, List.of()))
        .extracting(TimeAnnotator.Candidate::text)
        .containsExactly("the comparable year-ago quarter", "the second quarter", "Oct. 31");
    // a mention with a value is no such join: the wider expression gives way
    List<TimexCandidate> valued =
        List.of(
            new TimexCandidate(
                q, text.indexOf(" ended"), "quarter, the second quarter", "DATE", "XXXX-Q2"));
    assertThat(TimeAnnotator.Candidates.of(text, valued, List.of()))
        .extracting(TimeAnnotator.Candidate::text)
        .containsExactly("quarter, the second quarter");
  }

  @Test
  void pastTenseSendsTheFallBackAYear() {
    String text = "Prices fell in the fall";
    AnnotatedArticle a =
        article(
            text,
            LocalDate.of(2018, 2, 4),
            new String[] {"NNS", "VBD", "IN", "DT", "NN"},
            List.of(sutime(text, "the fall", "DATE", "2018-FA")));
    new TimeAnnotator().annotate(a);
    assertThat(a.get(Layers.TIMES))
        .containsExactly(
            new TimeExpression(15, 23, "the fall", TimexType.DATE, "2017-FA", "time.v1"));
  }

  @Test
  void sinceAndThePresentPerfectLookBack() {
    String text = "Since February , 600 people have been killed";
    AnnotatedArticle a =
        article(
            text,
            LocalDate.of(2022, 10, 11),
            new String[] {"IN", "NNP", ",", "CD", "NNS", "VBP", "VBN", "VBN"},
            List.of(sutime(text, "February", "DATE", "2023-02")));
    new TimeAnnotator().annotate(a);
    assertThat(a.get(Layers.TIMES)).extracting(TimeExpression::value).containsExactly("2022-02");
  }

  @Test
  void presentPerfectAloneIsPast() {
    String text = "In March 600 people have fled";
    AnnotatedArticle a =
        article(
            text,
            LocalDate.of(2022, 10, 11),
            new String[] {"IN", "NNP", "CD", "NNS", "VBP", "VBN"},
            List.of(sutime(text, "March", "DATE", "2023-03")));
    new TimeAnnotator().annotate(a);
    assertThat(a.get(Layers.TIMES)).extracting(TimeExpression::value).containsExactly("2022-03");
  }

  @Test
  void futureTenseSendsFridayForward() {
    String text = "They will meet on Friday";
    AnnotatedArticle a =
        article(
            text,
            LocalDate.of(2018, 2, 4),
            new String[] {"PRP", "MD", "VB", "IN", "NNP"},
            List.of(sutime(text, "Friday", "DATE", "2018-02-02")));
    new TimeAnnotator().annotate(a);
    assertThat(a.get(Layers.TIMES)).extracting(TimeExpression::value).containsExactly("2018-02-09");
  }

  @Test
  void aWeekdayOwningAnEventHasBeen() {
    // DCT Monday 1989-10-30: in the present tense a bare "Thursday" is the nearest one, three days
    // ahead; "Thursday's closing price" is the Thursday that has been
    LocalDate monday = LocalDate.of(1989, 10, 30);
    assertThat(
            values(
                "It is a premium over Thursday 's closing price",
                monday,
                new String[] {"PRP", "VBZ", "DT", "NN", "IN", "NNP", "POS", "VBG", "NN"},
                "1989-11-02"))
        .containsExactly("1989-10-26");
    assertThat(
            values(
                "It is a premium over Thursday",
                monday,
                new String[] {"PRP", "VBZ", "DT", "NN", "IN", "NNP"},
                "1989-11-02"))
        .containsExactly("1989-11-02");
    // a future clause still looks ahead
    assertThat(
            values(
                "They will beat Thursday 's record",
                monday,
                new String[] {"PRP", "MD", "VB", "NNP", "POS", "NN"},
                "1989-10-26"))
        .containsExactly("1989-11-02");
  }

  /** The values of a text whose one SUTime candidate is "Thursday" with {@code sutimeValue}. */
  private static List<String> values(
      String text, LocalDate dct, String[] tags, String sutimeValue) {
    AnnotatedArticle a =
        article(text, dct, tags, List.of(sutime(text, "Thursday", "DATE", sutimeValue)));
    new TimeAnnotator().annotate(a);
    return a.get(Layers.TIMES).stream().map(TimeExpression::value).toList();
  }

  @Test
  void adjacentMentionsOfOneTimexAreJoined() {
    String text = "It began Friday morning";
    AnnotatedArticle a =
        article(
            text,
            LocalDate.of(2018, 2, 4),
            new String[] {"PRP", "VBD", "NNP", "NN"},
            List.of(
                sutime(text, "Friday", "TIME", "2018-02-02TMO"),
                sutime(text, "morning", "TIME", "2018-02-02TMO")));
    new TimeAnnotator().annotate(a);
    assertThat(a.get(Layers.TIMES))
        .extracting(TimeExpression::text, TimeExpression::value)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Friday morning", "2018-02-02TMO"));
  }

  @Test
  void withoutPublishedDateNothingIsGuessedFromToday() {
    String text = "Prices fell last month";
    AnnotatedArticle a =
        article(
            text,
            null,
            new String[] {"NNS", "VBD", "JJ", "NN"},
            List.of(sutime(text, "last month", "DATE", "2026-10")));
    new TimeAnnotator().annotate(a);
    assertThat(a.get(Layers.TIMES)).extracting(TimeExpression::value).containsExactly("XXXX-XX");
  }

  @Test
  void theBaselineCopiesSuTimeUnchanged() {
    String text = "Prices fell in the fall";
    AnnotatedArticle a =
        article(
            text,
            LocalDate.of(2018, 2, 4),
            new String[] {"NNS", "VBD", "IN", "DT", "NN"},
            List.of(sutime(text, "the fall", "DATE", "2018-FA")));
    new SuTimeBaseline().annotate(a);
    assertThat(a.get(Layers.TIMES))
        .containsExactly(
            new TimeExpression(15, 23, "the fall", TimexType.DATE, "2018-FA", "sutime.baseline"));
  }

  @Test
  void untilSendsAWeekdayForwardEvenInAPastClause() {
    String text = "Officials postponed the decision until Tuesday";
    AnnotatedArticle a =
        article(
            text,
            LocalDate.of(2018, 2, 4),
            new String[] {"NNS", "VBD", "DT", "NN", "IN", "NNP"},
            List.of(sutime(text, "Tuesday", "DATE", "2018-01-30")));
    new TimeAnnotator().annotate(a);
    assertThat(a.get(Layers.TIMES)).extracting(TimeExpression::value).containsExactly("2018-02-06");
  }

  @Test
  void aPlanReportedInThePastTakesTheNearestWeekday() {
    // DCT Wednesday 1998-09-30: "planned to leave on Thursday" is the next day, not a week ago.
    String text = "The team planned to leave on Thursday";
    AnnotatedArticle a =
        article(
            text,
            LocalDate.of(1998, 9, 30),
            new String[] {"DT", "NN", "VBD", "TO", "VB", "IN", "NNP"},
            List.of(sutime(text, "Thursday", "DATE", "1998-09-24")));
    new TimeAnnotator().annotate(a);
    assertThat(a.get(Layers.TIMES)).extracting(TimeExpression::value).containsExactly("1998-10-01");
  }

  @Test
  void aMentionWithoutValueIsSplitIntoItsPieces() {
    String text = "Stocks fell to the lowest level in six years on Thursday";
    AnnotatedArticle a =
        article(
            text,
            LocalDate.of(2009, 2, 20),
            new String[] {"NNS", "VBD", "TO", "DT", "JJS", "NN", "IN", "CD", "NNS", "IN", "NNP"},
            List.of(sutime(text, "six years on Thursday", "DATE", null)));
    new TimeAnnotator().annotate(a);
    assertThat(a.get(Layers.TIMES))
        .extracting(TimeExpression::text, TimeExpression::type, TimeExpression::value)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("six years", TimexType.DURATION, "P6Y"),
            org.assertj.core.groups.Tuple.tuple("Thursday", TimexType.DATE, "2009-02-19"));
  }

  @Test
  void theNightOfADateIsAnnotatedAsTheDate() {
    String text = "He was shot on the night of Oct. 23";
    AnnotatedArticle a =
        article(
            text,
            LocalDate.of(1999, 5, 5),
            new String[] {"PRP", "VBD", "VBN", "IN", "DT", "NN", "IN", "NNP", "CD"},
            List.of(sutime(text, "the night of Oct. 23", "TIME", "1999-10-23TNI")));
    new TimeAnnotator().annotate(a);
    assertThat(a.get(Layers.TIMES))
        .extracting(TimeExpression::text, TimeExpression::type, TimeExpression::value)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Oct. 23", TimexType.DATE, "1998-10-23"));
  }

  @Test
  void aFrequencyIsASetWhileAnAmountsRateAndAFractionAreNoTimes() {
    String text = "It saves $ 500 million a year on three-quarters of its plants , twice a day";
    AnnotatedArticle a =
        article(
            text,
            LocalDate.of(1989, 11, 1),
            new String[] {
              "PRP", "VBZ", "$", "CD", "CD", "DT", "NN", "IN", "NNS", "IN", "PRP$", "NNS", ",",
              "RB", "DT", "NN"
            },
            List.of(
                sutime(text, "a year", "DURATION", "P1Y"),
                sutime(text, "three-quarters", "DURATION", "P9M"),
                sutime(text, "a day", "DURATION", "P1D")));
    new TimeAnnotator().annotate(a);
    assertThat(a.get(Layers.TIMES))
        .extracting(TimeExpression::text, TimeExpression::type, TimeExpression::value)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("a day", TimexType.SET, "P1D"));
  }

  @Test
  void laterIsLeftOutsideADuration() {
    String text = "Three days later , it fell";
    AnnotatedArticle a =
        article(
            text,
            LocalDate.of(1989, 10, 30),
            new String[] {"CD", "NNS", "RB", ",", "PRP", "VBD"},
            List.of(sutime(text, "Three days later", "DATE", "1989-11-02")));
    new TimeAnnotator().annotate(a);
    assertThat(a.get(Layers.TIMES))
        .extracting(TimeExpression::text, TimeExpression::type, TimeExpression::value)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Three days", TimexType.DURATION, "P3D"));
  }

  @Test
  void aFourDigitClockTimeTakesItsZone() {
    String text = "Markets opened at 0800 UTC and at 0735 local time";
    AnnotatedArticle a =
        article(
            text,
            LocalDate.of(2008, 9, 18),
            new String[] {"NNS", "VBD", "IN", "CD", "NNP", "CC", "IN", "CD", "JJ", "NN"},
            List.of(sutime(text, "0800", "DATE", "0800"), sutime(text, "0735", "DATE", "0735")));
    new TimeAnnotator().annotate(a);
    assertThat(a.get(Layers.TIMES))
        .extracting(TimeExpression::text, TimeExpression::type, TimeExpression::value)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("0800 UTC", TimexType.TIME, "2008-09-18T08:00Z"));
  }

  @Test
  void aVerbDoesNotOpenATimex() {
    String text = "The index fell to end the day at 7,114";
    AnnotatedArticle a =
        article(
            text,
            LocalDate.of(2009, 8, 21),
            new String[] {"DT", "NN", "VBD", "TO", "VB", "DT", "NN", "IN", "CD"},
            List.of(sutime(text, "end the day", "DATE", "2009-08-21")));
    new TimeAnnotator().annotate(a);
    assertThat(a.get(Layers.TIMES))
        .extracting(TimeExpression::text, TimeExpression::value)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("the day", "2009-08-21"));
  }

  @Test
  void beforeOpeningAPhraseIsLeftOutside() {
    String text = "Albright said Monday before leaving for Kenya";
    AnnotatedArticle a =
        article(
            text,
            LocalDate.of(1998, 8, 17),
            new String[] {"NNP", "VBD", "NNP", "IN", "VBG", "IN", "NNP"},
            List.of(sutime(text, "Monday before", "DATE", "1998-08-17")));
    new TimeAnnotator().annotate(a);
    assertThat(a.get(Layers.TIMES))
        .extracting(TimeExpression::text, TimeExpression::value)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Monday", "1998-08-17"));
    // at the end of its clause "the day before" is anaphoric and keeps "before"
    String end = "He had called the day before .";
    AnnotatedArticle b =
        article(
            end,
            LocalDate.of(1998, 8, 17),
            new String[] {"PRP", "VBD", "VBN", "DT", "NN", "IN", "."},
            List.of(sutime(end, "the day before", "DATE", "1998-08-16")));
    new TimeAnnotator().annotate(b);
    assertThat(b.get(Layers.TIMES))
        .extracting(TimeExpression::text)
        .containsExactly("the day before");
  }

  @Test
  void aLengthBeforeANounLeavesTheArticleOutside() {
    String text = "They gathered for the two day rally and the two days passed";
    AnnotatedArticle a =
        article(
            text,
            LocalDate.of(1998, 3, 3),
            new String[] {
              "PRP", "VBD", "IN", "DT", "CD", "NN", "NN", "CC", "DT", "CD", "NNS", "VBD"
            },
            List.of(
                sutime(text, "the two day", "DURATION", "P2D"),
                sutime(text, "the two days", "DURATION", "P2D")));
    new TimeAnnotator().annotate(a);
    // the modifier of "rally" loses the article; the head noun "the two days" keeps it
    assertThat(a.get(Layers.TIMES))
        .extracting(TimeExpression::text, TimeExpression::value)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("two day", "P2D"),
            org.assertj.core.groups.Tuple.tuple("the two days", "P2D"));
    // before a noun that is itself a stretch of time the article stays
    String span = "It grew over the two year period";
    AnnotatedArticle b =
        article(
            span,
            LocalDate.of(1998, 3, 3),
            new String[] {"PRP", "VBD", "IN", "DT", "CD", "NN", "NN"},
            List.of(sutime(span, "the two year", "DURATION", "P2Y")));
    new TimeAnnotator().annotate(b);
    assertThat(b.get(Layers.TIMES))
        .extracting(TimeExpression::text)
        .containsExactly("the two year");
  }

  @Test
  void straightAndTradingDaysReplaceSuTimesShorterSpan() {
    String text = "Stocks fell for six straight days";
    AnnotatedArticle a =
        article(
            text,
            LocalDate.of(2008, 10, 27),
            new String[] {"NNS", "VBD", "IN", "CD", "JJ", "NNS"},
            List.of(sutime(text, "days", "DURATION", "PXD")));
    new TimeAnnotator().annotate(a);
    assertThat(a.get(Layers.TIMES))
        .extracting(TimeExpression::text, TimeExpression::value)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("six straight days", "P6D"));
  }

  @Test
  void untilInThePastPerfectLooksBack() {
    // DCT Friday 1999-05-07: "Until Thursday, they had not called him a suspect" is yesterday.
    String text = "Until Thursday , they had not called him a suspect";
    AnnotatedArticle a =
        article(
            text,
            LocalDate.of(1999, 5, 7),
            new String[] {"IN", "NNP", ",", "PRP", "VBD", "RB", "VBN", "PRP", "DT", "NN"},
            List.of(sutime(text, "Thursday", "DATE", "1999-05-06")));
    new TimeAnnotator().annotate(a);
    assertThat(a.get(Layers.TIMES)).extracting(TimeExpression::value).containsExactly("1999-05-06");
  }

  @Test
  void aHolidaysNameIncludesDay() {
    String text = "He was rescued on Thanksgiving Day";
    AnnotatedArticle a =
        article(
            text,
            LocalDate.of(1999, 11, 30),
            new String[] {"PRP", "VBD", "VBN", "IN", "NNP", "NNP"},
            List.of(sutime(text, "Thanksgiving", "DATE", "1999-11-25")));
    new TimeAnnotator().annotate(a);
    assertThat(a.get(Layers.TIMES))
        .extracting(TimeExpression::text, TimeExpression::value)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Thanksgiving Day", "1999-11-25"));
  }

  @Test
  void aClockTimeTakesTheDayItsSentenceNames() {
    // DCT Wednesday 2000-04-05; the father arrives Thursday at 4 in the morning.
    String text = "He will arrive Thursday at 4 in the morning";
    AnnotatedArticle a =
        article(
            text,
            LocalDate.of(2000, 4, 5),
            new String[] {"PRP", "MD", "VB", "NNP", "IN", "CD", "IN", "DT", "NN"},
            List.of(
                sutime(text, "Thursday", "DATE", "2000-04-06"),
                sutime(text, "4 in the morning", "TIME", "2000-04-05T04:00")));
    new TimeAnnotator().annotate(a);
    assertThat(a.get(Layers.TIMES))
        .extracting(TimeExpression::value)
        .containsExactly("2000-04-06", "2000-04-06T04:00");
  }

  @Test
  void thisMorningStaysOnThePublicationDay() {
    String text = "Shares rose Wednesday and fell this morning";
    AnnotatedArticle a =
        article(
            text,
            LocalDate.of(1989, 10, 26),
            new String[] {"NNS", "VBD", "NNP", "CC", "VBD", "DT", "NN"},
            List.of(
                sutime(text, "Wednesday", "DATE", "1989-10-25"),
                sutime(text, "this morning", "TIME", "1989-10-26TMO")));
    new TimeAnnotator().annotate(a);
    assertThat(a.get(Layers.TIMES))
        .extracting(TimeExpression::value)
        .containsExactly("1989-10-25", "1989-10-26TMO");
  }

  @Test
  void theFollowingYearCountsFromTheDateTheStoryNamed() {
    String text = "In 1995 he became general and the following year he was appointed";
    AnnotatedArticle a =
        article(
            text,
            LocalDate.of(1998, 4, 18),
            new String[] {
              "IN", "CD", "PRP", "VBD", "NN", "CC", "DT", "JJ", "NN", "PRP", "VBD", "VBN"
            },
            List.of(
                sutime(text, "1995", "DATE", "1995"),
                sutime(text, "the following year", "DATE", "1999")));
    new TimeAnnotator().annotate(a);
    assertThat(a.get(Layers.TIMES))
        .extracting(TimeExpression::value)
        .containsExactly("1995", "1996");
  }

  @Test
  void thatYearIsFoundAndResolvedOnTheDateBefore() {
    String text = "He fled in June 1998 and returned later that year";
    AnnotatedArticle a =
        article(
            text,
            LocalDate.of(2000, 1, 28),
            new String[] {"PRP", "VBD", "IN", "NNP", "CD", "CC", "VBD", "RB", "DT", "NN"},
            List.of(sutime(text, "June 1998", "DATE", "1998-06")));
    new TimeAnnotator().annotate(a);
    assertThat(a.get(Layers.TIMES))
        .extracting(TimeExpression::text, TimeExpression::value)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("June 1998", "1998-06"),
            org.assertj.core.groups.Tuple.tuple("later that year", "1998"));
  }

  @Test
  void aClockTimeIsNoAnchorForAnother() {
    // DCT Saturday 1998-08-08; the blast was on Friday at 10:35 a.m. (0735 GMT).
    String text = "The blast occurred at 10:35 a.m. ( 0735 GMT ) Friday";
    AnnotatedArticle a =
        article(
            text,
            LocalDate.of(1998, 8, 8),
            new String[] {
              "DT", "NN", "VBD", "IN", "CD", "NN", "-LRB-", "CD", "NNP", "-RRB-", "NNP"
            },
            List.of(
                sutime(text, "10:35 a.m.", "TIME", "1998-08-08T10:35"),
                sutime(text, "0735", "TIME", "1998-08-08T07:35"),
                sutime(text, "Friday", "DATE", "1998-08-07")));
    new TimeAnnotator().annotate(a);
    assertThat(a.get(Layers.TIMES))
        .extracting(TimeExpression::value)
        .containsExactly("1998-08-07T10:35", "1998-08-07T07:35Z", "1998-08-07");
  }

  @Test
  void aDecadeTakesItsModifierAndArticle() {
    String text = "The stock peaked in the early 1980s";
    AnnotatedArticle a =
        article(
            text,
            LocalDate.of(1989, 11, 2),
            new String[] {"DT", "NN", "VBD", "IN", "DT", "JJ", "NNS"},
            List.of(sutime(text, "1980s", "DATE", "198X")));
    new TimeAnnotator().annotate(a);
    assertThat(a.get(Layers.TIMES))
        .extracting(TimeExpression::text, TimeExpression::value)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("the early 1980s", "198"));
  }

  @Test
  void comingMonthsAndOrSoBelongToTheTimex() {
    String text = "Rates will fall in coming weeks and over the next year or so";
    AnnotatedArticle a =
        article(
            text,
            LocalDate.of(1989, 10, 27),
            new String[] {
              "NNS", "MD", "VB", "IN", "VBG", "NNS", "CC", "IN", "DT", "JJ", "NN", "CC", "RB"
            },
            List.of(
                sutime(text, "weeks", "DURATION", "PXW"),
                sutime(text, "the next year", "DATE", "1990")));
    new TimeAnnotator().annotate(a);
    assertThat(a.get(Layers.TIMES))
        .extracting(TimeExpression::text, TimeExpression::value)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("coming weeks", "PXW"),
            org.assertj.core.groups.Tuple.tuple("the next year or so", "1990"));
  }

  @Test
  void aDayNumberAfterTheMonthBelongsToTheDate() {
    String text = "He was shot to death last Oct. 23 at his home";
    AnnotatedArticle a =
        article(
            text,
            LocalDate.of(1999, 4, 19),
            new String[] {"PRP", "VBD", "VBN", "TO", "NN", "JJ", "NNP", "CD", "IN", "PRP$", "NN"},
            List.of(sutime(text, "last Oct.", "DATE", "1998-10")));
    new TimeAnnotator().annotate(a);
    assertThat(a.get(Layers.TIMES))
        .extracting(TimeExpression::text, TimeExpression::value)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("last Oct. 23", "1998-10-23"));
  }

  @Test
  void theSameMonthAYearAgoIsTheMonthTheSentenceNamedAYearEarlier() {
    String text = "Sales fell 35% in January , compared to the same month a year ago";
    AnnotatedArticle a =
        article(
            text,
            LocalDate.of(2009, 2, 3),
            new String[] {
              "NNS", "VBD", "CD", "IN", "NNP", ",", "VBN", "TO", "DT", "JJ", "NN", "DT", "NN", "RB"
            },
            List.of(
                sutime(text, "January", "DATE", "2009-01"),
                sutime(text, "a year ago", "DATE", "2008")));
    new TimeAnnotator().annotate(a);
    assertThat(a.get(Layers.TIMES))
        .extracting(TimeExpression::text, TimeExpression::value)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("January", "2009-01"),
            org.assertj.core.groups.Tuple.tuple("the same month a year ago", "2008-01"));
  }

  @Test
  void oneDayAfterAModalIsAnIndefiniteFuture() {
    String text = "Islam will one day be the largest , it grew in one day";
    AnnotatedArticle a =
        article(
            text,
            LocalDate.of(1998, 3, 3),
            new String[] {
              "NNP", "MD", "CD", "NN", "VB", "DT", "JJS", ",", "PRP", "VBD", "IN", "CD", "NN"
            },
            List.of(
                sutime(text, "one day", "DURATION", "P1D"),
                new TimexCandidate(
                    text.lastIndexOf("one day"),
                    text.lastIndexOf("one day") + 7,
                    "one day",
                    "DURATION",
                    "P1D")));
    new TimeAnnotator().annotate(a);
    assertThat(a.get(Layers.TIMES))
        .extracting(TimeExpression::type, TimeExpression::value)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(TimexType.DATE, "FUTURE_REF"),
            org.assertj.core.groups.Tuple.tuple(TimexType.DURATION, "P1D"));
  }

  @Test
  void overBeforeANumberIsInsideButOverBeforeTheIsNot() {
    String text = "The tour lasted over a week and grew over the past year";
    AnnotatedArticle a =
        article(
            text,
            LocalDate.of(1998, 3, 6),
            new String[] {"DT", "NN", "VBD", "IN", "DT", "NN", "CC", "VBD", "IN", "DT", "JJ", "NN"},
            List.of(
                sutime(text, "a week", "DURATION", "P1W"),
                sutime(text, "over the past year", "DURATION", "P1Y")));
    new TimeAnnotator().annotate(a);
    assertThat(a.get(Layers.TIMES))
        .extracting(TimeExpression::text)
        .containsExactly("over a week", "the past year");
  }

  @Test
  void aHolidayWeekIsTheIsoWeekOfTheHoliday() {
    String text = "Protesters prayed as Easter week began";
    AnnotatedArticle a =
        article(
            text,
            LocalDate.of(2000, 4, 17),
            new String[] {"NNS", "VBD", "IN", "NNP", "NN", "VBD"},
            List.of(sutime(text, "Easter", "DATE", "2000-04-23")));
    new TimeAnnotator().annotate(a);
    assertThat(a.get(Layers.TIMES))
        .extracting(TimeExpression::text, TimeExpression::value)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Easter week", "2000-W16"));
  }

  @Test
  void aWeekdayBeforeAnOrdinalOfANounIsTheWeekdayAlone() {
    String text = "Apple announced on Tuesday the first generation of its products";
    AnnotatedArticle a =
        article(
            text,
            LocalDate.of(2006, 1, 11),
            new String[] {"NNP", "VBD", "IN", "NNP", "DT", "JJ", "NN", "IN", "PRP$", "NNS"},
            List.of(sutime(text, "Tuesday the first", "DATE", "2006-01-01")));
    new TimeAnnotator().annotate(a);
    assertThat(a.get(Layers.TIMES))
        .extracting(TimeExpression::text, TimeExpression::value)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Tuesday", "2006-01-10"));
  }

  @Test
  void electionDayAndPost1959AreFoundWithoutSuTime() {
    String text = "from now to Election Day , the post-1959 politics";
    AnnotatedArticle a =
        article(
            text,
            LocalDate.of(1998, 10, 26),
            new String[] {"IN", "RB", "TO", "NNP", "NNP", ",", "DT", "JJ", "NNS"},
            List.of());
    new TimeAnnotator().annotate(a);
    assertThat(a.get(Layers.TIMES))
        .extracting(TimeExpression::text, TimeExpression::value)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Election Day", "1998-11-03"),
            org.assertj.core.groups.Tuple.tuple("post-1959", "1959"));
  }

  @Test
  void theSameDayCountsFromAWeekdayNamedBefore() {
    // DCT Saturday 2009-04-04; the report came out on Friday.
    String text = "Stocks rose on Friday despite a report released on the same day";
    AnnotatedArticle a =
        article(
            text,
            LocalDate.of(2009, 4, 4),
            new String[] {
              "NNS", "VBD", "IN", "NNP", "IN", "DT", "NN", "VBN", "IN", "DT", "JJ", "NN"
            },
            List.of(
                sutime(text, "Friday", "DATE", "2009-04-03"),
                sutime(text, "the same day", "DATE", "2009-04-04")));
    new TimeAnnotator().annotate(a);
    assertThat(a.get(Layers.TIMES))
        .extracting(TimeExpression::text, TimeExpression::value)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Friday", "2009-04-03"),
            org.assertj.core.groups.Tuple.tuple("the same day", "2009-04-03"));
  }

  @Test
  void anApproximationBeforeAgoAndAheadAfterAStretchBelongToTheTimex() {
    String text = "The war ended almost four years ago and sales will fall in the weeks ahead";
    AnnotatedArticle a =
        article(
            text,
            LocalDate.of(1999, 3, 12),
            new String[] {
              "DT", "NN", "VBD", "RB", "CD", "NNS", "RB", "CC", "NNS", "MD", "VB", "IN", "DT",
              "NNS", "RB"
            },
            List.of(
                sutime(text, "four years ago", "DATE", "1995"),
                sutime(text, "the weeks", "DURATION", "PXW")));
    new TimeAnnotator().annotate(a);
    assertThat(a.get(Layers.TIMES))
        .extracting(TimeExpression::text, TimeExpression::value)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("almost four years ago", "1995"),
            org.assertj.core.groups.Tuple.tuple("the weeks ahead", "PXW"));
  }

  @Test
  void aDateJoinedToAShiftIsSplit() {
    String text = "It arrives on November 11, three days later than planned";
    AnnotatedArticle a =
        article(
            text,
            LocalDate.of(2005, 11, 5),
            new String[] {"PRP", "VBZ", "IN", "NNP", "CD", "CD", "NNS", "RBR", "IN", "VBN"},
            List.of(sutime(text, "November 11, three days later", "DATE", "2005-11-14")));
    new TimeAnnotator().annotate(a);
    assertThat(a.get(Layers.TIMES))
        .extracting(TimeExpression::text, TimeExpression::value)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("November 11", "2005-11-11"),
            org.assertj.core.groups.Tuple.tuple("three days", "P3D"));
  }

  @Test
  void aSecondDayNumberInACoordinationIsADateOfTheSameMonth() {
    String text = "The summit will be held on April 24 and 25 , and 3 and 4 officials";
    AnnotatedArticle a =
        article(
            text,
            LocalDate.of(1999, 3, 12),
            new String[] {
              "DT", "NN", "MD", "VB", "VBN", "IN", "NNP", "CD", "CC", "CD", ",", "CC", "CD", "CC",
              "CD", "NNS"
            },
            List.of(sutime(text, "April 24", "DATE", "1999-04-24")));
    new TimeAnnotator().annotate(a);
    assertThat(a.get(Layers.TIMES))
        .extracting(TimeExpression::text, TimeExpression::value)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("April 24", "1999-04-24"),
            org.assertj.core.groups.Tuple.tuple("25", "1999-04-25"));
  }
}
