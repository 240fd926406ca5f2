package org.sitrep.extract.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.core.article.Article;
import org.sitrep.core.model.Place;
import org.sitrep.core.pipeline.AnnotatedArticle;
import org.sitrep.core.pipeline.Layers;
import org.sitrep.extract.place.gazetteer.FeatureKind;
import org.sitrep.extract.place.gazetteer.Gazetteer;
import org.sitrep.extract.place.gazetteer.GazetteerEntry;

/**
 * Readings that fit together: neighbours, counties named without their word, a state against a city
 * inside it, the container a text names, and names written in US news style.
 */
class PlaceCoherenceTest {
  private static GazetteerEntry admin1(String name, double lat, double lon, String cc, String a1) {
    return new GazetteerEntry(null, name, lat, lon, cc, a1, FeatureKind.ADMIN1, "ADM1", 0);
  }

  private static GazetteerEntry county(String name, double lat, double lon, String a1) {
    return new GazetteerEntry(null, name, lat, lon, "US", a1, FeatureKind.ADMIN2, "ADM2", 30_000);
  }

  private static GazetteerEntry seat(String name, double lat, double lon, String cc, long pop) {
    return new GazetteerEntry(null, name, lat, lon, cc, "01", FeatureKind.CITY, "PPLA", pop);
  }

  static final GazetteerEntry PARIS_TN = Fixtures.city("Paris", 36.30, -88.33, "US", "TN", 10_000);
  static final GazetteerEntry HENRY_TN = county("Henry County", 36.33, -88.30, "TN");
  static final GazetteerEntry HENRY_GA = county("Henry County", 33.45, -84.15, "GA");
  static final GazetteerEntry NEW_YORK = admin1("New York", 43.0, -75.5, "US", "NY");
  static final GazetteerEntry NYC =
      Fixtures.city("New York City", 40.71, -74.01, "US", "NY", 8_175_133);
  static final GazetteerEntry ALEPPO_GOV = admin1("Aleppo", 36.25, 37.5, "SY", "01");
  static final GazetteerEntry ALEPPO = seat("Aleppo", 36.2, 37.16, "SY", 1_602_264);
  static final GazetteerEntry BARROW_AK =
      Fixtures.city("Barrow", 71.29, -156.79, "US", "AK", 4_212);
  static final GazetteerEntry BARROW_GA = county("Barrow County", 33.99, -83.71, "GA");
  static final GazetteerEntry CLARKE_GA = county("Clarke County", 33.95, -83.37, "GA");
  static final GazetteerEntry CARTER_KY = county("Carter County", 38.32, -83.05, "KY");
  static final GazetteerEntry WASHINGTON = admin1("Washington", 47.5, -120.5, "US", "WA");
  static final GazetteerEntry WASHINGTON_IA = county("Washington County", 41.34, -91.72, "IA");
  static final GazetteerEntry STOCKTON_CA =
      Fixtures.city("Stockton", 37.96, -121.29, "US", "CA", 305_658);
  static final GazetteerEntry LANIER_GA = county("Lanier County", 31.04, -83.06, "GA");
  static final GazetteerEntry GEORGIA_US = admin1("Georgia", 32.75, -83.5, "US", "GA");
  static final GazetteerEntry MASSACHUSETTS = admin1("Massachusetts", 42.37, -71.11, "US", "MA");
  static final GazetteerEntry ROGERSVILLE =
      Fixtures.city("Rogersville", 37.12, -93.06, "US", "MO", 3_073);
  static final GazetteerEntry SAINT_PAUL =
      Fixtures.city("Saint Paul", 44.94, -93.09, "US", "MN", 285_068);
  static final GazetteerEntry LOS_ANGELES =
      Fixtures.city("Los Angeles", 34.05, -118.24, "US", "CA", 3_971_883);
  static final GazetteerEntry IVORY_COAST =
      new GazetteerEntry(
          null, "Ivory Coast", 8, -5, "CI", "", FeatureKind.COUNTRY, "PCLI", 20_000_000);

