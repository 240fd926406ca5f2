package org.sitrep.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.nlp.NerMention;
import org.sitrep.core.nlp.Sentence;
import org.sitrep.core.nlp.Token;

/** The sentence break after an abbreviation's period is undone before a comma or parenthesis. */
class AbbreviationSplitsTest {
  private static Token token(int index, int sentence, int start, String word, String pos) {
    return new Token(index, sentence, start, start + word.length(), word, pos, word, "O");
  }

  @Test
  void periodBeforeACommaGoesBackIntoItsWord() {
    // "Hale, R-S.C., said it." split by the tokenizer after "R-S.C" + "."
    List<Token> tokens =
        List.of(
            token(0, 0, 0, "Hale", "NNP"),
            token(1, 0, 4, ",", ","),
            token(2, 0, 6, "R-S.C", "NNP"),
            token(3, 0, 11, ".", "."),
            token(4, 1, 12, ",", ","),
            token(5, 1, 14, "said", "VBD"),
            token(6, 1, 19, "it", "PRP"),
            token(7, 1, 21, ".", "."));
    List<Sentence> sentences = List.of(new Sentence(0, 0, 12, 0, 4), new Sentence(1, 12, 22, 4, 8));
    List<NerMention> ner = List.of(new NerMention(0, 4, "Hale", "PERSON", 0, 1));
    AbbreviationSplits r = AbbreviationSplits.repair(tokens, sentences, ner);
    assertThat(r.sentences()).hasSize(1);
    assertThat(r.sentences().get(0).tokenTo()).isEqualTo(7);
    assertThat(r.tokens())
        .extracting(Token::word)
        .containsExactly("Hale", ",", "R-S.C.", ",", "said", "it", ".");
    assertThat(r.tokens()).extracting(Token::index).containsExactly(0, 1, 2, 3, 4, 5, 6);
    assertThat(r.tokens()).extracting(Token::sentence).containsOnly(0);
    assertThat(r.ner().get(0).tokenTo()).isEqualTo(1);
  }

  @Test
  void aRealSentenceEndIsKept() {
    // "He left. Then it ended."
    List<Token> tokens =
        List.of(
            token(0, 0, 0, "He", "PRP"),
            token(1, 0, 3, "left", "VBD"),
            token(2, 0, 7, ".", "."),
            token(3, 1, 9, "Then", "RB"),
            token(4, 1, 14, "it", "PRP"),
            token(5, 1, 17, "ended", "VBD"),
            token(6, 1, 22, ".", "."));
    List<Sentence> sentences = List.of(new Sentence(0, 0, 8, 0, 3), new Sentence(1, 9, 23, 3, 7));
    AbbreviationSplits r = AbbreviationSplits.repair(tokens, sentences, List.of());
    assertThat(r.sentences()).hasSize(2);
    assertThat(r.tokens()).hasSize(7);
  }
}
