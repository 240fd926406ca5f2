package org.sitrep.extract.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.extract.place.gazetteer.Gazetteer;
import org.sitrep.extract.place.gazetteer.GazetteerEntry;

/** The article's own evidence for a name: its country, its states, organisations named after it. */
class PlaceEvidenceTest {
  private static final Gazetteer G = Fixtures.gazetteer();

  private static Map<String, GazetteerEntry> run(TestDoc d) {
    return Fixtures.resolve(G, d);
  }

  @Test
  void aStateNamedOftenPullsItsCityAwayFromAFamousNamesake() {
    String text =
        "Alexandria police found the body. Virginia officials said the Alexandria case and"
            + " another in Virginia were linked.";
    Map<String, GazetteerEntry> r =
        run(new TestDoc(text, "Alexandria", "LOCATION", "Virginia", "LOCATION"));
    assertThat(r).containsEntry("Virginia", Fixtures.VIRGINIA);
    assertThat(r).containsEntry("Alexandria", Fixtures.ALEXANDRIA_VA);
    assertThat(run(new TestDoc("Alexandria police found the body.", "Alexandria", "LOCATION")))
        .containsEntry("Alexandria", Fixtures.ALEXANDRIA_EG);
  }

  @Test
  void aCountrysNameIsTheTownOfTheArticlesOwnStateWhenNothingElseLiesInThatCountry() {
    String local =
        "Anderson County commissioners met. Palestine will build a new jail, and Palestine"
            + " police agreed.";
    assertThat(run(new TestDoc(local, "Anderson County", "LOCATION", "Palestine", "LOCATION")))
        .containsEntry("Palestine", Fixtures.PALESTINE_TX);
    String abroad = "Talks on Palestine resumed in Damascus, Syria.";
    assertThat(
            run(
                new TestDoc(
                    abroad, "Palestine", "LOCATION", "Damascus", "LOCATION", "Syria", "LOCATION")))
        .containsEntry("Palestine", Fixtures.PALESTINE);
  }

  @Test
  void statesListedWithCommasDoNotQualifyOneAnother() {
    String text = "Cases rose in California, Missouri and Texas, officials in Dallas said.";
    Map<String, GazetteerEntry> r =
        run(
            new TestDoc(
                text,
                "California",
                "LOCATION",
                "Missouri",
                "LOCATION",
                "Texas",
                "LOCATION",
                "Dallas",
                "LOCATION"));
    assertThat(r).containsEntry("California", Fixtures.CALIFORNIA);
    assertThat(r).containsEntry("Missouri", Fixtures.MISSOURI);
    assertThat(
            Resolver.largeUnit(
                new Toponym(0, 5, "Texas", "texas", List.of(Fixtures.TEXAS), false, true, false)))
        .isTrue();
    assertThat(
            Resolver.largeUnit(
                new Toponym(
                    0, 6, "Dallas", "dallas", List.of(Fixtures.DALLAS), false, true, false)))
        .isFalse();
  }

  @Test
  void aTownNamedAfterAStateNeedsItsQualifier() {
    Map<String, GazetteerEntry> r =
        run(
            new TestDoc(
                "He moved from Dallas, Texas, to California, Missouri.",
                "Dallas",
                "LOCATION",
                "Texas",
                "LOCATION",
                "California",
                "LOCATION",
                "Missouri",
                "LOCATION"));
    assertThat(r).containsEntry("California", Fixtures.CALIFORNIA_MO);
    Map<String, GazetteerEntry> s =
        run(
            new TestDoc(
                "Officials in Dallas and Texas said California reported cases.",
                "Dallas",
                "LOCATION",
                "Texas",
                "LOCATION",
                "California",
                "LOCATION"));
    assertThat(s).containsEntry("California", Fixtures.CALIFORNIA);
  }

  @Test
  void placesNamedInsideOrganisationNames() {
    Map<String, GazetteerEntry> r =
        run(
            new TestDoc(
                "The Texas Forest Service and the Laurel County Fiscal Court met the"
                    + " Dublin City Schools board.",
                "Texas Forest Service",
                "ORGANIZATION",
                "Laurel County Fiscal Court",
                "ORGANIZATION",
                "Dublin City Schools",
                "ORGANIZATION"));
    assertThat(r).containsEntry("Texas", Fixtures.TEXAS);
    assertThat(r).containsEntry("Laurel County", Fixtures.LAUREL_COUNTY);
    assertThat(r).containsKey("Dublin").doesNotContainKeys("Laurel", "Dublin City");
  }