  private static final Gazetteer G =
      Gazetteer.builder()
          .add(Fixtures.PARIS_FR, List.of())
          .add(PARIS_TN, List.of())
          .add(HENRY_TN, List.of())
          .add(HENRY_GA, List.of())
          .add(NEW_YORK, List.of())
          .add(NYC, List.of("New York"))
          .add(ALEPPO_GOV, List.of())
          .add(ALEPPO, List.of())
          .add(BARROW_AK, List.of())
          .add(BARROW_GA, List.of("Barrow"))
          .add(CLARKE_GA, List.of("Clarke"))
          .add(CARTER_KY, List.of("Carter"))
          .add(WASHINGTON, List.of())
          .add(WASHINGTON_IA, List.of("Washington"))
          .add(STOCKTON_CA, List.of())
          .add(LANIER_GA, List.of("Lanier"))
          .add(GEORGIA_US, List.of())
          .add(MASSACHUSETTS, List.of())
          .add(ROGERSVILLE, List.of())
          .add(SAINT_PAUL, List.of())
          .add(IVORY_COAST, List.of("Côte d'Ivoire"))
          .add(LOS_ANGELES, List.of())
          .add(Fixtures.US, List.of())
          .build();

  private static Map<String, GazetteerEntry> run(String text, String... tags) {
    return Fixtures.resolve(G, new TestDoc(text, tags));
  }

  private static List<Toponym> find(String text, String... tags) {
    TestDoc d = new TestDoc(text, tags);
    return new ToponymFinder(G).find(d.text, d.tokens, d.sentences, d.ner);
  }

  @Test
  void readingsThatLieTogetherWin() {
    Map<String, GazetteerEntry> r =
        run(
            "Residents of Paris and Henry County will receive a letter.",
            "Paris",
            "LOCATION",
            "Henry County",
            "LOCATION");
    assertThat(r).containsEntry("Paris", PARIS_TN).containsEntry("Henry County", HENRY_TN);
    assertThat(run("Residents of Paris will receive a letter.", "Paris", "LOCATION"))
        .containsEntry("Paris", Fixtures.PARIS_FR);
  }

  @Test
  void aStatesOwnNameIsTheStateUnlessTheCityOfThatNameIsItsSeat() {
    assertThat(run("Farmers in New York fear the drought.", "New York", "LOCATION"))
        .containsEntry("New York", NEW_YORK);
    assertThat(run("Shelling hit Aleppo overnight.", "Aleppo", "LOCATION"))
        .containsEntry("Aleppo", ALEPPO);
  }

  @Test
  void countiesNamedWithoutTheirWordNeedTheirNeighbours() {
    Map<String, GazetteerEntry> r =
        run(
            "Jobless rates rose in Clarke County and Barrow last month.",
            "Clarke County",
            "LOCATION",
            "Barrow",
            "LOCATION");
    assertThat(r).containsEntry("Barrow", BARROW_GA);
    assertThat(run("Snow fell on Barrow overnight.", "Barrow", "LOCATION"))
        .containsEntry("Barrow", BARROW_AK);
    // a county's bare name makes no surname a place
    assertThat(find("Officials thanked Carter for the report.")).isEmpty();
  }

  @Test
  void theDivisionWordNamesTheLevel() {
    assertThat(run("A cow at a Washington state farm fell ill."))
        .containsEntry("Washington", WASHINGTON);
  }

  @Test
  void aNameTheGazetteerDoesNotPlaceThereResolvesToItsNamedContainer() {
    Map<String, GazetteerEntry> r =
        run(
            "Stockton is an unincorporated community in Lanier County, Georgia. Stockton grew.",
            "Stockton",
            "LOCATION",
            "Lanier County",
            "LOCATION",
            "Georgia",
            "LOCATION");
    assertThat(r).containsEntry("Stockton", LANIER_GA);
    assertThat(run("Stockton grew fast.", "Stockton", "LOCATION"))
        .containsEntry("Stockton", STOCKTON_CA);
  }

  @Test
  void anAppositiveMayHaveAnAbbreviationAndACompassWordBeforeItsContainer() {
    // "Farmington is a census-designated place (CDP) in San Joaquin County", "Hope is a city in
    // southern Dickinson County", "a town in east central Polk County"
    for (String between :
        List.of(
            " is a census-designated place (CDP) in ",
            " is a city in southern ",
            " is an unincorporated community in east central ",
            " is a town in north-central ")) {
      String text = "Stockton" + between + "Lanier County, Georgia. Stockton grew.";
      assertThat(run(text, "Stockton", "LOCATION", "Lanier County", "LOCATION"))
          .as(text)
          .containsEntry("Stockton", LANIER_GA);
    }
    // a compass word that is part of another phrase is no appositive
    assertThat(
            run(
                "Stockton is a city in southern parts of Lanier County, Georgia. Stockton grew.",
                "Stockton",
                "LOCATION",
                "Lanier County",
                "LOCATION"))
        .containsEntry("Stockton", STOCKTON_CA);
  }

