package org.sitrep.app.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.core.article.Article;
import org.sitrep.core.model.Entity;
import org.sitrep.core.pipeline.Layers;

/** The example article's entities: what CoreNLP alone gets wrong, Sitrep must get right. */
class SeedEntitiesTest {
  static List<Entity> entities;

  @BeforeAll
  static void analyse() throws Exception {
    String text =
        Files.readString(
            QualityHarness.shared().resolve("examples/isis-fighters-flee/article.txt"));
    entities =
        QualityHarness.pipeline()
            .run(Article.of("seed", text, LocalDate.of(2018, 2, 4)))
            .get(Layers.ENTITIES);
  }

  static Entity named(String name) {
    return entities.stream()
        .filter(e -> e.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no entity named " + name));
  }

  @Test
  void selvaIsOnePersonWithHisTitleForms() {
    Entity selva = named("Paul J. Selva");
    assertThat(selva.type()).isEqualTo("PERSON");
    assertThat(selva.aliases()).contains("Selva", "General Selva");
    assertThat(selva.descriptions()).contains("vice chairman of the Joint Chiefs of Staff");
    assertThat(entities.stream().filter(e -> e.name().contains("Selva"))).hasSize(1);
  }

  @Test
  void armedGroupsMergeTheirNames() {
    assertThat(named("Islamic State").aliases()).contains("ISIS");
    assertThat(named("Syrian Democratic Forces").aliases()).contains("S.D.F.");
  }

  @Test
  void placesShipsAndPeopleAreTypedRight() {
    assertThat(entities)
        .filteredOn(e -> e.name().equals("Theodore Roosevelt"))
        .allSatisfy(e -> assertThat(e.type()).isNotEqualTo("PERSON"));
    assertThat(named("Deir al-Zour").type()).isEqualTo("LOCATION");
    assertThat(named("Afrin").type()).isEqualTo("LOCATION");
    assertThat(named("Raqqa").type()).isEqualTo("LOCATION");
    assertThat(named("Kirstjen Nielsen").descriptions()).contains("homeland security secretary");
    assertThat(named("Jim Mattis").descriptions()).contains("Defense Secretary");
  }
}
