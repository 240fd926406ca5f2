package org.sitrep.extract.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.extract.place.gazetteer.FeatureKind;
import org.sitrep.extract.place.gazetteer.Gazetteer;
import org.sitrep.extract.place.gazetteer.GazetteerEntry;
import org.sitrep.extract.place.gazetteer.NameKeys;

/** Which local evidence counts: the name's own variants, and the story's country. */
class PlaceLocalEvidenceTest {
  static final GazetteerEntry DUBLIN_IE =
      new GazetteerEntry(
          null, "Dublin", 53.33, -6.25, "IE", "L", FeatureKind.CITY, "PPLC", 1_024_027);
  static final GazetteerEntry DUBLIN_CITY =
      new GazetteerEntry(
          null, "Dublin City", 53.35, -6.26, "IE", "L", FeatureKind.ADMIN2, "ADM2", 1_239_798);
  static final GazetteerEntry DUBLIN_OH =
      Fixtures.city("Dublin", 40.10, -83.11, "US", "OH", 45_098);
  static final GazetteerEntry OHIO =
      new GazetteerEntry(null, "Ohio", 40.25, -82.75, "US", "OH", FeatureKind.ADMIN1, "ADM1", 0);
  static final GazetteerEntry KANSAS =
      new GazetteerEntry(null, "Kansas", 38.5, -98.5, "US", "KS", FeatureKind.ADMIN1, "ADM1", 0);
  static final GazetteerEntry KANSAS_CITY =
      Fixtures.city("Kansas City", 39.10, -94.58, "US", "MO", 475_378);

  static final GazetteerEntry PARIS_TN = Fixtures.city("Paris", 36.30, -88.33, "US", "TN", 10_150);
  static final GazetteerEntry HENRY_TN =
      new GazetteerEntry(
          null, "Henry County", 36.33, -88.30, "US", "TN", FeatureKind.ADMIN2, "ADM2", 32_000);
  static final GazetteerEntry HENRY_GA =
      new GazetteerEntry(
          null, "Henry County", 33.45, -84.15, "US", "GA", FeatureKind.ADMIN2, "ADM2", 200_000);

  static final GazetteerEntry ALBANY_NY =
      new GazetteerEntry(
          null, "Albany", 42.65, -73.76, "US", "NY", FeatureKind.CITY, "PPLA", 98_469);
  static final GazetteerEntry ALBANY_GA =
      new GazetteerEntry(
          null, "Albany", 31.58, -84.16, "US", "GA", FeatureKind.CITY, "PPLA2", 74_843);

  static final GazetteerEntry ALBANY_AU =
      Fixtures.city("Albany", -35.02, 117.88, "AU", "08", 29_373);

  static final GazetteerEntry ONTARIO =
      new GazetteerEntry(
          null, "Ontario", 49.25, -84.5, "CA", "08", FeatureKind.ADMIN1, "ADM1", 14_427_452);
  static final GazetteerEntry ONTARIO_CA =
      Fixtures.city("Ontario", 34.06, -117.65, "US", "CA", 171_214);

  private static final Gazetteer G =
      Gazetteer.builder()
          .add(DUBLIN_IE, List.of("Dublin City"))
          .add(DUBLIN_CITY, List.of())
          .add(DUBLIN_OH, List.of())
          .add(OHIO, List.of())
          .add(KANSAS, List.of())
          .add(KANSAS_CITY, List.of())
          .addWithDemonyms(Fixtures.US, List.of("U.S."), List.of("American"))
          .add(PlaceResolutionTest.WASHINGTON, List.of())
          .add(PlaceResolutionTest.WASHINGTON_DC, List.of())
          .add(ALBANY_NY, List.of())
          .add(ALBANY_GA, List.of())
          .add(ALBANY_AU, List.of())
          .add(ONTARIO, List.of())
          .add(ONTARIO_CA, List.of())
          .add(PlaceResolutionTest.GEORGIA, List.of())
          .add(PlaceResolutionTest.GEORGIA_US, List.of())
          .add(Fixtures.SYRIA, List.of())
          .build();

  private static Toponym toponym(String name, GazetteerEntry... candidates) {
    return new Toponym(
        0, name.length(), name, NameKeys.key(name), List.of(candidates), false, true, false);
  }

  @Test
  void aTownsCityCouncilIsAMentionOfTheTown() {
    Toponym council = toponym("Dublin City", DUBLIN_IE, DUBLIN_CITY);
    Toponym town = toponym("Dublin", DUBLIN_IE, DUBLIN_OH);
    List<Toponym> out = Resolver.townCities(List.of(council, town));
    assertThat(out.get(0).key()).isEqualTo("dublin");
    assertThat(out.get(0).candidates()).containsExactly(DUBLIN_IE, DUBLIN_OH);
    assertThat(out.get(0).text()).isEqualTo("Dublin City");
    assertThat(out.get(1)).isEqualTo(town);
    // alone, "Dublin City" keeps its own readings
    assertThat(Resolver.townCities(List.of(council))).containsExactly(council);
    // a state's own name and the city named after it are different places
    Toponym state = toponym("Kansas", KANSAS);
    Toponym city = toponym("Kansas City", KANSAS_CITY);
    assertThat(Resolver.townCities(List.of(city, state))).containsExactly(city, state);
  }

