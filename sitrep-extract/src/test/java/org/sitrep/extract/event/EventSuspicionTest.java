package org.sitrep.extract.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.model.Event;

/** Round 8 rules: the accused of frames of suspicion and responsibility are perpetrators. */
class EventSuspicionTest {
  private static List<Event> events(String text) {
    return EventFixtures.events(text, LocalDate.of(1990, 1, 10), false);
  }

  private static List<String> perpetrators(String text) {
    return EventFixtures.names(events(text), "perpetrator");
  }

  @Test
  void theSubjectOfAPassiveImplicationIsAccused() {
    assertThat(
            perpetrators(
                "a judge was murdered in lima on friday. the minister said that police officers"
                    + " could be implicated in the crime."))
        .contains("police officers");
  }

  @Test
  void theNounBeforeSuspectedOfIsAccused() {
    assertThat(
            perpetrators(
                "two policemen suspected of taking part in the bombing of the bank in quito on"
                    + " monday were arrested."))
        .contains("policemen");
  }

  @Test
  void aResponsibleUnitWithAnUnlistedHeadIsAccused() {
    assertThat(
            perpetrators(
                "the report says that army elements are responsible for the murder of the mayor"
                    + " of cuzco on friday."))
        .contains("army elements");
  }

  @Test
  void aSuspicionWithoutAnArmedOrPeopleNounNamesNobody() {
    assertThat(
            perpetrators(
                "the mayor of cuzco was murdered on friday. the budget could be implicated in the"
                    + " crime, the minister said."))
        .doesNotContain("budget");
  }

  @Test
  void anOrganisationReportingItsUnitsActsIsAPerpetrator() {
    assertThat(
            perpetrators(
                "the popular liberation army (pla) reports that urban commando units attacked the"
                    + " police station in medellin on friday."))
        .contains("pla");
  }

  @Test
  void anOrganisationReportingAnotherActorsActsIsNoPerpetrator() {
    assertThat(
            perpetrators(
                "the popular liberation army (pla) reports that army troops attacked the village"
                    + " of la paz on friday."))
        .doesNotContain("pla");
  }

  @Test
  void aBarePeopleNounAfterByIsAPerpetrator() {
    assertThat(
            perpetrators(
                "two teachers were shot dead in santa ana on friday by men wearing police"
                    + " uniforms."))
        .contains("men");
  }

  @Test
  void aBarePeopleNounAsSubjectStaysNoPerpetrator() {
    assertThat(
            perpetrators(
                "two teachers were shot dead in santa ana on friday, and men carried the bodies"
                    + " to the church."))
        .doesNotContain("men");
  }

  @Test
  void aQuotedNameEndsAtItsClosingQuote() {
    assertThat(
            perpetrators(
                "a bank in lima was bombed on friday. the police said the bombing was carried out by"
                    + " the maoist \"shining path\" group or the guevarist \"red star front\""
                    + " (rsf) group."))
        .doesNotContain("guevarist \"red star front")
        .contains("shining path", "red star front");
  }

  @Test
  void aGroupDenyingResponsibilityIsASuspect() {
    assertThat(
            perpetrators(
                "a bomb exploded at the bank in lima on friday. the rebels today denied any"
                    + " responsibility for the bombing."))
        .contains("rebels");
  }

  @Test
  void aDenialOfSomethingElseNamesNoSuspect() {
    assertThat(
            perpetrators(
                "a bomb exploded at the bank in lima on friday. the rebels today denied the"
                    + " reports about the bombing."))
        .doesNotContain("rebels");
  }
}
