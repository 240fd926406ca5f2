package org.sitrep.extract.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.model.Event;

/** Round 4 rules: target extents without nationality, subjects of auxiliaries and movers. */
class EventRound4Test {
  private static List<Event> events(String text) {
    return EventFixtures.events(text, LocalDate.of(1990, 1, 10), false);
  }

  private static List<String> role(List<Event> events, String role) {
    return EventFixtures.names(events, role);
  }

  @Test
  void aTargetIsNamedWithoutItsNationality() {
    assertThat(
            role(
                events("a bomb exploded in front of the u.s. embassy in la paz on friday."),
                "target"))
        .containsExactly("embassy");
    assertThat(
            role(
                events(
                    "guerrillas attacked a honduran helicopter near the border on friday with"
                        + " rifles."),
                "target"))
        .containsExactly("helicopter");
  }

  @Test
  void aNationalityInsideAHyphenatedNameStays() {
    assertThat(
            role(
                events(
                    "a bomb exploded at the u.s.-chilean cultural institute in santiago on"
                        + " friday."),
                "target"))
        .singleElement()
        .asString()
        .contains("cultural institute")
        .startsWith("u.s.");
  }

  @Test
  void theSubjectOfAnAuxiliaryIsNoPerpetrator() {
    List<Event> events =
        events(
            "twenty-eight policemen have been killed with car bombs in medellin on 5 january,"
                + " the police said.");
    assertThat(role(events, "perpetrator")).doesNotContain("policemen");
    assertThat(events).isNotEmpty();
  }

  @Test
  void theSubjectOfAMainVerbStillActs() {
    assertThat(
            role(
                events(
                    "urban guerrillas placed a bomb that exploded in front of the bank in san"
                        + " salvador on friday."),
                "perpetrator"))
        .contains("urban guerrillas");
  }

  @Test
  void theSubjectOfAVerbOfMotionIsNoPerpetrator() {
    List<Event> events =
        events(
            "bombs exploded in san salvador on friday until government troops arrived and the"
                + " rebels withdrew to the slopes of the volcano.");
    assertThat(role(events, "perpetrator")).doesNotContain("rebels", "government troops");
    assertThat(events).isNotEmpty();
  }

  @Test
  void membersOfAnOrganisationAreNamedBesideIt() {
    List<String> perpetrators =
        role(
            events(
                "members of the farabundo marti national liberation front (fmln) attacked an"
                    + " electric power substation in san salvador last night."),
            "perpetrator");
    assertThat(perpetrators)
        .contains("fmln", "members of the farabundo marti national liberation front");
  }

  @Test
  void anIdentificationAsMembersIsNoSubject() {
    List<String> perpetrators =
        role(
            events(
                "officials said guerrillas presumed to be members of the army of national"
                    + " liberation (eln) dynamited the oil pipeline in arauca on friday."),
            "perpetrator");
    assertThat(perpetrators).noneMatch(p -> p.startsWith("members"));
  }

  @Test
  void thePerfectOfAVerbOfPerpetrationHasItsSubject() {
    List<String> perpetrators =
        role(
            events(
                "members of the 8th front of the revolutionary armed forces of colombia (farc)"
                    + " have carried out terrorist attacks in cauca department on friday."),
            "perpetrator");
    assertThat(perpetrators).contains("farc", "members of the 8th front");
  }

  @Test
  void theOwnerOfATargetIsNoVictim() {
    List<Event> events =
        events(
            "a bomb exploded at president alfredo cristiani's mansion in san salvador on"
                + " friday.");
    assertThat(role(events, "victim")).doesNotContain("alfredo cristiani");
    assertThat(role(events, "target")).anyMatch(t -> t.endsWith("mansion"));
    assertThat(
            role(
                events(
                    "guerrillas attacked the residence of colonel roberto carranza in san salvador"
                        + " on friday."),
                "victim"))
        .doesNotContain("roberto carranza");
  }

  @Test
  void aPersonAttackedIsStillAVictim() {
    assertThat(
            role(
                events(
                    "the rebels denied that they directed an attack against supreme court of"
                        + " justice president mauricio gutierrez castro on friday."),
                "victim"))
        .contains("mauricio gutierrez castro");
  }

  @Test
  void coordinatedAndAppositiveSpeakersAreNoVictims() {
    List<Event> events =
        events(
            "assembly president ricardo valdivieso and vice president-elect francisco merino"
                + " also declared that the attorney general was killed by guerrillas in san"
                + " salvador on friday.");
    assertThat(role(events, "victim")).doesNotContain("ricardo valdivieso", "francisco merino");
    assertThat(
            role(
                events(
                    "ricardo valdivieso, president of the legislative assembly, said that the"
                        + " attorney general was killed by guerrillas in san salvador on"
                        + " friday."),
                "victim"))
        .doesNotContain("ricardo valdivieso");
  }

