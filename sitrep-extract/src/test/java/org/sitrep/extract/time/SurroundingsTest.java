package org.sitrep.extract.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.model.TimexType;
import org.sitrep.core.nlp.Sentence;
import org.sitrep.core.nlp.Token;

class SurroundingsTest {
  /** Tokens split on spaces with the given tags; lemma = lower-cased word. */
  private static List<Token> tokens(String text, String... tags) {
    List<Token> out = new ArrayList<>();
    int pos = 0;
    for (String w : text.split(" ")) {
      int start = text.indexOf(w, pos);
      out.add(
          new Token(
              out.size(),
              0,
              start,
              start + w.length(),
              w,
              tags[out.size()],
              w.toLowerCase(java.util.Locale.ROOT),
              "O"));
      pos = start + w.length();
    }
    return out;
  }

  @Test
  void aSentenceOpeningNowWithACommaIsADiscourseMarker() {
    List<Token> t = tokens("Now , he says , it works", "RB", ",", "PRP", "VBZ", ",", "PRP", "VBZ");
    Sentence s = new Sentence(0, 0, 24, 0, t.size());
    assertThat(Surroundings.discourseNow(t, s, 0, 1)).isTrue();
    List<Token> u = tokens("It is now clear", "PRP", "VBZ", "RB", "JJ");
    assertThat(Surroundings.discourseNow(u, new Sentence(0, 0, 15, 0, u.size()), 2, 3)).isFalse();
  }

  @Test
  void fractionsAreNoDurations() {
    List<Token> t = tokens("three-quarters of the shares", "NNS", "IN", "DT", "NNS");
    assertThat(Surroundings.fraction("three-quarters", t, 1)).isTrue();
    List<Token> u = tokens("a quarter of a century", "DT", "NN", "IN", "DT", "NN");
    assertThat(Surroundings.fraction("a quarter", u, 2)).isFalse();
    List<Token> v = tokens("a quarter earlier", "DT", "NN", "RBR");
    assertThat(Surroundings.fraction("a quarter", v, 2)).isFalse();
  }

  @Test
  void frequenciesAreSetsAndAmountsRatesNoTimes() {
    List<Token> t = tokens("$ 500 million a year", "$", "CD", "CD", "DT", "NN");
    assertThat(Surroundings.rate("a year", t, 3)).isNull();
    assertThat(Surroundings.amountRate("a year", t, 3)).isTrue();
    List<Token> f = tokens("four flights a week", "CD", "NNS", "DT", "NN");
    assertThat(Surroundings.amountRate("a week", f, 2)).isTrue();
    List<Token> u = tokens("twice a day", "RB", "DT", "NN");
    assertThat(Surroundings.rate("a day", u, 1)).isEqualTo(new Timex(TimexType.SET, "P1D"));
    List<Token> v = tokens("it took a year", "PRP", "VBD", "DT", "NN");
    assertThat(Surroundings.rate("a year", v, 2)).isNull();
    assertThat(Surroundings.amountRate("a year", v, 2)).isFalse();
    assertThat(Surroundings.amountRate("a day", u, 1)).isFalse();
    // the tagger marked only the unit: "$55 a night"
    List<Token> n = tokens("$ 55 a night", "$", "CD", "DT", "NN");
    assertThat(Surroundings.amountRate("night", n, 3)).isTrue();
    List<Token> w = tokens("on the night of", "IN", "DT", "NN", "IN");
    assertThat(Surroundings.amountRate("night", w, 2)).isFalse();
  }

