package org.sitrep.extract.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.nlp.Sentence;
import org.sitrep.core.nlp.Token;

class TenseTest {
  /** Tokens split on spaces, tagged by the given tags, lemma = word. */
  private static List<Token> tokens(String text, String... tags) {
    List<Token> out = new ArrayList<>();
    int pos = 0;
    for (String w : text.split(" ")) {
      int start = text.indexOf(w, pos);
      out.add(new Token(out.size(), 0, start, start + w.length(), w, tags[out.size()], w, "O"));
      pos = start + w.length();
    }
    return out;
  }

  private static Tense around(List<Token> t, int from, int to) {
    return Tense.around(t, new Sentence(0, 0, t.get(t.size() - 1).end(), 0, t.size()), from, to);
  }

  @Test
  void doSupportBeforeAFutureFrameLooksAheadButAPastPerfectOneLooksBack() {
    // "did not plan to remove him on Thursday": the frame "plan to" still looks ahead
    List<Token> did =
        tokens(
            "They did not plan to remove him on Thursday",
            "PRP",
            "VBD",
            "RB",
            "VB",
            "TO",
            "VB",
            "PRP",
            "IN",
            "NNP");
    assertThat(around(did, 8, 9)).isEqualTo(Tense.FUTURE);
    // "had been due to expire on Thursday": the frame itself lies in the past
    List<Token> had =
        tokens(
            "It had been due to expire on Thursday",
            "PRP",
            "VBD",
            "VBN",
            "JJ",
            "TO",
            "VB",
            "IN",
            "NNP");
    assertThat(around(had, 7, 8)).isEqualTo(Tense.PAST);
    // "will leave on Thursday"
    List<Token> will = tokens("She will leave on Thursday", "PRP", "MD", "VB", "IN", "NNP");
    assertThat(around(will, 4, 5)).isEqualTo(Tense.FUTURE);
  }
}