  @Test
  void demonymsOpeningCivilBodiesAndTwoWordDemonyms() {
    Map<String, GazetteerEntry> r =
        run(
            new TestDoc(
                "The American Farm Bureau Federation met Sri Lankan officials and the"
                    + " Turkish Armed Forces.",
                "American Farm Bureau Federation",
                "ORGANIZATION",
                "Turkish Armed Forces",
                "ORGANIZATION"));
    assertThat(r).containsEntry("American", Fixtures.US);
    assertThat(r).containsEntry("Sri Lankan", Fixtures.SRI_LANKA);
    assertThat(r).doesNotContainKey("Turkish");
  }

  @Test
  void acronymsCommonWordsAndAlternateNamesOfOrganisationsAreNotPlaces() {
    Map<String, GazetteerEntry> r =
        run(
            new TestDoc(
                "The FAO said Hamas fighters met on Van Dorn Street near the US embassy.",
                "FAO",
                "ORGANIZATION",
                "Hamas",
                "ORGANIZATION",
                "Van Dorn Street",
                "LOCATION"));
    assertThat(r).doesNotContainKeys("FAO", "Hamas", "Street");
    assertThat(r).containsEntry("US", Fixtures.US);
    assertThat(ToponymFinder.acronym("FAO")).isTrue();
    assertThat(ToponymFinder.acronym("Fao")).isFalse();
  }

  @Test
  void theFirstQualifiedMentionNamesTheArticlesPlace() {
    String text = "Damascus is a town in Oregon. A flight from Damascus, Syria was late.";
    Map<String, GazetteerEntry> r =
        run(new TestDoc(text, "Damascus", "LOCATION", "Oregon", "LOCATION", "Syria", "LOCATION"));
    assertThat(r).containsEntry("Damascus", Fixtures.DAMASCUS_OR);
    String other = "A flight from Damascus, Syria was late. Damascus is a town in Oregon.";
    assertThat(
            run(
                new TestDoc(
                    other, "Damascus", "LOCATION", "Oregon", "LOCATION", "Syria", "LOCATION")))
        .containsEntry("Damascus", Fixtures.DAMASCUS_SY);
  }

  @Test
  void englishArticlesAndAustralianStates() {
    Map<String, GazetteerEntry> r =
        run(
            new TestDoc(
                "An Alexandria man was charged. Horses in NSW were quarantined.",
                "Alexandria",
                "LOCATION"));
    assertThat(r).containsKey("Alexandria").doesNotContainKey("An Alexandria");
    assertThat(r).containsEntry("NSW", Fixtures.NSW);
  }

  @Test
  void aDatelineInCapitalsBeforeItsDashIsThePlaceTheReportIsFiledFrom() {
    Map<String, GazetteerEntry> r =
        run(new TestDoc("HUNTSVILLE \u2014 The county jail opened on Monday in Walker County."));
    assertThat(r.get("HUNTSVILLE")).isIn(Fixtures.HUNTSVILLE_AL, Fixtures.HUNTSVILLE_TX);
    assertThat(run(new TestDoc("DALLAS (AP) -- The city council met.")))
        .containsEntry("DALLAS", Fixtures.DALLAS);
    // capitals that open a sentence without a dateline's dash are no place context
    assertThat(run(new TestDoc("HUNTSVILLE officials met on Monday.")))
        .doesNotContainKey("HUNTSVILLE");
    assertThat(run(new TestDoc("The HUNTSVILLE \u2014 a name."))).doesNotContainKey("HUNTSVILLE");
  }

  @Test
  void aTaggedNameThatIsOnlyAnAlternateNameOfItsReadingsIsNoPlaceEvenInAPlaceContext() {
    String text = "Talks between the United States and Hamas collapsed. Envoys met in Hamas.";
    Map<String, GazetteerEntry> r =
        run(new TestDoc(text, "United States", "LOCATION", "Hamas", "ORGANIZATION"));
    assertThat(r).containsEntry("United States", Fixtures.US);
    assertThat(r).doesNotContainKey("Hamas");
    // the town under its own name is read in the same context
    String own = "Talks between the United States and Hamm collapsed.";
    assertThat(run(new TestDoc(own, "United States", "LOCATION", "Hamm", "ORGANIZATION")))
        .containsEntry("Hamm", Fixtures.HAMM);
  }
}
