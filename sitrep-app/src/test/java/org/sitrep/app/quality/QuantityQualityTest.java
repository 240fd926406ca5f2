package org.sitrep.app.quality;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Quality gate of the quantity extractor: all of the NewsQuant development half (305 sentences) and
 * the example article's quantities section. Floors sit just below the measured figures (see
 * docs/quantities.md) so that quality cannot fall back unnoticed.
 */
class QuantityQualityTest {

  @Test
  void newsQuantDevelopmentHalf() throws Exception {
    Path data = QualityHarness.shared().resolve("data").resolve("quantities");
    JsonNode score =
        QualityHarness.score(
            "quantities", data.resolve("dev.input.jsonl"), data.resolve("dev.gold.jsonl"), 1);
    // measured: value F1 0.934, value+unit F1 0.885
    assertThat(score.path("value").path("f1").asDouble()).isGreaterThanOrEqualTo(0.928);
    assertThat(score.path("value_unit").path("f1").asDouble()).isGreaterThanOrEqualTo(0.88);
    assertThat(score.path("documents").path("missing").asInt()).isZero();
  }

  @Test
  void exampleArticleQuantities() throws Exception {
    Path data = QualityHarness.shared().resolve("data").resolve("seed");
    JsonNode score =
        QualityHarness.score("seed", data.resolve("input.jsonl"), data.resolve("gold.jsonl"), 1);
    JsonNode q = score.path("quantities");
    // every gold quantity of the article is found with its interval
    assertThat(q.path("r_num").asInt()).isEqualTo(q.path("r_den").asInt());
    assertThat(q.path("r_den").asInt()).isGreaterThan(0);
    // measured: precision 0.69 (durations and the article's unannotated "thousands" count against
    // it)
    assertThat(q.path("p").asDouble()).isGreaterThanOrEqualTo(0.65);
  }
}
