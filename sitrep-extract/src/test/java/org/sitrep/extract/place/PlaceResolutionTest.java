package org.sitrep.extract.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.extract.place.gazetteer.FeatureKind;
import org.sitrep.extract.place.gazetteer.Gazetteer;
import org.sitrep.extract.place.gazetteer.GazetteerEntry;
import org.sitrep.extract.place.gazetteer.NameKeys;

/** Choosing among readings of a found name: the article's country and its local evidence. */
class PlaceResolutionTest {
  private static GazetteerEntry county(String name, double lat, double lon, String a1) {
    return new GazetteerEntry(null, name, lat, lon, "US", a1, FeatureKind.ADMIN2, "ADM2", 60_000);
  }

  static final GazetteerEntry LEBANON =
      new GazetteerEntry(
          null, "Lebanon", 33.83, 35.83, "LB", "", FeatureKind.COUNTRY, "PCLI", 6_000_000);
  static final GazetteerEntry LEBANON_IN =
      Fixtures.city("Lebanon", 40.05, -86.47, "US", "IN", 15_792);
  static final GazetteerEntry BOONE_MO = county("Boone County", 38.99, -92.31, "MO");
  static final GazetteerEntry BOONE_IN = county("Boone County", 40.05, -86.47, "IN");
  static final GazetteerEntry LANCASTER_PA =
      Fixtures.city("Lancaster", 40.04, -76.31, "US", "PA", 59_339);
  static final GazetteerEntry LANCASTER_GB =
      Fixtures.city("Lancaster", 54.05, -2.80, "GB", "ENG", 45_952);

  static final GazetteerEntry ALEXANDRIA_KY =
      Fixtures.city("Alexandria", 38.96, -84.39, "US", "KY", 8_477);
  static final GazetteerEntry LOUISVILLE =
      Fixtures.city("Louisville", 38.25, -85.76, "US", "KY", 597_337);
  static final GazetteerEntry KENTUCKY =
      new GazetteerEntry(null, "Kentucky", 37.5, -85, "US", "KY", FeatureKind.ADMIN1, "ADM1", 0);
  static final GazetteerEntry DENVER = Fixtures.city("Denver", 39.74, -104.98, "US", "CO", 682_545);

  static final GazetteerEntry NEW_YORK =
      new GazetteerEntry(null, "New York", 43.0, -75.5, "US", "NY", FeatureKind.ADMIN1, "ADM1", 0);
  static final GazetteerEntry NYC =
      Fixtures.city("New York City", 40.71, -74.01, "US", "NY", 8_175_133);
  static final GazetteerEntry FLUSHING =
      Fixtures.city("Flushing", 40.76, -73.83, "US", "NY", 40_000);

  static final GazetteerEntry WASHINGTON_DC =
      new GazetteerEntry(
          null, "Washington", 38.9, -77.04, "US", "DC", FeatureKind.CITY, "PPLC", 689_545);
  static final GazetteerEntry WASHINGTON =
      new GazetteerEntry(
          null, "Washington", 47.5, -120.5, "US", "WA", FeatureKind.ADMIN1, "ADM1", 0);

  static final GazetteerEntry GEORGIA =
      new GazetteerEntry(
          null, "Georgia", 42, 43.5, "GE", "", FeatureKind.COUNTRY, "PCLI", 3_700_000);
  static final GazetteerEntry GEORGIA_US =
      new GazetteerEntry(null, "Georgia", 32.75, -83.5, "US", "GA", FeatureKind.ADMIN1, "ADM1", 0);

