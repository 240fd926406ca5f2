package org.sitrep.app.quality;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Quality floors of {@code event.v1} and {@code movement.v1}: MUC-4 role fillers and incident types
 * on the whole development split (200 reports), and the example article's events and movements.
 * Floors sit just below the measured figures (docs/events.md), so that quality cannot fall back
 * silently.
 */
class EventQualityTest {

  @Test
  void muc4DevRoleFillersAndTypes() throws Exception {
    Path muc = QualityHarness.shared().resolve("data/muc4");
    JsonNode r =
        QualityHarness.score(
            "muc4", muc.resolve("dev.input.jsonl"), muc.resolve("dev.gold.jsonl"), 1);
    JsonNode roles = r.path("role_fillers");
    JsonNode types = r.path("incident_types");
    assertThat(roles.path("f1").asDouble()).as("role-filler F1").isGreaterThanOrEqualTo(0.525);
    assertThat(roles.path("p").asDouble()).as("role-filler P").isGreaterThanOrEqualTo(0.535);
    assertThat(types.path("f1").asDouble()).as("incident type F1").isGreaterThanOrEqualTo(0.725);
    JsonNode byRole = r.path("role_fillers_by_role");
    assertThat(byRole.path("weapon").path("f1").asDouble()).as("weapon F1").isGreaterThan(0.65);
    assertThat(byRole.path("target").path("f1").asDouble()).as("target F1").isGreaterThan(0.615);
    assertThat(byRole.path("victim").path("f1").asDouble()).as("victim F1").isGreaterThan(0.54);
    assertThat(byRole.path("perpetrator").path("f1").asDouble())
        .as("perpetrator F1")
        .isGreaterThan(0.405);
  }

  @Test
  void seedArticleEventsAndMovements() throws Exception {
    Path seed = QualityHarness.shared().resolve("data/seed");
    JsonNode r =
        QualityHarness.score("seed", seed.resolve("input.jsonl"), seed.resolve("gold.jsonl"), 1);
    JsonNode events = r.path("events");
    JsonNode movements = r.path("movements");
    // Both required events (the Baghdad suicide bombing, the Al Shafah air strike) are found.
    assertThat(events.path("r_num").asInt()).as("gold events found").isGreaterThanOrEqualTo(2);
    assertThat(events.path("r").asDouble()).as("events recall").isEqualTo(1.0);
    assertThat(events.path("f1").asDouble()).as("events F1").isGreaterThanOrEqualTo(0.58);
    assertThat(movements.path("r").asDouble()).as("movements recall").isGreaterThanOrEqualTo(0.8);
    assertThat(movements.path("f1").asDouble()).as("movements F1").isGreaterThanOrEqualTo(0.68);
  }
}