  @Test
  void theChainOfContainersGoesOnAfterADivisionWordTheNameWasFoundWithout() {
    // "Mansfield is a town in Tolland County, Connecticut": only "Tolland" (a town) was found
    String text = "Stockton is a town in Rogersville County, Georgia. Stockton grew.";
    int r = text.indexOf("Rogersville");
    int ga = text.indexOf("Georgia");
    int second = text.lastIndexOf("Stockton");
    List<Toponym> ts =
        List.of(
            new Toponym(0, 8, "Stockton", "stockton", List.of(STOCKTON_CA), false, true, false),
            new Toponym(
                r, r + 11, "Rogersville", "rogersville", List.of(ROGERSVILLE), false, true, false),
            new Toponym(ga, ga + 7, "Georgia", "georgia", List.of(GEORGIA_US), false, true, false),
            new Toponym(
                second,
                second + 8,
                "Stockton",
                "stockton",
                List.of(STOCKTON_CA),
                false,
                true,
                false));
    assertThat(new Resolver().resolve(text, ts).get(0)).isEqualTo(GEORGIA_US);
    // no comma after the division word: the chain ends there, and Georgia says nothing of Stockton
    String open = "Stockton is a town in Rogersville County and Georgia. Stockton grew.";
    int ga2 = open.indexOf("Georgia");
    int second2 = open.lastIndexOf("Stockton");
    List<Toponym> ts2 =
        List.of(
            ts.get(0),
            ts.get(1),
            new Toponym(
                ga2, ga2 + 7, "Georgia", "georgia", List.of(GEORGIA_US), false, true, false),
            new Toponym(
                second2,
                second2 + 8,
                "Stockton",
                "stockton",
                List.of(STOCKTON_CA),
                false,
                true,
                false));
    assertThat(new Resolver().resolve(open, ts2).get(0)).isEqualTo(STOCKTON_CA);
  }

  @Test
  void anUnknownNameDefinedAsASettlementInAKnownPlaceIsThere() {
    // "Padi is a locality and neighbourhood in Chennai": the gazetteer has no Zorbo
    List<Toponym> ts =
        find(
            "Zorbo is a village in Lanier County, Georgia. Zorbo grew.",
            "Lanier County",
            "LOCATION",
            "Georgia",
            "LOCATION");
    assertThat(ts)
        .extracting(Toponym::text)
        .containsExactly("Zorbo", "Lanier County", "Georgia", "Zorbo");
    assertThat(
            run(
                "Zorbo is a village in Lanier County, Georgia. Zorbo grew.",
                "Lanier County",
                "LOCATION"))
        .containsEntry("Zorbo", LANIER_GA);
    // no known place after the definition, a date, or no settlement noun: nothing
    assertThat(find("Zorbo is a village. Zorbo grew.")).isEmpty();
    // an organisation named like a division ("Butler Tech, a career-technical school district")
    assertThat(
            find(
                "Zorbo Tech, a school district in Lanier County, grew.",
                "Zorbo Tech",
                "ORGANIZATION",
                "Lanier County",
                "LOCATION"))
        .extracting(Toponym::text)
        .containsExactly("Lanier County");
    assertThat(
            find(
                "Zorbo Tech, a school district in Lanier County, grew.",
                "Lanier County",
                "LOCATION"))
        .extracting(Toponym::text)
        .containsExactly("Zorbo Tech", "Lanier County");
    assertThat(find("Zorbo is a brand in Lanier County.", "Lanier County", "LOCATION"))
        .extracting(Toponym::text)
        .containsExactly("Lanier County");
    assertThat(
            find(
                "In May, a town in Lanier County held a meeting.",
                "May",
                "DATE",
                "Lanier County",
                "LOCATION"))
        .extracting(Toponym::text)
        .containsExactly("Lanier County");
  }

  @Test
  void aNameQualifiedByAStateWithoutAReadingThereIsTheState() {
    // a village the gazetteer lacks, named with its state at its first mention: the state
    assertThat(
            run(
                "Martha was born in Stockton, Georgia, in 1913. She left Stockton in 1930.",
                "Stockton",
                "LOCATION",
                "Georgia",
                "LOCATION"))
        .containsEntry("Stockton", GEORGIA_US);
    // qualified only at a later mention: another place of the name, not the article's own
    assertThat(
            run(
                "Stockton grew fast. Its founders came from Stockton, Georgia.",
                "Stockton",
                "LOCATION",
                "Georgia",
                "LOCATION"))
        .containsEntry("Stockton", STOCKTON_CA);
  }