  private static final Gazetteer G =
      Gazetteer.builder()
          .add(LEBANON, List.of())
          .add(LEBANON_IN, List.of())
          .add(BOONE_MO, List.of())
          .add(BOONE_IN, List.of())
          .add(LANCASTER_PA, List.of())
          .add(LANCASTER_GB, List.of())
          .add(Fixtures.ALEXANDRIA_VA, List.of())
          .add(ALEXANDRIA_KY, List.of())
          .add(LOUISVILLE, List.of())
          .add(KENTUCKY, List.of())
          .add(DENVER, List.of())
          .addWithDemonyms(GEORGIA, List.of(), List.of("Georgian"))
          .add(GEORGIA_US, List.of())
          .addWithDemonyms(Fixtures.US, List.of("U.S."), List.of("American"))
          .add(WASHINGTON_DC, List.of())
          .add(WASHINGTON, List.of())
          .add(Fixtures.OREGON, List.of())
          .add(Fixtures.TEXAS, List.of())
          .add(Fixtures.CALIFORNIA, List.of())
          .add(NEW_YORK, List.of())
          .add(NYC, List.of("New York"))
          .add(FLUSHING, List.of())
          .build();

  private static Resolver.Group group(String name, GazetteerEntry... candidates) {
    Resolver.Group g = new Resolver.Group(List.of(candidates));
    g.add(
        new Toponym(0, name.length(), name, NameKeys.key(name), g.candidates, false, true, false));
    return g;
  }

  @Test
  void aNameWhoseReadingsAllLieInOneCountryNamesThatCountry() {
    Resolver.Group boone = group("Boone County", BOONE_MO, BOONE_IN);
    Resolver.Group lancaster = group("Lancaster", LANCASTER_PA, LANCASTER_GB);
    Resolver.Context ctx =
        Resolver.Context.of(
            List.of(boone, lancaster), Map.of(boone, BOONE_MO, lancaster, LANCASTER_PA), true);
    // which Boone County is not settled, but it is one in the United States
    assertThat(ctx.countries()).containsExactly(Map.entry("US", 1));
    assertThat(ctx.admin1s()).isEmpty();
    assertThat(ctx.countedDivision(boone)).isFalse();
  }

  @Test
  void aCountysCountryLetsItsNeighboursCount() {
    Map<String, GazetteerEntry> r =
        Fixtures.resolve(
            G,
            new TestDoc(
                "Jolly, of Lebanon, was arrested in Boone County. Boone County deputies and"
                    + " Boone County jailers said Lebanon police and Boone County officers"
                    + " helped. Lebanon officials agreed.",
                "Lebanon",
                "LOCATION",
                "Boone County",
                "LOCATION"));
    assertThat(r).containsEntry("Boone County", BOONE_IN);
  }

  @Test
  void aStateThatOnlyQualifiesAnotherNameCountsForItsCountryOnly() {
    // "Denver and Louisville, Kentucky": the state places Louisville, not the article
    Resolver.Group qualifier = group("Kentucky", KENTUCKY);
    qualifier.qualifying = 1;
    Resolver.Context ctx =
        Resolver.Context.of(List.of(qualifier), Map.of(qualifier, KENTUCKY), true);
    assertThat(ctx.countries()).containsExactly(Map.entry("US", 1));
    assertThat(ctx.admin1s()).isEmpty();
    // named on its own, the state is the article's
    Resolver.Group own = group("Kentucky", KENTUCKY);
    ctx = Resolver.Context.of(List.of(own), Map.of(own, KENTUCKY), true);
    assertThat(ctx.admin1s()).containsExactly(Map.entry("US.KY", 1));
    Map<String, GazetteerEntry> r =
        Fixtures.resolve(
            G,
            new TestDoc(
                "Alexandria is a finalist again. Kentucky officials were pleased.",
                "Alexandria",
                "LOCATION",
                "Kentucky",
                "LOCATION"));
    assertThat(r).containsEntry("Alexandria", ALEXANDRIA_KY);
  }

  @Test
  void aStateByItsOwnNameBeatsACityThatBearsItOnlyAsAnAlternateName() {
    GazetteerEntry florida =
        new GazetteerEntry(
            null, "Florida", 28.75, -82.5, "US", "FL", FeatureKind.ADMIN1, "ADM1", 0);
    GazetteerEntry floridablanca =
        new GazetteerEntry(
            null, "Floridablanca", 7.06, -73.09, "CO", "27", FeatureKind.CITY, "PPLA2", 263_000);
    Gazetteer g =
        Gazetteer.builder().add(florida, List.of()).add(floridablanca, List.of("Florida")).build();
    Map<String, GazetteerEntry> r =
        Fixtures.resolve(
            g,
            new TestDoc("A truck hit a toll plaza in Florida on Thursday.", "Florida", "LOCATION"));
    assertThat(r).containsEntry("Florida", florida);
  }

