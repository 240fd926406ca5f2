package org.sitrep.ingest.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MinHashTest {
  static final String STORY =
      "Some 400 Islamic State fighters fled the Syrian city of Raqqa last week with their"
          + " families, a spokesman for the U.S.-led coalition said on Sunday. The fighters left"
          + " in a convoy of buses and trucks under a deal negotiated by local officials, he told"
          + " reporters in Baghdad. Kurdish-led forces said the remaining militants had been"
          + " surrounded in the city's stadium and hospital.";

  @Test
  void estimatesJaccardSimilarity() {
    String copy = "BEIRUT (AP) - " + STORY + " Reporting by a staff writer.";
    double exact = MinHash.jaccard(STORY, copy);
    double estimate = MinHash.similarity(MinHash.signature(STORY), MinHash.signature(copy));
    assertThat(exact).isBetween(0.8, 0.95);
    // Standard error 1/sqrt(128) = 0.09: three of them is a generous bound.
    assertThat(estimate).isCloseTo(exact, org.assertj.core.data.Offset.offset(0.27));
    assertThat(MinHash.similarity(MinHash.signature(STORY), MinHash.signature(STORY))).isEqualTo(1);
  }

  @Test
  void unrelatedTextsAreFarApart() {
    String other =
        "Heavy rain flooded the capital's southern districts overnight, and the weather service"
            + " warned of more storms before the weekend as rivers rose across the plain.";
    assertThat(MinHash.similarity(MinHash.signature(STORY), MinHash.signature(other)))
        .isLessThan(0.1);
  }

  @Test
  void signaturesSurviveStorage() {
    int[] sig = MinHash.signature(STORY);
    assertThat(MinHash.decode(MinHash.encode(sig))).isEqualTo(sig);
    assertThatThrownBy(() -> MinHash.decode("AAAA")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void contentHashIgnoresLineWrapping() {
    assertThat(ContentHash.of("a  b\nc ")).isEqualTo(ContentHash.of("a b c"));
    assertThat(ContentHash.of("a b c")).isNotEqualTo(ContentHash.of("a b d")).hasSize(64);
  }
}
