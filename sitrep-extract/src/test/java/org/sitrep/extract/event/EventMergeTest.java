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

/** One event per real event in wire reports: headlines, nested places, attacks on villages. */
class EventMergeTest {
  private static final Pipeline PIPELINE =
      StandardPipeline.create(
          PipelineOptions.defaults(Path.of(System.getProperty("sitrep.root", ".."))));

  private static List<Event> events(String title, String body) {
    String text = title == null ? body : title + "\n" + body;
    Article a = new Article("t", text, LocalDate.of(2023, 5, 10), title, null, null, null);
    return PIPELINE.run(a).get(Layers.EVENTS);
  }

  @Test
  void aHeadlineJoinsTheLeadThatNamesItsPlace() {
    List<Event> found =
        events(
            "Car Bomb Kills 9 at Market Near Kirkuk",
            "A car bomb exploded in a crowded market south of Kirkuk in Daquq on Tuesday, killing"
                + " nine people, police said.");
    assertThat(found).hasSize(1);
    Event e = found.get(0);
    assertThat(e.date().value()).isEqualTo("2023-05-09");
    assertThat(e.evidence()).hasSize(2);
    assertThat(e.evidence().get(0).text()).startsWith("Car Bomb Kills 9");
  }

  @Test
  void aHeadlineOfAnotherKindOrWithoutTitleStaysApart() {
    // a headline of another type family is another event
    assertThat(
            events(
                "Gunmen Kill Five Farmers in Village",
                "Soldiers clashed with rebels near Goma on Tuesday."))
        .hasSize(2);
    // a first line that is not the article's title is no headline
    assertThat(
            events(
                null,
                "A car bomb killed nine people in Kirkuk.\nA car bomb exploded in Daquq on"
                    + " Tuesday, killing nine people."))
        .hasSize(2);
  }

  @Test
  void aDefiniteMentionInTheProvinceOfTheEventJoinsIt() {
    assertThat(
            events(
                null,
                "Gunmen attacked a market in Baqubah on Tuesday, killing six people. The attack was"
                    + " the deadliest in Diyala province this year."))
        .hasSize(1);
    // a province that does not hold the event's town is another place
    assertThat(
            events(
                null,
                "Gunmen attacked a market in Baqubah on Tuesday, killing six people. The attack was"
                    + " the deadliest in Anbar province this year."))
        .hasSize(2);
  }

  @Test
  void anAttackOnAPlaceThatKillsCiviliansIsViolenceAgainstCivilians() {
    assertThat(events(null, "The attack on Maiduguri on Sunday killed at least 40 people."))
        .extracting(Event::type)
        .containsExactly("Violence against civilians");
    // armed people killed: a battle
    assertThat(events(null, "The attack on Maiduguri on Sunday killed at least 40 soldiers."))
        .extracting(Event::type)
        .containsExactly("Battles");
  }
}
