package org.sitrep.extract.time;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PiecesTest {
  private static TimeAnnotator.Candidate candidate(String text) {
    return new TimeAnnotator.Candidate(100, 100 + text.length(), text, null);
  }

  @Test
  void aJoinedMentionSplitsIntoItsTimeExpressions() {
    assertThat(Pieces.of(candidate("six years on Thursday")))
        .extracting(TimeAnnotator.Candidate::text)
        .containsExactly("six years", "Thursday");
    assertThat(Pieces.of(candidate("more than four hours Friday")))
        .extracting(TimeAnnotator.Candidate::text)
        .containsExactly("more than four hours", "Friday");
    assertThat(Pieces.of(candidate("the first nine months of 1997")))
        .extracting(TimeAnnotator.Candidate::text)
        .containsExactly("the first nine months", "1997");
  }

  @Test
  void offsetsPointIntoTheArticle() {
    TimeAnnotator.Candidate thursday = Pieces.of(candidate("six years on Thursday")).get(1);
    assertThat(thursday.start()).isEqualTo(113);
    assertThat(thursday.end()).isEqualTo(121);
  }

  @Test
  void theVerbMayIsNoMonth() {
    assertThat(Pieces.of(candidate("may last months")))
        .extracting(TimeAnnotator.Candidate::text)
        .doesNotContain("may");
    assertThat(Pieces.of(candidate("the day before"))).isEmpty();
  }

  @Test
  void twoQuartersOfAYearAreOnePiece() {
    TimeAnnotator.Candidate c =
        new TimeAnnotator.Candidate(0, 38, "at least the first two quarters of 1990", null);
    assertThat(Pieces.of(c))
        .extracting(TimeAnnotator.Candidate::text)
        .containsExactly("the first two quarters of 1990");
  }
}