  @Test
  void theCountryAfterAStateDoesNotPlaceANameElsewhereInThatCountry() {
    // Wikipedia's "X is a city in Y County, State, United States": Stockton, California, lies in
    // the United States but not in Georgia, the narrower qualifier, so the named county
    Map<String, GazetteerEntry> r =
        run(
            "Stockton is an unincorporated community in Lanier County, Georgia, United States."
                + " Stockton grew.",
            "Stockton",
            "LOCATION",
            "Lanier County",
            "LOCATION",
            "Georgia",
            "LOCATION",
            "United States",
            "LOCATION");
    assertThat(r).containsEntry("Stockton", LANIER_GA);
    // the country alone still places a name that has a reading there
    assertThat(
            run(
                "Stockton is a city in the United States. Stockton grew.",
                "Stockton",
                "LOCATION",
                "United States",
                "LOCATION"))
        .containsEntry("Stockton", STOCKTON_CA);
  }

  @Test
  void aTownTheArticleNamesIsAlsoAToponymAtTheHeadOfABodysName() {
    String text = "The Paris Arts Council met. Paris residents came.";
    List<Toponym> both = find(text, "Paris Arts Council", "ORGANIZATION", "Paris", "LOCATION");
    assertThat(both).extracting(Toponym::text).containsExactly("Paris", "Paris");
    assertThat(find("The Paris Arts Council met.", "Paris Arts Council", "ORGANIZATION")).isEmpty();
  }

  @Test
  void usNewsStyle() {
    assertThat(run("Western Mass. stargazers will meet.")).containsEntry("Mass.", MASSACHUSETTS);
    assertThat(run("He moved to St. Paul last year.")).containsEntry("St. Paul", SAINT_PAUL);
    assertThat(run("Police in L.A. were called.", "L.A.", "LOCATION"))
        .containsEntry("L.A.", LOS_ANGELES);
    List<Toponym> parts =
        find(
            "Logan-Rogersville pupils moved. Rogersville parents helped.",
            "Rogersville",
            "LOCATION");
    assertThat(parts).extracting(Toponym::text).containsExactly("Rogersville", "Rogersville");
    assertThat(parts.get(0).start()).isEqualTo("Logan-".length());
    assertThat(run("Cases rose in Côte d'Ivoire.", "Côte d'Ivoire", "LOCATION"))
        .containsEntry("Côte d'Ivoire", IVORY_COAST);
  }

  @Test
  void aSettlementTheGazetteerLacksIsAPlaceOfItsOwnAtItsContainersPoint() {
    TestDoc d =
        new TestDoc(
            "Zorbo is a village in Lanier County, Georgia. Zorbo grew.",
            "Lanier County",
            "LOCATION");
    AnnotatedArticle a = new AnnotatedArticle(Article.of("t", d.text, LocalDate.of(2020, 1, 1)));
    a.put(Layers.TOKENS, d.tokens);
    a.put(Layers.SENTENCES, d.sentences);
    a.put(Layers.NER, d.ner);
    new PlaceAnnotator(G).annotate(a);
    List<Place> places = a.get(Layers.PLACES);
    Place zorbo = places.stream().filter(p -> p.name().equals("Zorbo")).findFirst().orElseThrow();
    assertThat(zorbo.within()).isEqualTo("Lanier County");
    assertThat(zorbo.geonamesId()).isNull();
    assertThat(zorbo.lat()).isCloseTo(LANIER_GA.lat(), within(1e-4));
    assertThat(zorbo.mentions()).extracting(m -> m.text()).containsExactly("Zorbo", "Zorbo");
    // the container keeps only its own mention and stays a gazetteer place
    Place lanier =
        places.stream().filter(p -> p.name().equals("Lanier County")).findFirst().orElseThrow();
    assertThat(lanier.mentions()).extracting(m -> m.text()).containsExactly("Lanier County");
    assertThat(lanier.within()).isNull();
  }

  @Test
  void aSettlementDefinedInACountryTakesNoReadingOfTheCountrysNamesakes() {
    // "Dogu Beyazit, a farming town in eastern Turkey": Turkey is also a name of a New Jersey town
    TestDoc d = new TestDoc("Zorbo, a farming town in eastern Turkey, grew.", "Turkey", "LOCATION");
    List<Toponym> ts =
        new ToponymFinder(Fixtures.gazetteer()).find(d.text, d.tokens, d.sentences, d.ner);
    assertThat(ts).extracting(Toponym::text).containsExactly("Turkey");
    // below the country level the container's readings still serve
    assertThat(find("Zorbo is a village in Lanier County, Georgia.", "Lanier County", "LOCATION"))
        .extracting(Toponym::text)
        .contains("Zorbo");
  }