  @Test
  void theAgentOfAnActOfSpeechIsNoPerpetrator() {
    List<Event> events =
        events(
            "two bombs exploded at the bank in santiago on friday, as was reported by general"
                + " alfredo nunez allende.");
    assertThat(role(events, "perpetrator")).doesNotContain("alfredo nunez allende");
    assertThat(
            role(
                events(
                    "the bank in santiago was bombed on friday by guerrillas, according to a"
                        + " statement by president alfredo cristiani."),
                "perpetrator"))
        .contains("guerrillas")
        .doesNotContain("alfredo cristiani");
  }

  @Test
  void countedCasualtiesAreNoPerpetrators() {
    List<String> perpetrators =
        role(
            events(
                "rebels attacked the barracks in morazan on friday, leaving a total of 29"
                    + " soldiers killed and 30 wounded; the attack resulted in one terrorist"
                    + " dead."),
            "perpetrator");
    assertThat(perpetrators).contains("rebels").doesNotContain("soldiers", "terrorist");
  }

  @Test
  void aKillingWithAnObjectStillHasItsSubject() {
    assertThat(role(events("two gunmen killed a judge in medellin on friday."), "perpetrator"))
        .contains("gunmen");
  }

  @Test
  void aPassiveBlameNamesTheAccused() {
    List<String> perpetrators =
        role(
            events(
                "the attack in which five soldiers were killed at the border on friday has been"
                    + " blamed, according to some reports, on colombian guerrillas."),
            "perpetrator");
    assertThat(perpetrators).contains("colombian guerrillas");
  }

  @Test
  void aSharedNationalityMakesNoCoreference() {
    assertThat(EventCoder.sharesWord("colombian guerrillas", "colombian drug trafficking gangs"))
        .isFalse();
    assertThat(EventCoder.sharesWord("guerrillas", "the guerrilla column")).isTrue();
  }

  @Test
  void anAgentsNameGoesOnPastOfToAnArmedGroupsNoun() {
    List<String> perpetrators =
        role(
            events(
                "the journalist was kidnapped in arauca on friday by colombian army of national"
                    + " liberation guerrillas."),
            "perpetrator");
    assertThat(perpetrators)
        .contains("colombian army of national liberation guerrillas")
        .doesNotContain("colombian army");
    assertThat(
            role(
                events("the journalist was kidnapped in arauca on friday by members of the eln."),
                "perpetrator"))
        .noneMatch(p -> p.contains("eln guerrillas"));
  }

  @Test
  void aListAfterAPlacePhraseAndADashNamesTheTargets() {
    List<String> targets =
        role(
            events(
                "the guerrillas burned three vehicles on the pan-american highway -- a hospital"
                    + " ambulance, a fuel truck, and a station wagon -- on friday."),
            "target");
    assertThat(targets).contains("hospital ambulance", "fuel truck");
  }

  @Test
  void aCopulaWithTargetNamesTheTarget() {
    assertThat(
            role(
                events(
                    "the presidential residence located in the escalon neighborhood was the"
                        + " target of an attack in san salvador on friday."),
                "target"))
        .contains("presidential residence");
    assertThat(
            role(
                events(
                    "guerrillas attacked the city with bombs on friday.  the main target was the"
                        + " power plant."),
                "target"))
        .contains("power plant");
  }

  @Test
  void aCopularTargetKeepsItsApposition() {
    assertThat(
            role(
                events(
                    "the police said that the offices of the mayor, a civilian office occupied by"
                        + " the governor, were the objective of the bomb attack in yunguyo on"
                        + " friday."),
                "target"))
        .contains("offices of the mayor, a civilian office occupied by the governor");
  }

  @Test
  void aCopulaWithAPersonIsNoTarget() {
    assertThat(
            role(
                events("the judge was the target of an attack in medellin on friday with rifles."),
                "target"))
        .isEmpty();
  }

  @Test
  void aPassiveSubjectReachesPastANonRestrictiveRelativeClause() {
    assertThat(
            role(
                events(
                    "two of her bodyguards, dagoberto rodriguez and alfonso de lima, who were"
                        + " inside the car with the judge and her family in the center of the"
                        + " city, were killed instantly in medellin on friday."),
                "victim"))
        .contains("dagoberto rodriguez");
  }

  @Test
  void alternativeAgentsAreEachAPerpetrator() {
    assertThat(
            role(
                events(
                    "the peasants were murdered in uraba on friday by security forces or death"
                        + " squads, according to witnesses."),
                "perpetrator"))
        .contains("security forces", "death squads");
  }
}
