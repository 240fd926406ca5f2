package org.sitrep.extract.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.model.Event;

/** The role rules of this round: follow-up victims, coordinated agents, long-form organisations. */
class EventRolesTest {
  private static List<Event> events(String text) {
    return EventFixtures.events(text, LocalDate.of(1990, 1, 10), false);
  }

  private static List<String> role(List<Event> events, String role) {
    return EventFixtures.names(events, role);
  }

  @Test
  void aFollowUpSentenceNamesTheVictimsOfTheLatestEvent() {
    List<Event> events =
        events(
            "guerrillas kidnapped two u.s. citizens in medellin on friday. the victims were"
                + " identified as jorge ramirez, director of a school, and hector gonzalez.");
    assertThat(events).hasSize(1);
    assertThat(role(events, "victim")).contains("jorge ramirez", "hector gonzalez");
    assertThat(events.get(0).evidence()).hasSize(2);
  }

  @Test
  void victimWordsWithoutAnEarlierAttackCodeNothing() {
    assertThat(events("the victims of the flood were identified as jorge ramirez.")).isEmpty();
  }

  @Test
  void eachCoordinatedAgentIsAPerpetrator() {
    List<Event> events =
        events(
            "the killing of the judge in medellin on friday had been ordered by jorge ramirez and"
                + " hector gonzalez, heads of the militias.");
    assertThat(role(events, "perpetrator")).contains("jorge ramirez", "hector gonzalez");
    assertThat(role(events, "victim")).doesNotContain("jorge ramirez", "hector gonzalez");
  }

  @Test
  void membersFromALongNamedOrganisationGiveItsAcronym() {
    List<Event> events =
        events(
            "two missionaries were shot to death last night by a group of terrorists from the"
                + " zarate wilka armed forces of liberation (fal).");
    assertThat(role(events, "perpetrator")).contains("group of terrorists", "fal");
  }

  @Test
  void eachTargetOfAListIsATarget() {
    List<Event> events =
        events(
            "guerrilla forces attacked the presidential residence, the hotel's security corps, the"
                + " minister's residence, and the central electoral council in san salvador on"
                + " friday.");
    assertThat(role(events, "target"))
        .contains("presidential residence", "minister's residence", "central electoral council")
        .doesNotContain("hotel's security corps");
    // A list of people is no list of targets.
    assertThat(
            role(
                events(
                    "terrorists bombed the embassy, the ambassador and two guards in lima on"
                        + " friday."),
                "target"))
        .containsExactly("embassy");
  }

  @Test
  void anAcronymDefinedBeforeItsTranslatedLongFormIsAnOrganisation() {
    assertThat(EventCoder.acronyms("guerrillas of the eln (army of national liberation) said"))
        .containsEntry("army of national liberation", "eln");
    assertThat(EventCoder.acronyms("the city of lima (capital of peru) said")).isEmpty();
    List<Event> events =
        events(
            "two u.s. citizens were kidnapped in medellin on friday by guerrillas of the eln (army"
                + " of national liberation).");
    assertThat(role(events, "perpetrator")).contains("guerrillas", "eln");
  }

  @Test
  void sabotageIsPropertyDestructionWithItsTargets() {
    List<Event> events =
        events("urban guerrillas sabotaged pylons and transformers in san miguel.");
    assertThat(events)
        .singleElement()
        .extracting(Event::subType)
        .isEqualTo("Looting/property destruction");
    assertThat(role(events, "target")).contains("pylons", "transformers");
    assertThat(role(events, "perpetrator")).contains("urban guerrillas");
  }

  @Test
  void nowIsNoDate() {
    // "now" alone does not make talk of bombing a specific event
    assertThat(events("the capital is now being bombed.")).isEmpty();
    assertThat(events("the capital was bombed on 12 november.")).hasSize(1);
  }

  @Test
  void attacksStagedByQualifiedUnitsAreAnEventWithTheirPerpetrator() {
    List<Event> events =
        events(
            "urban commando units staged simultaneous attacks on the national police headquarters"
                + " in san salvador on saturday.");
    assertThat(role(events, "perpetrator")).containsExactly("urban commando units");
    // Without a verb of perpetration a bare plural speaks of attacks in general.
    assertThat(events("simultaneous attacks on police headquarters are a tactic.")).isEmpty();
    assertThat(events("the group is able to enable followers to carry out attacks in iraq."))
        .isEmpty();
  }

  @Test
  void aNameBeforeAnOrganisationOrPlaceHeadIsNoVictim() {
    List<Event> events =
        events(
            "members of the manuel rodriguez patriotic front killed jorge ramirez near the juan"
                + " pablo ii boulevard in santiago on friday.");
    assertThat(role(events, "victim")).containsExactly("jorge ramirez");
  }

  @Test
  void aSentenceReferringBackToTheActNamesItsPerpetratorsAndWeapons() {
    List<Event> events =
        events(
            "a bomb exploded at the embassy in lima on friday. urban guerrillas staged the"
                + " action with dynamite.");
    assertThat(events).singleElement().satisfies(e -> assertThat(e.weapons()).contains("dynamite"));
    assertThat(role(events, "perpetrator")).contains("urban guerrillas");
  }

  @Test
  void anAcronymModifyingAnArmedGroupIsTheOrganisation() {
    assertThat(
            role(
                events("an fmln guerrilla unit attacked a bus in usulutan on friday."),
                "perpetrator"))
        .containsExactly("fmln");
    assertThat(
            role(events("drug traffickers killed a judge in medellin on friday."), "perpetrator"))
        .containsExactly("drug traffickers");
  }

  @Test
  void whoSuffersOrDisclosesIsNoPerpetrator() {
    assertThat(
            role(
                events(
                    "rebels attacked a bus in usulutan on friday and the treasury police suffered three"
                        + " casualties."),
                "perpetrator"))
        .containsExactly("rebels");
  }

  @Test
  void aSurnameTakesTheFullNameTheArticleGivesElsewhere() {
    List<Event> events =
        events(
            "the police searched for hector delgado parker, a television impresario. guerrillas"
                + " kidnapped delgado parker in lima on friday.");
    assertThat(role(events, "victim")).containsExactly("hector delgado parker");
  }
}
