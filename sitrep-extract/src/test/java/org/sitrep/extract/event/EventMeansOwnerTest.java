package org.sitrep.extract.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.model.Actor;
import org.sitrep.core.model.Event;

/** Who fired: the owner of the means, interceptions, one sense of "strike" per report. */
class EventMeansOwnerTest {
  private static List<Event> events(String text) {
    return EventFixtures.events(text, LocalDate.of(2023, 3, 9), true);
  }

  private static List<String> perpetrators(List<Event> events) {
    return events.stream()
        .flatMap(e -> e.actors().stream())
        .filter(a -> a.role().equals("perpetrator"))
        .map(Actor::name)
        .toList();
  }

  @Test
  void theNationalityOfTheMeansNamesTheSideThatStruck() {
    assertThat(perpetrators(events("Israeli missiles struck Damascus on Tuesday, killing two.")))
        .containsExactly("Israeli forces");
    assertThat(
            perpetrators(
                events("A Turkish drone strike hit a car near Qamishli on Sunday, killing three.")))
        .containsExactly("Turkish forces");
    // a named perpetrator wins; no nationality, no owner
    assertThat(perpetrators(events("Rockets struck Kharkiv on Tuesday, killing two people.")))
        .isEmpty();
  }

  @Test
  void theCountryThatFiredIsThePerpetratorAndInterceptorsAreNot() {
    List<Event> found =
        events(
            "Rockets struck Haifa on Monday, killing two people. The army said it had shot down 20"
                + " of the 50 rockets that Lebanon fired.");
    assertThat(found).hasSize(1);
    assertThat(perpetrators(found)).containsExactly("Lebanon").doesNotContain("army");
  }

  @Test
  void shootingDownAnAircraftIsStillAnAttack() {
    assertThat(events("Rebels shot down a government helicopter near Kidal on Monday."))
        .isNotEmpty();
    assertThat(events("Air defences shot down five drones over Odesa on Monday.")).isEmpty();
  }

  @Test
  void afterAMissileAttackTheStrikesAreItsStrikes() {
    List<Event> found =
        events(
            "Russian missiles struck Odesa on Monday, killing four people. The strikes hit a"
                + " power station and a school.");
    assertThat(found).hasSize(1);
    assertThat(found.get(0).evidence()).hasSize(2);
    assertThat(found.get(0).subType()).isEqualTo("Shelling/artillery/missile attack");
  }
}