  @Test
  void aTownsCityCouncilDoesNotVoteForTheCapitalAbroad() {
    String[] tags = {"Dublin", "LOCATION", "Ohio", "LOCATION"};
    Map<String, GazetteerEntry> r =
        Fixtures.resolve(
            G,
            new TestDoc(
                "Dublin City Council met on Monday. Dublin City Manager Jane Brown said the"
                    + " Dublin City Schools and Dublin police will work with Ohio officials.",
                tags));
    assertThat(r).containsEntry("Dublin", DUBLIN_OH);
  }

  @Test
  void aStateOfACountrysNameIsTheStateWhenAnotherNameHasAReadingInIt() {
    String[] tags = {"Albany", "LOCATION", "Georgia", "LOCATION", "Syria", "LOCATION"};
    Map<String, GazetteerEntry> r =
        Fixtures.resolve(
            G,
            new TestDoc(
                "An Albany police team and Georgia officials raided a home in Albany.", tags));
    assertThat(r)
        .containsEntry("Georgia", PlaceResolutionTest.GEORGIA_US)
        .containsEntry("Albany", ALBANY_GA);
    // another country named: a story about Georgia and Syria is about the country
    r =
        Fixtures.resolve(
            G,
            new TestDoc(
                "An Albany team and Georgia officials met in Albany to talk about Syria.", tags));
    assertThat(r).containsEntry("Georgia", PlaceResolutionTest.GEORGIA);
  }

  @Test
  void aLargeTownNamedLikeAProvinceIsNotTheProvince() {
    // Ontario, California has 171,000 people, but it is no capital or seat
    String[] tags = {"Ontario", "LOCATION", "U.S.", "LOCATION"};
    Map<String, GazetteerEntry> r =
        Fixtures.resolve(
            G, new TestDoc("Schools in Ontario buy U.S. buses. U.S. makers sell them.", tags));
    assertThat(r).containsEntry("Ontario", ONTARIO);
    // a capital of a state's name keeps its full prior
    r = Fixtures.resolve(G, new TestDoc("Officials in Washington met.", "Washington", "LOCATION"));
    assertThat(r).containsEntry("Washington", PlaceResolutionTest.WASHINGTON_DC);
  }

  @Test
  void theStateOfANameIsTheState() {
    String[] tags = {"Washington", "LOCATION"};
    Map<String, GazetteerEntry> r =
        Fixtures.resolve(G, new TestDoc("A case was found in the state of Washington.", tags));
    assertThat(r).containsEntry("Washington", PlaceResolutionTest.WASHINGTON);
    r = Fixtures.resolve(G, new TestDoc("A case was found in Washington.", tags));
    assertThat(r).containsEntry("Washington", PlaceResolutionTest.WASHINGTON_DC);
  }

  @Test
  void aStatesOwnNameInAListCountsAsAStateWhateverTheFirstRoundChose() {
    String text = "Cases in Washington, Oregon and California.";
    GazetteerEntry californiaCity = Fixtures.city("California", 38.3, -76.5, "US", "MD", 11_857);
    Toponym washington =
        at(text, "Washington", PlaceResolutionTest.WASHINGTON_DC, PlaceResolutionTest.WASHINGTON);
    Toponym oregon = at(text, "Oregon", Fixtures.OREGON);
    Toponym california = at(text, "California", Fixtures.CALIFORNIA, californiaCity);
    List<Toponym> ts = List.of(washington, oregon, california);
    Map<String, Resolver.Group> groups = new java.util.LinkedHashMap<>();
    for (Toponym t : ts) {
      groups.computeIfAbsent(t.key(), k -> new Resolver.Group(t.candidates())).add(t);
    }
    Map<Resolver.Group, GazetteerEntry> first = new HashMap<>();
    first.put(groups.get("washington"), PlaceResolutionTest.WASHINGTON_DC);
    first.put(groups.get("oregon"), Fixtures.OREGON);
    first.put(groups.get("california"), californiaCity);
    Resolver.lists(text, ts, groups, first);
    assertThat(groups.get("washington").listKind).isEqualTo(FeatureKind.ADMIN1);
  }

  private static Toponym at(String text, String name, GazetteerEntry... candidates) {
    int s = text.indexOf(name);
    return new Toponym(
        s, s + name.length(), name, NameKeys.key(name), List.of(candidates), false, true, false);
  }

  @Test
  void localEvidenceCountsOnlyInTheCountryTheStoryIsAbout() {
    Resolver.Context local =
        new Resolver.Context(Map.of("US", 5, "VE", 1), Map.of(), java.util.Set.of(), Map.of());
    assertThat(local.home("US")).isTrue();
    assertThat(local.home("VE")).isFalse();
    // a world round-up: the United States is named most often, but in a minority of mentions
    Resolver.Context world =
        new Resolver.Context(
            Map.of("US", 13, "BR", 7, "AU", 6, "GB", 5, "TR", 4, "CA", 2),
            Map.of(),
            java.util.Set.of(),
            Map.of());
    assertThat(world.home("US")).isFalse();
    assertThat(Resolver.Context.EMPTY.home("US")).isTrue();
  }

  private static Resolver.Group group(String name, GazetteerEntry... candidates) {
    Resolver.Group g = new Resolver.Group(List.of(candidates));
    g.add(toponym(name, candidates));
    return g;
  }
}