  @Test
  void aStateQualifyingATownOfItsOwnIsTheStateInAForeignStory() {
    GazetteerEntry atlanta = Fixtures.city("Atlanta", 33.75, -84.39, "US", "GA", 463_878);
    GazetteerEntry tbilisi = Fixtures.city("Tbilisi", 41.69, 44.83, "GE", "TB", 1_049_498);
    Gazetteer g =
        Gazetteer.builder()
            .add(LEBANON, List.of())
            .add(GEORGIA, List.of())
            .add(GEORGIA_US, List.of())
            .add(atlanta, List.of())
            .add(tbilisi, List.of())
            .build();
    String[] tags = {
      "Lebanon", "LOCATION", "Atlanta", "LOCATION", "Tbilisi", "LOCATION", "Georgia", "LOCATION"
    };
    Map<String, GazetteerEntry> r =
        Fixtures.resolve(
            g,
            new TestDoc(
                "Lebanon sent samples from Lebanon to the CDC in Atlanta, Georgia, for tests.",
                tags));
    assertThat(r).containsEntry("Georgia", GEORGIA_US);
    r =
        Fixtures.resolve(
            g,
            new TestDoc(
                "Lebanon sent samples from Lebanon to a lab in Tbilisi, Georgia, for tests.",
                tags));
    assertThat(r).containsEntry("Georgia", GEORGIA);
  }

  @Test
  void aTownOfACountrysNameNextToAnotherNameOfTheArticleIsTheTown() {
    // Boone County lies in Missouri or Indiana, but Lebanon, Indiana is its seat
    Map<String, GazetteerEntry> r =
        Fixtures.resolve(
            G,
            new TestDoc(
                "Police in Lebanon and Boone County deputies searched the house. Boone County"
                    + " officials thanked Lebanon.",
                "Lebanon",
                "LOCATION",
                "Boone County",
                "LOCATION"));
    assertThat(r).containsEntry("Lebanon", LEBANON_IN);
    // with no other name nearby, the country
    r =
        Fixtures.resolve(
            G,
            new TestDoc(
                "Police in Lebanon and Lancaster searched the house.",
                "Lebanon",
                "LOCATION",
                "Lancaster",
                "LOCATION"));
    assertThat(r).containsEntry("Lebanon", LEBANON);
  }

  @Test
  void aDatelinesStateIsTheArticlesOwn() {
    // "LOUISVILLE, Ky. (AP) —": the dateline's state places the article as Louisville does
    assertThat(contextOf("LOUISVILLE, Ky. (AP) \u2014 Officials met.").admin1s())
        .containsEntry("US.KY", 2);
    assertThat(contextOf("Louisville, Ky. \u2014 Officials met.").admin1s())
        .containsEntry("US.KY", 2);
    // inside a sentence, AP style qualifies a town outside the paper's own state: Louisville alone
    assertThat(contextOf("Teams from Louisville, Ky. met.").admin1s()).containsEntry("US.KY", 1);
  }

  /** The context of a text naming Louisville and "Ky." at their first occurrences. */
  private static Resolver.Context contextOf(String text) {
    int l = text.toLowerCase(java.util.Locale.ROOT).indexOf("louisville");
    int k = text.indexOf("Ky.");
    // the finder marks a dateline's qualifier, as PlaceAnnotator does before resolving
    List<Toponym> ts =
        ToponymFinder.datelines(
            text,
            List.of(
                new Toponym(
                    l,
                    l + 10,
                    text.substring(l, l + 10),
                    "louisville",
                    List.of(LOUISVILLE),
                    false,
                    true,
                    false),
                new Toponym(k, k + 3, "Ky.", "ky", List.of(KENTUCKY), false, true, false)));
    Map<String, Resolver.Group> groups = new java.util.LinkedHashMap<>();
    for (Toponym t : ts) {
      groups.computeIfAbsent(t.key(), x -> new Resolver.Group(t.candidates())).add(t);
    }
    Resolver.qualify(text, ts, groups);
    Map<Resolver.Group, GazetteerEntry> choice = new java.util.HashMap<>();
    for (Resolver.Group g : groups.values()) {
      choice.put(g, g.candidates.get(0));
    }
    return Resolver.Context.of(groups.values(), choice, true);
  }

