package org.sitrep.extract.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.core.article.Article;
import org.sitrep.core.model.Entity;
import org.sitrep.core.pipeline.AnnotatedArticle;
import org.sitrep.core.pipeline.Layers;
import org.sitrep.core.pipeline.Pipeline;
import org.sitrep.extract.PipelineOptions;
import org.sitrep.extract.place.PlaceAnnotator;
import org.sitrep.nlp.CoreNlpAnnotator;

/** Runs the real CoreNLP layer on a text written for this test. */
class EntityAnnotatorTest {
  static final String TEXT =
      "BEIRUT — Fighters of the Islamic State withdrew from two villages on Tuesday, said Brig."
          + " Gen. Laura M. Okafor, the deputy commander of the coalition air campaign.\n"
          + "General Okafor said ISIS had lost most of its vehicles. The Syrian Democratic Forces"
          + " said the S.D.F. would keep the villages.\n"
          + "A spokesman for the Kurdish-led force, Redur Halil, said Syrian and Iraqi fighters"
          + " had fled. Okafor added that jets from the aircraft carrier Harry S. Truman struck"
          + " the area.";

  static List<Entity> entities;

  @BeforeAll
  static void analyse() {
    Path root = Path.of(System.getProperty("sitrep.root", ".."));
    Pipeline p =
        Pipeline.builder()
            .add(new CoreNlpAnnotator())
            .add(PlaceAnnotator.load(PipelineOptions.defaults(root).gazetteerDir()))
            .add(new EntityAnnotator())
            .build();
    AnnotatedArticle a = p.run(Article.of("t", TEXT, LocalDate.of(2018, 2, 4)));
    entities = a.get(Layers.ENTITIES);
  }

  static Entity named(String name) {
    return entities.stream()
        .filter(e -> e.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no entity " + name + " in " + entities));
  }

  @Test
  void personMentionsMergeUnderTheFullName() {
    Entity okafor = named("Laura M. Okafor");
    assertThat(okafor.type()).isEqualTo("PERSON");
    assertThat(okafor.mentions()).hasSizeGreaterThanOrEqualTo(3);
    assertThat(okafor.aliases()).contains("Okafor", "General Okafor");
    assertThat(okafor.descriptions()).contains("deputy commander of the coalition air campaign");
  }

  @Test
  void aliasesAndAcronymsMerge() {
    assertThat(named("Islamic State").aliases()).contains("ISIS");
    assertThat(named("Syrian Democratic Forces").aliases()).contains("S.D.F.");
  }

  @Test
  void shipsAreNotPeopleAndDemonymsAreNationalities() {
    assertThat(entities)
        .noneSatisfy(
            e -> {
              assertThat(e.type()).isEqualTo("PERSON");
              assertThat(e.name()).contains("Truman");
            });
    assertThat(named("Syrian").type()).isEqualTo("NATIONALITY");
  }

  @Test
  void mentionsPointIntoTheText() {
    for (Entity e : entities) {
      e.mentions().forEach(m -> assertThat(TEXT.substring(m.start(), m.end())).isEqualTo(m.text()));
    }
  }

  @Test
  void aNameSplitByTheTaggerIsStillThePlaceNamedElsewhere() {
    Path root = Path.of(System.getProperty("sitrep.root", ".."));
    Pipeline p =
        Pipeline.builder()
            .add(new CoreNlpAnnotator())
            .add(PlaceAnnotator.load(PipelineOptions.defaults(root).gazetteerDir()))
            .add(new EntityAnnotator())
            .build();
    AnnotatedArticle a =
        p.run(
            Article.of(
                "t",
                "Gunmen Kill Dozens in Burkina Faso\nOUAGADOUGOU, Burkina Faso — Gunmen attacked"
                    + " a village, said Karim al-Jubouri, a local official. Jubouri said the"
                    + " attackers fled.",
                LocalDate.of(2021, 6, 7)));
    List<Entity> found = a.get(Layers.ENTITIES);
    assertThat(found).noneMatch(e -> e.type().equals("PERSON") && e.name().startsWith("Burkina"));
    // "Jubouri" is "Karim al-Jubouri": one person, the Arabic article kept or dropped
    assertThat(found)
        .filteredOn(e -> e.type().equals("PERSON") && e.name().contains("Jubouri"))
        .singleElement()
        .satisfies(e -> assertThat(e.name()).isEqualTo("Karim al-Jubouri"));
  }
}
