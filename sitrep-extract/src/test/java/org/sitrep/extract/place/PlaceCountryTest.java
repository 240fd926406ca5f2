package org.sitrep.extract.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.extract.place.gazetteer.FeatureKind;
import org.sitrep.extract.place.gazetteer.Gazetteer;
import org.sitrep.extract.place.gazetteer.GazetteerEntry;

/**
 * Conflict news from one country: readings in countries the article never names, alternate names of
 * places abroad, and a country's name inside a mistagged dateline.
 */
class PlaceCountryTest {
  static final GazetteerEntry BURKINA =
      new GazetteerEntry(null, "Burkina Faso", 13, -2, "BF", "", FeatureKind.COUNTRY, "PCLI", 0);
  static final GazetteerEntry NIGER =
      new GazetteerEntry(null, "Niger", 16, 8, "NE", "", FeatureKind.COUNTRY, "PCLI", 0);
  static final GazetteerEntry OUAGADOUGOU =
      new GazetteerEntry(
          null, "Ouagadougou", 12.37, -1.53, "BF", "03", FeatureKind.CITY, "PPLC", 1_086_505);
  static final GazetteerEntry SEBBA = Fixtures.city("Sebba", 13.44, 0.53, "BF", "12", 3_900);
  static final GazetteerEntry DORI = Fixtures.city("Dori", 14.03, -0.03, "BF", "12", 21_078);
  static final GazetteerEntry SOLHAN_TR =
      new GazetteerEntry(
          null, "Solhan", 38.97, 41.05, "TR", "12", FeatureKind.CITY, "PPLA2", 15_303);
  static final GazetteerEntry SOLHAN_BF = Fixtures.city("Solhan", 13.38, 0.46, "BF", "12", 3_919);
  static final GazetteerEntry PARIS = Fixtures.PARIS_FR;
  static final GazetteerEntry ARIHA_SY =
      new GazetteerEntry(null, "Arīḩā", 35.81, 36.61, "SY", "12", FeatureKind.CITY, "PPLA2", 0);
  static final GazetteerEntry JERICHO =
      new GazetteerEntry(
          null, "Jericho", 31.86, 35.46, "PS", "WE", FeatureKind.CITY, "PPLA", 19_783);
  static final GazetteerEntry ISRAEL =
      new GazetteerEntry(null, "Israel", 31.5, 34.75, "IL", "", FeatureKind.COUNTRY, "PCLI", 0);
  static final GazetteerEntry YAGHA =
      new GazetteerEntry(
          null, "Province du Yagha", 13.44, 0.72, "BF", "12", FeatureKind.ADMIN2, "ADM2", 160_000);

  private static Gazetteer gazetteer(boolean withSolhanBf) {
    Gazetteer.Builder b =
        Gazetteer.builder()
            .add(BURKINA, List.of())
            .add(NIGER, List.of())
            .add(OUAGADOUGOU, List.of())
            .add(SEBBA, List.of())
            .add(DORI, List.of())
            .add(SOLHAN_TR, List.of())
            .add(PARIS, List.of())
            .add(ARIHA_SY, List.of("Ariha"))
            .add(JERICHO, List.of("Ariha"))
            .add(YAGHA, List.of("Yagha"))
            .addWithDemonyms(Fixtures.SYRIA, List.of(), List.of("Syrian"))
            .addWithDemonyms(ISRAEL, List.of(), List.of("Israeli"));
    if (withSolhanBf) {
      b.add(SOLHAN_BF, List.of());
    }
    return b.build();
  }

  private static final String BURKINA_STORY =
      "OUAGADOUGOU, Burkina Faso - Gunmen attacked a village in northern Burkina Faso. The attack"
          + " on Solhan, near the border with Niger, killed 100 people. Survivors fled to Sebba."
          + " Soldiers clashed with militants near Dori. Officials in Burkina Faso said the toll"
          + " could rise.";

  private static Map<String, GazetteerEntry> run(Gazetteer g, String text, String... tags) {
    return Fixtures.resolve(g, new TestDoc(text, tags));
  }

