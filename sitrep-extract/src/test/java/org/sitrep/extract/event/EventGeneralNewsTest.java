package org.sitrep.extract.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.article.Article;
import org.sitrep.core.model.Event;
import org.sitrep.core.pipeline.Layers;
import org.sitrep.core.pipeline.Pipeline;
import org.sitrep.extract.PipelineOptions;
import org.sitrep.extract.StandardPipeline;

/** Rules for general wire reporting: weapons as subjects, bare plurals, running totals. */
class EventGeneralNewsTest {
  private static List<Event> events(String text) {
    return EventFixtures.events(text, LocalDate.of(2021, 6, 7), true);
  }

  @Test
  void aProjectileAsSubjectIsAMissileAttackOnItsObject() {
    assertThat(events("Russian missiles struck Kyiv on Monday, killing at least 19 people."))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.subType()).isEqualTo("Shelling/artillery/missile attack");
              assertThat(e.place().name()).isEqualTo("Kyiv");
              assertThat(e.date().value()).isEqualTo("2021-06-07");
            });
    assertThat(events("A missile strike on Monday destroyed a school in Kharkiv."))
        .extracting(Event::subType)
        .containsExactly("Shelling/artillery/missile attack");
  }

  @Test
  void aBarePluralInThePastIsAnEpisodeInThePresentAGeneralisation() {
    assertThat(events("Air strikes on Saturday hit a market in Ariha, killing 11 civilians."))
        .extracting(Event::subType)
        .containsExactly("Air/drone strike");
    assertThat(events("Clashes erupted in Tripoli on Sunday."))
        .extracting(Event::subType)
        .containsExactly("Armed clash");
    assertThat(events("Bombings are common in the region.")).isEmpty();
  }

  @Test
  void burningDuringAKillingIsPartOfTheAttack() {
    assertThat(
            events(
                "Gunmen attacked a village in northern Burkina Faso overnight on Friday, killing"
                    + " dozens of residents and burning homes."))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.subType()).isEqualTo("Attack");
              // "overnight on Friday" is a TIME (2021-06-04TNI): the event takes its day.
              assertThat(e.date().value()).isEqualTo("2021-06-04");
              // a compass adjective between the preposition and the name
              assertThat(e.place().name()).isEqualTo("Burkina Faso");
            });
    assertThat(events("Rebels burned three buses in Lima on Tuesday."))
        .extracting(Event::subType)
        .containsExactly("Looting/property destruction");
  }

  @Test
  void aRunningTotalOverYearsIsNotAnEvent() {
    assertThat(events("Militants have killed thousands of people in Burkina Faso since 2015."))
        .isEmpty();
    assertThat(events("Clashes have killed 30 people in Tripoli since Monday."))
        .extracting(Event::subType)
        .containsExactly("Armed clash");
  }

  @Test
  void whatFellIsThePlaceNamedBeforeIt() {
    assertThat(
            events(
                "Fighters in Mosul, which fell in July, later fled to the Euphrates River Valley."))
        .filteredOn(e -> "Non-violent transfer of territory".equals(e.subType()))
        .singleElement()
        .satisfies(e -> assertThat(e.place().name()).isEqualTo("Mosul"));
  }

  @Test
  void theClauseOfARunningTotalLendsNoDateOrTollToTheRestOfTheSentence() {
    assertThat(
            events(
                "No group claimed the bombing, but militants have killed thousands of people in"
                    + " the region since 2015."))
        .allSatisfy(
            e -> {
              assertThat(e.date()).isNull();
              assertThat(e.fatalities()).isNull();
            });
  }

  @Test
  void theSourceOfTheSentenceAndThePlaceAreNotVictims() {
    Path root = Path.of(System.getProperty("sitrep.root", ".."));
    Pipeline p = StandardPipeline.create(PipelineOptions.defaults(root));
    List<Event> found =
        p.run(
                Article.of(
                    "t",
                    "A local official, Ahmed Salim, said a bomb exploded at a market in Mosul on"
                        + " Monday, wounding 30 people. Gunmen killed dozens of people in Burkina"
                        + " Faso on Friday.",
                    LocalDate.of(2021, 6, 7)))
            .get(Layers.EVENTS);
    assertThat(found).isNotEmpty();
    assertThat(found)
        .flatExtracting(Event::actors)
        .extracting(org.sitrep.core.model.Actor::name)
        .doesNotContain("Ahmed Salim", "Burkina Faso");
  }

  @Test
  void aTollSinceAMonthIsARunningTotal() {
    assertThat(events("Since February, more than 6,000 civilians have been killed in Ukraine."))
        .isEmpty();
  }

  @Test
  void inAReportOfASuicideBombingTheBomberIsThePerson() {
    assertThat(
            events(
                "A suicide bomber killed 14 people at a checkpoint near Mosul on Monday. The"
                    + " bomber detonated the car in the middle of the checkpoint."))
        .extracting(Event::subType)
        .doesNotContain("Air/drone strike");
  }
}
