package org.sitrep.extract.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.nlp.NerMention;
import org.sitrep.core.nlp.Token;
import org.sitrep.extract.place.gazetteer.Gazetteer;

class PlaceRecognitionTest {
  private static final Gazetteer G = Fixtures.gazetteer();

  private static List<String> found(TestDoc d) {
    return new ToponymFinder(G)
        .find(d.text, d.tokens, d.sentences, d.ner).stream().map(Toponym::text).toList();
  }

  /** Tags the single token at {@code index} (as CoreNLP would, without nesting). */
  private static void tag(TestDoc d, int index, String type) {
    Token t = d.tokens.get(index);
    d.ner.add(new NerMention(t.start(), t.end(), t.word(), type, index, index + 1));
    d.ner.sort((a, b) -> Integer.compare(a.start(), b.start()));
  }

  private static int indexOf(TestDoc d, String word, int nth) {
    int seen = 0;
    for (Token t : d.tokens) {
      if (t.word().equals(word) && seen++ == nth) {
        return t.index();
      }
    }
    throw new IllegalArgumentException(word);
  }

  @Test
  void aSettlementNounAfterTheNameIsAPlaceContext() {
    // untagged, one word, at the sentence start: before, only countries were read there
    assertThat(found(new TestDoc("Theodore is a town in Mobile County. It has a school.")))
        .containsExactly("Theodore");
    assertThat(found(new TestDoc("Theodore said the school was closed."))).isEmpty();
  }

  @Test
  void aDefinedSettlementNamedAfterAPersonIsThePlaceWhereTheTaggerSaysPerson() {
    TestDoc d =
        new TestDoc(
            "Roosevelt is a village in Nassau County. It was named for Theodore Roosevelt."
                + " Today Roosevelt has a library.",
            "Theodore Roosevelt",
            "PERSON");
    tag(d, indexOf(d, "Roosevelt", 0), "PERSON");
    tag(d, indexOf(d, "Roosevelt", 2), "PERSON");
    assertThat(found(d)).containsExactly("Roosevelt", "Roosevelt");
  }

  @Test
  void withoutTheDefinitionTheSurnameStaysAPerson() {
    TestDoc d =
        new TestDoc(
            "The library in Roosevelt was named for Theodore Roosevelt. Today Roosevelt is"
                + " remembered.",
            "Theodore Roosevelt",
            "PERSON");
    tag(d, indexOf(d, "Roosevelt", 2), "PERSON");
    // "in Roosevelt" is a place; the surname alone, tagged as a person, is not
    assertThat(found(d)).containsExactly("Roosevelt");
  }
}