  @Test
  void aWeakReadingInACountryTheArticleNeverNamesGivesWay() {
    String[] tags = {
      "OUAGADOUGOU",
      "LOCATION",
      "Burkina Faso",
      "LOCATION",
      "Solhan",
      "LOCATION",
      "Niger",
      "LOCATION",
      "Sebba",
      "LOCATION",
      "Dori",
      "LOCATION"
    };
    // without a reading in Burkina Faso, no reading: not the district seat in eastern Turkey
    Map<String, GazetteerEntry> none = run(gazetteer(false), BURKINA_STORY, tags);
    assertThat(none).containsKey("Solhan");
    assertThat(none.get("Solhan")).isNull();
    assertThat(none).containsEntry("Sebba", SEBBA).containsEntry("Niger", NIGER);
    // with the village (a supplement row), the village
    assertThat(run(gazetteer(true), BURKINA_STORY, tags)).containsEntry("Solhan", SOLHAN_BF);
    // a short note that names Burkina Faso once is not clearly about it: Turkey's Solhan stays
    assertThat(
            run(
                gazetteer(false),
                "Aid reached Burkina Faso and Solhan.",
                "Burkina Faso",
                "LOCATION",
                "Solhan",
                "LOCATION"))
        .containsEntry("Solhan", SOLHAN_TR);
  }

  @Test
  void aCityKnownAbroadStaysInAStoryFromOneCountry() {
    String text = BURKINA_STORY + " The minister flew to Paris.";
    Map<String, GazetteerEntry> r =
        run(
            gazetteer(false),
            text,
            "OUAGADOUGOU",
            "LOCATION",
            "Burkina Faso",
            "LOCATION",
            "Sebba",
            "LOCATION",
            "Dori",
            "LOCATION",
            "Paris",
            "LOCATION");
    assertThat(r).containsEntry("Paris", PARIS);
  }

  @Test
  void anAlternateNameAbroadGivesWayToThisVeryNameInTheNamedCountry() {
    assertThat(
            run(
                gazetteer(false),
                "Syrian warplanes struck a market in Ariha on Tuesday.",
                "Ariha",
                "LOCATION"))
        .containsEntry("Ariha", ARIHA_SY);
    // named by neither country, Jericho (Ariha in Arabic) keeps its population's weight
    assertThat(run(gazetteer(false), "Troops raided a camp near Ariha.", "Ariha", "LOCATION"))
        .containsEntry("Ariha", JERICHO);
  }

  @Test
  void aDivisionWhoseGeoNamesNameOpensWithItsWordIsNamedByTheRest() {
    assertThat(
            run(
                gazetteer(false),
                "Gunmen attacked a village in Yagha province.",
                "Yagha",
                "LOCATION"))
        .containsEntry("Yagha", YAGHA);
    assertThat(Resolver.countyStem(YAGHA, "yagha")).isFalse();
    assertThat(Resolver.countyStem(PlaceCoherenceTest.BARROW_GA, "barrow")).isTrue();
  }

  @Test
  void aCountrysNameInAMistaggedDatelineIsTheCountry() {
    String text =
        "OUAGADOUGOU, Burkina Faso - Gunmen attacked a village in Burkina Faso, officials said.";
    TestDoc d =
        new TestDoc(
            text, "OUAGADOUGOU", "LOCATION", "Burkina", "PERSON", "Burkina Faso,", "LOCATION");
    List<Toponym> ts =
        new ToponymFinder(gazetteer(false)).find(d.text, d.tokens, d.sentences, d.ner);
    assertThat(ts)
        .extracting(Toponym::text)
        .containsExactly("OUAGADOUGOU", "Burkina Faso", "Burkina Faso");
    // only a name the article places elsewhere: a person's name stays a person's
    TestDoc alone =
        new TestDoc(
            "OUAGADOUGOU, Burkina Faso - Gunmen attacked.",
            "OUAGADOUGOU",
            "LOCATION",
            "Burkina",
            "PERSON");
    assertThat(
            new ToponymFinder(gazetteer(false))
                .find(alone.text, alone.tokens, alone.sentences, alone.ner))
        .extracting(Toponym::text)
        .doesNotContain("Burkina Faso");
  }
}