  @Test
  void theFinderMarksADatelinesQualifierOnceForTheResolver() {
    String text = "LOUISVILLE, Ky. \u2014 Officials met.";
    List<Toponym> marked =
        ToponymFinder.datelines(
            text,
            List.of(
                new Toponym(
                    0, 10, "LOUISVILLE", "louisville", List.of(LOUISVILLE), false, true, false),
                new Toponym(12, 15, "Ky.", "ky", List.of(KENTUCKY), false, true, false)));
    // the qualifier carries the mark, the town does not
    assertThat(marked).extracting(Toponym::dateline).containsExactly(false, true);
  }

  @Test
  void aDatelineIsATownInCapitalsOrAQualifierBeforeADash() {
    assertThat(dateline("LOUISVILLE, Ky. Strong winds fell.")).isTrue();
    assertThat(dateline("Louisville, Ky. (AP) \u2014 Winds fell.")).isTrue();
    assertThat(dateline("Louisville, Ky. -- Winds fell.")).isTrue();
    // AP style inside a sentence qualifies a town outside the paper's state
    assertThat(dateline("Louisville, Ky. and Denver met.")).isFalse();
  }

  private static boolean dateline(String text) {
    String town = text.substring(0, 10);
    Toponym a =
        new Toponym(0, 10, town, NameKeys.key(town), List.of(LOUISVILLE), false, true, false);
    Toponym b = new Toponym(12, 15, "Ky.", "ky", List.of(KENTUCKY), false, true, false);
    return ToponymFinder.datelines(text, List.of(a, b)).get(1).dateline();
  }

  @Test
  void aCitysNeighboursAlsoSpeakForTheStateOfItsNameAroundIt() {
    Map<String, GazetteerEntry> r =
        Fixtures.resolve(
            G,
            new TestDoc(
                "Flights will leave New York daily. The airline's office is in Flushing.",
                "New York",
                "LOCATION",
                "Flushing",
                "LOCATION"));
    assertThat(r).containsEntry("New York", NEW_YORK).containsEntry("Flushing", FLUSHING);
  }

  @Test
  void aListOfStatesMakesItsAmbiguousMemberAState() {
    String[] tags = {
      "California", "LOCATION", "Oregon", "LOCATION", "Texas", "LOCATION", "Washington", "LOCATION"
    };
    Map<String, GazetteerEntry> r =
        Fixtures.resolve(
            G, new TestDoc("Cases were found in California, Oregon, Texas and Washington.", tags));
    assertThat(r).containsEntry("Washington", WASHINGTON);
    // named alone, it is the capital
    r = Fixtures.resolve(G, new TestDoc("Officials in Washington met on Monday.", tags));
    assertThat(r).containsEntry("Washington", WASHINGTON_DC);
  }

  @Test
  void aDemonymKeepsTheCountryAgainstTheStateOfItsName() {
    Map<String, GazetteerEntry> r =
        Fixtures.resolve(
            G,
            new TestDoc(
                "A U.S. general visits Georgia. He will meet Georgian officials.",
                "U.S.",
                "LOCATION",
                "Georgia",
                "LOCATION"));
    assertThat(r).containsEntry("Georgia", GEORGIA);
    r =
        Fixtures.resolve(
            G,
            new TestDoc(
                "A U.S. general visits Georgia. He will meet officials in Atlanta.",
                "U.S.",
                "LOCATION",
                "Georgia",
                "LOCATION"));
    assertThat(r).containsEntry("Georgia", GEORGIA_US);
  }
}
