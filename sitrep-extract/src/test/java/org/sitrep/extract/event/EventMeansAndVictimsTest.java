package org.sitrep.extract.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.model.Actor;
import org.sitrep.core.model.Event;

/** Round 3 rules: attacks typed by their means, passive-subject and coordinated victims. */
class EventMeansAndVictimsTest {
  private static List<Event> events(String text) {
    return EventFixtures.events(text, LocalDate.of(1990, 1, 10), false);
  }

  private static List<String> victims(List<Event> events) {
    return events.stream()
        .flatMap(e -> e.actors().stream())
        .filter(a -> a.role().equals("victim"))
        .map(Actor::name)
        .toList();
  }

  @Test
  void anAttackWithExplosivesAloneIsAnExplosion() {
    assertThat(
            events(
                "guerrillas attacked the mayor's home in san salvador on friday with"
                    + " explosives."))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.type()).isEqualTo("Explosions/Remote violence");
              assertThat(e.subType()).isEqualTo("Remote explosive/landmine/IED");
            });
    assertThat(
            events(
                "guerrillas attacked the mayor's home in san salvador on friday with hand"
                    + " grenades."))
        .singleElement()
        .extracting(Event::subType)
        .isEqualTo("Grenade");
  }

  @Test
  void anAttackWithFirearmsOrMixedMeansKeepsItsType() {
    assertThat(
            events("guerrillas attacked the mayor's home in san salvador on friday with rifles."))
        .singleElement()
        .extracting(Event::type)
        .isEqualTo("Violence against civilians");
    assertThat(
            events(
                "guerrillas attacked the mayor's home in san salvador on friday with rifles and"
                    + " explosives."))
        .singleElement()
        .extracting(Event::type)
        .isEqualTo("Violence against civilians");
  }

  @Test
  void theSubjectOfAPassiveKillingIsAVictimAcrossAnApposition() {
    List<Event> events =
        events(
            "maria elena diaz perez, third judge of public order, and two of her bodyguards from"
                + " the department of security, were assassinated in medellin today by a group of"
                + " paid assassins.");
    assertThat(victims(events)).contains("maria elena diaz perez");
  }

  @Test
  void aNameWithAVerbOfItsOwnIsNoPassiveSubject() {
    List<Event> events =
        events(
            "maria elena diaz perez, the judge of public order in the city of medellin, said"
                + " yesterday that two policemen were assassinated in medellin today.");
    assertThat(victims(events)).doesNotContain("maria elena diaz perez");
  }

  @Test
  void aNameCoordinatedWithAKnownNameIsAName() {
    List<Event> events =
        events(
            "judicial sources said that erika sullivan and christopher anderson were killed in"
                + " san salvador today.");
    assertThat(victims(events)).contains("erika sullivan", "christopher anderson");
    assertThat(
            victims(
                events(
                    "judicial sources said that dina echavarria and patricia were kidnapped in"
                        + " medellin today.")))
        .contains("dina echavarria");
  }

  @Test
  void aCommonNounCoordinatedWithANameIsNoName() {
    List<Event> events =
        events(
            "the peasant council and christopher anderson said that two teachers were killed in"
                + " san salvador today.");
    assertThat(victims(events)).doesNotContain("peasant council", "council");
  }

  private static List<String> targets(List<Event> events) {
    return events.stream()
        .flatMap(e -> e.actors().stream())
        .filter(a -> a.role().equals("target"))
        .map(Actor::name)
        .toList();
  }

  @Test
  void theSubjectOfAPassiveDamageVerbIsATarget() {
    assertThat(
            targets(
                events(
                    "a bomb exploded in san salvador on friday and two transformers were"
                        + " destroyed.")))
        .contains("transformers");
    assertThat(
            targets(
                events(
                    "two vehicles of the salvadoran red cross have also been attacked in san"
                        + " salvador on friday.")))
        .contains("vehicles of the salvadoran red cross");
  }

  @Test
  void aPassiveSubjectThatIsNoBuildingOrIsArmedIsNoTarget() {
    assertThat(
            targets(
                events("a bomb exploded in san salvador on friday and the talks were damaged.")))
        .isEmpty();
    assertThat(
            targets(
                events(
                    "a bomb exploded in san salvador on friday and an army vehicle was"
                        + " destroyed.")))
        .doesNotContain("army vehicle", "vehicle");
  }
}
