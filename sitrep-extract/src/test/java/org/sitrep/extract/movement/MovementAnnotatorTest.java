package org.sitrep.extract.movement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.article.Article;
import org.sitrep.core.model.Movement;
import org.sitrep.core.model.Place;
import org.sitrep.core.pipeline.AnnotatedArticle;
import org.sitrep.core.pipeline.Layers;
import org.sitrep.core.text.Span;
import org.sitrep.nlp.CoreNlpAnnotator;

class MovementAnnotatorTest {
  private static final CoreNlpAnnotator NLP = new CoreNlpAnnotator();

  private static List<Movement> movements(String text) {
    AnnotatedArticle a = new AnnotatedArticle(Article.of("t", text, LocalDate.of(2018, 2, 4)));
    NLP.annotate(a);
    new MovementAnnotator().annotate(a);
    return a.get(Layers.MOVEMENTS);
  }

  @Test
  void fromIsTheObjectOfFleeAndToIsTheDestination() {
    assertThat(movements("Hundreds of fighters fled the city of Raqqa to the south and west."))
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.who()).isEqualTo("Hundreds of fighters");
              assertThat(m.from().name()).contains("Raqqa");
              assertThat(m.to().name()).isEqualTo("the south and west");
              assertThat(m.component()).isEqualTo("movement.v1");
            });
  }

  @Test
  void aPlaceInAHyphenatedModifierIsNotWhereTheyWere() {
    String text = "Thousands of fighters have escaped the American-led campaign in eastern Syria.";
    AnnotatedArticle a = new AnnotatedArticle(Article.of("t", text, LocalDate.of(2018, 2, 4)));
    NLP.annotate(a);
    a.put(
        Layers.PLACES,
        List.of(
            place("United States", 39.76, -98.5, text, "American"),
            place("Syria", 35.0, 38.0, text, "Syria")));
    new MovementAnnotator().annotate(a);
    assertThat(a.get(Layers.MOVEMENTS))
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.from().name()).contains("eastern Syria");
              assertThat(m.from().lat()).isEqualTo(35.0);
              assertThat(m.from().lon()).isEqualTo(38.0);
            });
  }

  @Test
  void fleeingAnEventLeavesThePlaceWhereItHappens() {
    assertThat(movements("Thousands of villagers have fled the fighting in southern Sudan."))
        .singleElement()
        .satisfies(m -> assertThat(m.from().name()).isEqualTo("southern Sudan"));
    assertThat(movements("Hundreds of families fled a rebel offensive near Goma on Monday."))
        .singleElement()
        .satisfies(m -> assertThat(m.from().name()).isEqualTo("Goma"));
    // a place left is not an event: the whole phrase stays ("their homes in ...")
    assertThat(movements("Hundreds of families left their homes in northern Gaza."))
        .singleElement()
        .satisfies(m -> assertThat(m.from().name()).isEqualTo("their homes in northern Gaza"));
  }

  private static Place place(String name, double lat, double lon, String text, String mention) {
    int at = text.indexOf(mention);
    return new Place(
        "p-" + name,
        name,
        null,
        lat,
        lon,
        null,
        null,
        "country",
        List.of(new Span(at, at + mention.length(), mention)),
        "test",
        null);
  }

  @Test
  void carryingVerbsMoveTheirObject() {
    assertThat(movements("\"I smuggled about 50 fighters into Turkey,\" said a smuggler."))
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.who()).isEqualTo("50 fighters");
              assertThat(m.to().name()).isEqualTo("Turkey");
            });
  }

  @Test
  void fromInsideTheSubjectAndArrivalAfterAnInfinitive() {
    assertThat(
            movements(
                "Fighters from the Euphrates River Valley slipped through the lines to arrive in"
                    + " areas near Damascus."))
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.who()).isEqualTo("Fighters");
              assertThat(m.from().name()).isEqualTo("the Euphrates River Valley");
              assertThat(m.to().name()).isEqualTo("areas near Damascus");
            });
  }

  @Test
  void returningHomeGoesToTheMoversHome() {
    assertThat(
            movements(
                "Of more than 5,000 Europeans who joined, as many as 1,500 have returned home."))
        .singleElement()
        .satisfies(m -> assertThat(m.to().name()).contains("Europeans"));
  }

  @Test
  void plansAndAdjectivesAreNotMovements() {
    assertThat(movements("The fighters will leave Syria next year.")).isEmpty();
    assertThat(movements("The Kurds worked to interdict fleeing jihadists in the east.")).isEmpty();
    assertThat(movements("The fighters travel.")).isEmpty();
  }

  @Test
  void aDefiniteMentionContinuesThePreviousMovement() {
    assertThat(
            movements(
                "Thousands of fighters have escaped the campaign in eastern Syria.\n"
                    + "Many of the fighters flee to the south and west."))
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.from().name()).contains("eastern Syria");
              assertThat(m.to().name()).isEqualTo("the south and west");
              assertThat(m.evidence()).hasSize(2);
            });
  }
}
