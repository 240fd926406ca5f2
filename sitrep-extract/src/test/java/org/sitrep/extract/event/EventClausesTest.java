package org.sitrep.extract.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.article.Article;
import org.sitrep.core.model.Actor;
import org.sitrep.core.model.Event;
import org.sitrep.core.pipeline.Layers;
import org.sitrep.extract.PipelineOptions;
import org.sitrep.extract.StandardPipeline;

/** Clauses, pronoun subjects, devices, counts and states: who did what in which clause. */
class EventClausesTest {
  private static List<Event> events(String text) {
    return EventFixtures.events(text, LocalDate.of(2021, 6, 7), true);
  }

  @Test
  void aPronounSubjectIsTheMainSubjectNotTheNounBeforeIt() {
    List<Event> found =
        events(
            "The attacker did not stop when the soldiers signaled to him, and he detonated"
                + " the car at the gate.");
    assertThat(EventFixtures.names(found, "perpetrator"))
        .contains("attacker")
        .doesNotContain("soldiers");
  }

  @Test
  void whatIsDetonatedIsTheMeansNotTheTarget() {
    List<Event> found = events("A militant detonated a truck at the gate of the base on Monday.");
    assertThat(found).isNotEmpty();
    assertThat(EventFixtures.names(found, "target")).doesNotContain("truck");
  }

  @Test
  void aCoordinatedClauseWithItsOwnSubjectIsItsOwnEvent() {
    List<Event> found =
        events(
            "Last month, an attack on a village in the same region killed about 30 civilians,"
                + " and in January soldiers clashed with militants near the border.");
    assertThat(found).extracting(Event::subType).containsExactly("Attack", "Armed clash");
    assertThat(found.get(0).date().value()).isEqualTo("2021-05");
    assertThat(found.get(1).date().value()).isEqualTo("2021-01");
  }

  @Test
  void aSharedSubjectKeepsOneEvent() {
    assertThat(
            events(
                "Gunmen attacked a village on Friday, killing dozens of residents and burning"
                    + " homes."))
        .hasSize(1);
  }

  @Test
  void aCountOfTheWoundedIsNotAnAct() {
    assertThat(
            events(
                "A local official put the number of wounded higher, at more than 40, and said"
                    + " hospitals had appealed for blood donations."))
        .isEmpty();
  }

  @Test
  void aStateAndItsForcesAreOnePerpetrator() {
    Path root = Path.of(System.getProperty("sitrep.root", ".."));
    List<Event> found =
        StandardPipeline.create(PipelineOptions.defaults(root))
            .run(
                Article.of(
                    "t",
                    "Russian missiles struck Kyiv on Monday, killing at least 19 people. The"
                        + " military said it had shot down 43 of the 84 cruise missiles that"
                        + " Russia fired.",
                    LocalDate.of(2022, 10, 10)))
            .get(Layers.EVENTS);
    assertThat(found).isNotEmpty();
    List<String> perpetrators =
        found.get(0).actors().stream()
            .filter(a -> a.role().equals("perpetrator"))
            .map(Actor::name)
            .toList();
    assertThat(perpetrators).hasSize(1);
  }
}
