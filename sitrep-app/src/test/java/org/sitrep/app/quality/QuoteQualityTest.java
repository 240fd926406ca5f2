package org.sitrep.app.quality;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Quality gate for quotes and speakers: every 10th PolNeAR dev document (93 articles) scored with
 * {@code score.py quotes}, and the example article's quotes with {@code score.py seed}. Floors sit
 * just below the measured level (docs/quotes.md) so quality cannot silently fall back.
 */
class QuoteQualityTest {

  @Test
  void polnearSampleHoldsItsLevel() throws Exception {
    Path data = QualityHarness.shared().resolve("data").resolve("quotes");
    JsonNode r =
        QualityHarness.score(
            "quotes", data.resolve("dev.input.jsonl"), data.resolve("dev.gold.jsonl"), 10);
    assertThat(r.path("documents").path("missing").asInt()).isZero();
    assertThat(r.path("text_mismatch").asInt()).isZero();
    // Sample 0.817 after the eighth issue #3 round (nested belief and intention cues left inside
    // the outer content: fewer, longer relations); 0.816 before it; 0.820 after the eleventh round
    // (contents ending at a fronted clause's comma, a semicolon, a contrastive or absolute clause).
    assertThat(r.path("content_overlap").path("f1").asDouble()).isGreaterThanOrEqualTo(0.816);
    // Reached 0.863 after the content and boundary rules of the fourth issue #3 round (the
    // postposed-cue fixes and cuts before a later quotation's attribution removed wrong contents);
    // 0.884 after the eighth round (0.875 before it).
    assertThat(r.path("content_overlap").path("p").asDouble()).isGreaterThanOrEqualTo(0.875);
    // Reached 0.528 after the sixth issue #3 round (lead-in clauses, quotations running on into
    // indirect content, relative pronouns, audiences, participles after partial quotations);
    // 0.543 after the eighth round (0.538 before it); 0.552 after the eleventh (0.545 before it);
    // 0.565 after the fourteenth (content boundaries: adjuncts after noun-phrase contents, second
    // predicates, wh- and relative clauses in noun-cue complements; 0.561 before it).
    assertThat(r.path("content_exact").path("f1").asDouble()).isGreaterThanOrEqualTo(0.563);
    // Citron-style token overlap F1 of the contents: 0.869 after the fourteenth round (0.868
    // before it).
    assertThat(r.path("content_tokens").path("f1").asDouble()).isGreaterThanOrEqualTo(0.867);
    // Sample 0.889 after the sixth issue #3 round's speaker rules (nesting in postposed contents
    // and relative clauses, organisation premodifiers, tails after a quotation); 0.877 before.
    // 0.901 (1,083 / 1,202) after the eleventh round's speaker rules; 0.895 (1,072 / 1,198) before.
    assertThat(r.path("speaker_acc").asDouble()).isGreaterThanOrEqualTo(0.895);
    assertThat(r.path("recall_direct").path("r").asDouble()).isGreaterThanOrEqualTo(0.935);
    // 0.698 after the eighth round (0.703 before it): nested belief and intention relations that
    // PolNeAR annotates a third of the time are no longer emitted, which costs recall and gains
    // more in precision (0.875 -> 0.884) and overlap F1; the floor moved from 0.700 to 0.695.
    // 0.703 after the eleventh round (0.697 before it).
    assertThat(r.path("recall_other").path("r").asDouble()).isGreaterThanOrEqualTo(0.699);
  }

  @Test
  void everyExampleArticleQuoteHasTheRightSpeaker() throws Exception {
    Path seed = QualityHarness.shared().resolve("data").resolve("seed");
    JsonNode r =
        QualityHarness.score("seed", seed.resolve("input.jsonl"), seed.resolve("gold.jsonl"), 1);
    JsonNode quotes = r.path("quotes");
    // Recall counts gold quotes overlapped by a system quote carrying the gold speaker.
    assertThat(quotes.path("r_den").asInt()).isEqualTo(19);
    assertThat(quotes.path("r_num").asInt()).isEqualTo(19);
  }
}
