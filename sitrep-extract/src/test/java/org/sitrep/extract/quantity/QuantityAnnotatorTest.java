package org.sitrep.extract.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.sitrep.core.article.Article;
import org.sitrep.core.model.Claim;
import org.sitrep.core.model.Quantity;
import org.sitrep.core.model.Source;
import org.sitrep.core.model.TimeExpression;
import org.sitrep.core.model.TimexType;
import org.sitrep.core.nlp.Sentence;
import org.sitrep.core.nlp.Token;
import org.sitrep.core.pipeline.AnnotatedArticle;
import org.sitrep.core.pipeline.Layers;

/** The annotator on hand-tagged tokens, so that it runs without CoreNLP. */
class QuantityAnnotatorTest {

  /** Builds an article whose tokens are "word/TAG/lemma" items separated by spaces. */
  private static AnnotatedArticle tagged(String tagged) {
    StringBuilder text = new StringBuilder();
    List<Token> tokens = new ArrayList<>();
    Matcher m = Pattern.compile("(\\S+)/(\\S+)/(\\S+)").matcher(tagged);
    while (m.find()) {
      if (text.length() > 0 && !m.group(1).matches("[.,]")) {
        text.append(' ');
      }
      int start = text.length();
      text.append(m.group(1));
      tokens.add(
          new Token(
              tokens.size(), 0, start, text.length(), m.group(1), m.group(2), m.group(3), "O"));
    }
    AnnotatedArticle a =
        new AnnotatedArticle(Article.of("t", text.toString(), LocalDate.of(2018, 2, 4)));
    a.put(Layers.TOKENS, List.copyOf(tokens));
    a.put(Layers.SENTENCES, List.of(new Sentence(0, 0, text.length(), 0, tokens.size())));
    return a;
  }

  @Test
  void aCountThatEndsItsSentenceCountsNothingOfTheNext() {
    // a headline ending in a count, then the dateline on the next line
    String text = "Missiles Hit Cities, Killing at Least 19\nKYIV, Ukraine";
    String[][] words = {
      {"Missiles", "NNS", "0"}, {"Hit", "VBD", "0"}, {"Cities", "NNS", "0"}, {",", ",", "0"},
      {"Killing", "VBG", "0"}, {"at", "IN", "0"}, {"Least", "JJS", "0"}, {"19", "CD", "0"},
      {"KYIV", "NNP", "1"}, {",", ",", "1"}, {"Ukraine", "NNP", "1"}
    };
    List<Token> tokens = new ArrayList<>();
    int from = 0;
    for (String[] w : words) {
      int start = text.indexOf(w[0], from);
      from = start + w[0].length();
      tokens.add(
          new Token(
              tokens.size(),
              Integer.parseInt(w[2]),
              start,
              from,
              w[0],
              w[1],
              w[0].toLowerCase(java.util.Locale.ROOT),
              "O"));
    }
    AnnotatedArticle a = new AnnotatedArticle(Article.of("t", text, LocalDate.of(2022, 10, 10)));
    a.put(Layers.TOKENS, List.copyOf(tokens));
    int split = text.indexOf('\n');
    a.put(
        Layers.SENTENCES,
        List.of(new Sentence(0, 0, split, 0, 8), new Sentence(1, split + 1, text.length(), 8, 11)));
    new QuantityAnnotator().annotate(a);
    assertThat(a.get(Layers.QUANTITIES))
        .filteredOn(q -> q.text().contains("19"))
        .singleElement()
        .satisfies(q -> assertThat(q.counts()).isNull());
  }

  private static final String FLED =
      "As/RB/as many/JJ/many as/IN/as 1,000/CD/1,000 fighters/NNS/fighter and/CC/and"
          + " family/NN/family members/NNS/member had/VBD/have fled/VBN/flee ./././";

  @Test
  void countsAndRoleComeFromTheNounAndVerb() {
    AnnotatedArticle a = tagged(FLED);
    new QuantityAnnotator().annotate(a);
    List<Quantity> qs = a.get(Layers.QUANTITIES);
    assertThat(qs).hasSize(1);
    Quantity q = qs.get(0);
    assertThat(q.text()).isEqualTo("As many as 1,000");
    assertThat(q.low()).isEqualTo(0.0);
    assertThat(q.high()).isEqualTo(1000.0);
    assertThat(q.unit()).isNull();
    assertThat(q.counts()).isEqualTo("fighters and family members fled");
    assertThat(q.role()).isEqualTo("fled");
    assertThat(q.source()).isNull();
    assertThat(q.component()).isEqualTo("quantity.v1");
  }

  @Test
  void aVerbBeforeTheCountGivesTheRole() {
    AnnotatedArticle a =
        tagged(
            "The/DT/the strike/NN/strike killed/VBD/kill about/RB/about 150/CD/150"
                + " fighters/NNS/fighter ./././");
    new QuantityAnnotator().annotate(a);
    Quantity q = a.get(Layers.QUANTITIES).get(0);
    assertThat(q.low()).isEqualTo(135.0);
    assertThat(q.high()).isEqualTo(165.0);
    assertThat(q.approximate()).isTrue();
    assertThat(q.counts()).isEqualTo("fighters killed");
    assertThat(q.role()).isEqualTo("killed");
  }

  @Test
  void aQuantityInsideAClaimTakesItsSource() {
    AnnotatedArticle a = tagged(FLED);
    Source selva = new Source("Paul J. Selva", null, "general");
    a.put(
        Layers.CLAIMS,
        List.of(new Claim(0, a.text().length(), a.text(), selva, "said", null, "claim.v1")));
    new QuantityAnnotator().annotate(a);
    assertThat(a.get(Layers.QUANTITIES).get(0).source()).isEqualTo(selva);
  }

  @Test
  void aBareNumberTheTimeLayerCallsAYearStaysAQuantity() {
    AnnotatedArticle a = tagged("Prices/NNS/price rose/VBD/rise by/IN/by 1500/CD/1500 ./././");
    int n = a.text().indexOf("1500");
    a.put(
        Layers.TIMES,
        List.of(new TimeExpression(n, n + 4, "1500", TimexType.DATE, "1500", "time.v1")));
    new QuantityAnnotator().annotate(a);
    assertThat(a.get(Layers.QUANTITIES)).extracting(Quantity::text).containsExactly("1500");
  }

  @Test
  void numbersOfADateFromTheTimeLayerAreLeftOut() {
    String sentence = "On/IN/on day/NN/day 3/CD/3 ,/,/, 40/CD/40 men/NNS/man left/VBD/leave ./././";
    AnnotatedArticle plain = tagged(sentence);
    new QuantityAnnotator().annotate(plain);
    assertThat(plain.get(Layers.QUANTITIES)).extracting(Quantity::text).containsExactly("3", "40");
    AnnotatedArticle a = tagged(sentence);
    int three = a.text().indexOf('3');
    a.put(
        Layers.TIMES,
        List.of(
            new TimeExpression(three - 4, three + 1, "day 3", TimexType.DATE, null, "time.v1")));
    new QuantityAnnotator().annotate(a);
    assertThat(a.get(Layers.QUANTITIES)).extracting(Quantity::text).containsExactly("40");
  }
}