  @Test
  void aDefinitionMustDefineTheNameBeforeIt() {
    // "Founded in 1836 by Wesley Park (1811-1868), the city is the county seat of DeKalb County"
    String clause =
        "Founded by Zorbo Park (1811-1868), the city is the county seat of Lanier County.";
    assertThat(ToponymFinder.settlementNoun(clause, clause.indexOf(" (1811"))).isFalse();
    assertThat(find(clause, "Lanier County", "LOCATION"))
        .extracting(Toponym::text)
        .containsExactly("Lanier County");
    String seat = "Zorbo, the county seat of Lanier County, grew.";
    assertThat(ToponymFinder.settlementNoun(seat, "Zorbo".length())).isTrue();
    // "the Beane Valley, the village of Aston is ...": the appositive names Aston
    String naming = "near the Zorbo Valley, the village of Stockton is quiet.";
    assertThat(ToponymFinder.settlementNoun(naming, naming.indexOf(", the village"))).isFalse();
    String capital = "Zorbo, the capital of Lanier County, grew.";
    assertThat(ToponymFinder.settlementNoun(capital, "Zorbo".length())).isTrue();
  }

  @Test
  void aCountryIsNeitherContainedNorAContainerAndAStateIsNotItsNamesakeCounty() {
    GazetteerEntry guatemala =
        new GazetteerEntry(
            null, "Guatemala", 15.5, -90.25, "GT", "", FeatureKind.COUNTRY, "PCLI", 14_000_000);
    GazetteerEntry guatemalaCity =
        new GazetteerEntry(
            null, "Guatemala City", 14.64, -90.51, "GT", "07", FeatureKind.CITY, "PPLC", 994_938);
    GazetteerEntry arkansas = admin1("Arkansas", 34.75, -92.5, "US", "AR");
    GazetteerEntry arkansasCounty = county("Arkansas County", 34.29, -91.37, "AR");
    Gazetteer g =
        Gazetteer.builder()
            .add(guatemala, List.of())
            .add(guatemalaCity, List.of("Guatemala"))
            .add(arkansas, List.of())
            .add(arkansasCounty, List.of("Arkansas"))
            .add(STOCKTON_CA, List.of())
            .add(Fixtures.US, List.of())
            .build();
    // "Hattieville, Arkansas": the state, not Arkansas County
    Map<String, GazetteerEntry> r =
        Fixtures.resolve(
            g,
            new TestDoc(
                "He studied in Stockton, Arkansas, last year.",
                "Stockton",
                "LOCATION",
                "Arkansas",
                "LOCATION"));
    assertThat(r).containsEntry("Stockton", arkansas);
    // "Chicacao, Guatemala": not in the capital that shares the country's name
    r =
        Fixtures.resolve(
            g,
            new TestDoc(
                "The team travelled to Stockton, Guatemala.",
                "Stockton",
                "LOCATION",
                "Guatemala",
                "LOCATION"));
    assertThat(r.get("Stockton")).isNotEqualTo(guatemalaCity);
    // "three countries in its history: France, England, and ...": the country stays a country
    r =
        Fixtures.resolve(
            g,
            new TestDoc(
                "It was ruled by Guatemala, Arkansas, and others.",
                "Guatemala",
                "LOCATION",
                "Arkansas",
                "LOCATION"));
    assertThat(r).containsEntry("Guatemala", guatemala);
  }

  @Test
  void aDefinedSettlementIsNotReadFromAPlaceInAParenthesis() {
    // "San Luis (the Spanish language name of Saint Louis) is a city in Yuma County, Arizona"
    TestDoc d =
        new TestDoc(
            "Zorbo (the old name of Stockton) is a village in Lanier County, Georgia.",
            "Stockton",
            "LOCATION",
            "Lanier County",
            "LOCATION");
    Map<String, GazetteerEntry> r = Fixtures.resolve(G, d);
    assertThat(r).containsEntry("Zorbo", LANIER_GA);
    assertThat(ToponymFinder.parenthesised(d.text, 5, d.text.indexOf("Stockton"))).isTrue();
    assertThat(ToponymFinder.parenthesised(d.text, 5, d.text.indexOf("Lanier"))).isFalse();
  }
}