  @Test
  void commonNounsThatLookLikeTimes() {
    List<Token> t = tokens("a large fall in sales", "DT", "JJ", "NN", "IN", "NNS");
    assertThat(Surroundings.commonNoun("fall", t, 2, 3)).isTrue();
    List<Token> u = tokens("in the fall", "IN", "DT", "NN");
    assertThat(Surroundings.commonNoun("fall", u, 2, 3)).isFalse();
    List<Token> v = tokens("late fall", "JJ", "NN");
    assertThat(Surroundings.commonNoun("fall", v, 1, 2)).isFalse();
    assertThat(Surroundings.commonNoun("march", t, 0, 1)).isTrue();
    assertThat(Surroundings.commonNoun("March", t, 0, 1)).isFalse();
    List<Token> m = tokens("this may have an impact", "DT", "MD", "VB", "DT", "NN");
    assertThat(Surroundings.commonNoun("this may", m, 0, 2)).isTrue();
    assertThat(Surroundings.commonNoun("this May", m, 0, 2)).isFalse();
    List<Token> n = tokens("the 344.65-point fall left", "DT", "JJ", "NN", "VBD");
    assertThat(Surroundings.commonNoun("fall", n, 2, 3)).isTrue();
    List<Token> o = tokens("the fall in prices", "DT", "NN", "IN", "NNS");
    assertThat(Surroundings.commonNoun("fall", o, 1, 2)).isTrue();
    List<Token> p = tokens("seen in the fall .", "VBN", "IN", "DT", "NN", ".");
    assertThat(Surroundings.commonNoun("fall", p, 3, 4)).isFalse();
    List<Token> f = tokens("suffered large falls", "VBD", "JJ", "NNS");
    assertThat(Surroundings.commonNoun("falls", f, 2, 3)).isTrue();
    List<Token> w = tokens("a second group", "DT", "JJ", "NN");
    assertThat(Surroundings.commonNoun("a second", w, 0, 2)).isTrue();
    List<Token> x = tokens("for a second .", "IN", "DT", "NN", ".");
    assertThat(Surroundings.commonNoun("a second", x, 1, 3)).isFalse();
    List<Token> y = tokens("arrested at this march in", "VBN", "IN", "DT", "NN", "IN");
    assertThat(Surroundings.commonNoun("this march", y, 2, 4)).isTrue();
    // a lower-cased text (wire archives, MUC-4): with a day or a year it is the month
    List<Token> lc = tokens("in march 1980 ,", "IN", "NN", "CD", ",");
    assertThat(Surroundings.commonNoun("march 1980", lc, 1, 3)).isFalse();
    List<Token> ld = tokens("on 16 march .", "IN", "CD", "NN", ".");
    assertThat(Surroundings.commonNoun("16 march", ld, 1, 3)).isFalse();
    List<Token> z = tokens("the annual March for Life on", "DT", "JJ", "NNP", "IN", "NNP", "IN");
    assertThat(Surroundings.commonNoun("the annual March", z, 0, 3)).isTrue();
    List<Token> mo =
        tokens("the March of the Combatant Mothers", "DT", "NNP", "IN", "DT", "NNP", "NNPS");
    assertThat(Surroundings.commonNoun("March", mo, 1, 2)).isTrue();
    List<Token> d = tokens("in March for the first time", "IN", "NNP", "IN", "DT", "JJ", "NN");
    assertThat(Surroundings.commonNoun("March", d, 1, 2)).isFalse();
    List<Token> e = tokens("in March of 1998", "IN", "NNP", "IN", "CD");
    assertThat(Surroundings.commonNoun("March", e, 1, 2)).isFalse();
    List<Token> hn = tokens("for Poland , high noon comes", "IN", "NNP", ",", "JJ", "NN", "VBZ");
    assertThat(Surroundings.commonNoun("noon", hn, 4, 5)).isTrue();
    List<Token> an = tokens("at noon Saturday", "IN", "NN", "NNP");
    assertThat(Surroundings.commonNoun("noon", an, 1, 2)).isFalse();
  }

  @Test
  void aQuotedTitleIsAName() {
    List<Token> t = tokens("on `` This Week , ''", "IN", "``", "DT", "NN", ",", "''");
    assertThat(Surroundings.quotedTitle("This Week", t, 2)).isTrue();
    List<Token> u = tokens("`` Today we win", "``", "NN", "PRP", "VBP");
    assertThat(Surroundings.quotedTitle("Today", u, 1)).isFalse();
    List<Token> v = tokens("`` the last two months", "``", "DT", "JJ", "CD", "NNS");
    assertThat(Surroundings.quotedTitle("the last two months", v, 1)).isFalse();
    List<Token> w = tokens("aired This Week", "VBD", "DT", "NN");
    assertThat(Surroundings.quotedTitle("This Week", w, 1)).isFalse();
  }
}
