package org.sitrep.app.quality;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.core.article.Article;
import org.sitrep.core.model.Place;
import org.sitrep.core.pipeline.Layers;

/**
 * Quality gate of place.v1: every 10th document of the geo dev split (LGL, GeoVirus, WikToR),
 * scored by score.py, and the example article's places. Floors sit just below the measured level
 * (docs/places.md), so that quality cannot fall back silently.
 */
class GeoQualityTest {
  static JsonNode geo;

  @BeforeAll
  static void score() throws Exception {
    Path data = QualityHarness.shared().resolve("data").resolve("geo");
    geo =
        QualityHarness.score(
            "geo", data.resolve("dev.input.jsonl"), data.resolve("dev.gold.jsonl"), 10);
    System.out.println("geo sample by corpus: " + geo.path("by_corpus"));
    System.out.println("geo sample resolution: " + geo.path("resolution"));
  }

  @Test
  void lglEndToEnd() {
    JsonNode lgl = geo.path("by_corpus").path("lgl");
    // F1 0.925 (P 0.910, R 0.940) after the ninth round's recognition rules (feature and facility
    // heads, saints' possessives, cars, compound demonyms; 0.919, P 0.899, before), e2e and acc
    // unchanged; e2e 0.872, acc 0.927 and F1 0.919 on the sample after both sixth rounds (the
    // resolution
    // round: "London, Ontario" was Ontario, California, acc 0.911 before); 0.856 and F1 0.919 after
    // the sixth round's recognition rules (local bodies, county names, officials' towns,
    // "according to"); 0.852 and 0.917 after the fifth round's (division demonyms, party nouns,
    // possessives); 0.848 and 0.914 after the fourth round's (0.841 and 0.912 before: datelines
    // and the tagged alternate-name guard)
    assertThat(lgl.path("e2e_acc_at_161").asDouble()).isGreaterThanOrEqualTo(0.87);
    assertThat(lgl.path("acc_at_161").asDouble()).isGreaterThanOrEqualTo(0.92);
    assertThat(lgl.path("f1").asDouble()).isGreaterThanOrEqualTo(0.923);
  }

  @Test
  void geoVirusEndToEnd() {
    JsonNode gv = geo.path("by_corpus").path("geovirus");
    // 0.862 on the sample after the fourth round's recognition and resolution rules
    // (docs/places.md); 0.835 before them
    assertThat(gv.path("e2e_acc_at_161").asDouble()).isGreaterThanOrEqualTo(0.855);
    assertThat(gv.path("f1").asDouble()).isGreaterThanOrEqualTo(0.88);
    assertThat(gv.path("recall").asDouble()).isGreaterThanOrEqualTo(0.95);
  }

  @Test
  void wiktorRecallAndOverallAuc() {
    // the fourth round reads the article's defined subject ("Wright is a town in ...") also where
    // the tagger says person or common noun: recall 0.771 -> 0.865 and e2e 0.600 -> 0.653 on the
    // sample; the newly found names include ambiguous ones resolved to a namesake ("Wilson",
    // "Rogers"), so the accuracy on found names fell from 0.778 to 0.755 and its floor with it,
    // while the e2e floor (correct / gold) guards both. The eighth round (the narrowest qualifier,
    // the appositive's containers, defined settlements) gave recall 0.894, acc 0.845, e2e 0.755
    // (from 0.865, 0.755, 0.653) and AUC 0.221 (from 0.230)
    assertThat(geo.path("by_corpus").path("wiktor").path("recall").asDouble())
        .isGreaterThanOrEqualTo(0.89);
    assertThat(geo.path("by_corpus").path("wiktor").path("acc_at_161").asDouble())
        .isGreaterThanOrEqualTo(0.84);
    assertThat(geo.path("by_corpus").path("wiktor").path("e2e_acc_at_161").asDouble())
        .isGreaterThanOrEqualTo(0.75);
    // 0.221 after the eighth round, 0.230 after the sixth (0.236 before it)
    assertThat(geo.path("resolution").path("auc").asDouble()).isLessThanOrEqualTo(0.225);
  }

  @Test
  void theExampleArticlesPlacesAreAllFound() throws Exception {
    Path seed = QualityHarness.shared().resolve("data").resolve("seed");
    JsonNode s =
        QualityHarness.score("seed", seed.resolve("input.jsonl"), seed.resolve("gold.jsonl"), 1);
    assertThat(s.path("places").path("r").asDouble()).isEqualTo(1.0);
    assertThat(s.path("places").path("p").asDouble()).isGreaterThanOrEqualTo(0.85);
  }

  @Test
  void theExampleArticlesHardCases() throws Exception {
    String text =
        java.nio.file.Files.readString(
            QualityHarness.shared().resolve("examples/isis-fighters-flee/article.txt"));
    List<Place> places =
        QualityHarness.pipeline()
            .run(Article.of("seed", text, java.time.LocalDate.of(2018, 2, 4)))
            .get(Layers.PLACES);
    Map<String, Place> byMention =
        places.stream()
            .flatMap(p -> p.mentions().stream().map(m -> Map.entry(m.text(), p)))
            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a));
    assertThat(byMention.get("Al Shafah").countryCode()).isEqualTo("SY");
    assertThat(byMention.get("Deir al-Zour").geonamesId()).isEqualTo(170794L);
    assertThat(byMention.get("Afrin").countryCode()).isEqualTo("SY");
    assertThat(byMention.get("Turkey").feature()).isEqualTo("country");
    assertThat(byMention).doesNotContainKeys("Al", "Theodore Roosevelt", "Roosevelt", "Theodore");
  }
}
