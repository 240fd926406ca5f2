package org.sitrep.extract.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.nlp.NerMention;
import org.sitrep.core.nlp.Token;
import org.sitrep.extract.place.gazetteer.FeatureKind;
import org.sitrep.extract.place.gazetteer.Gazetteer;
import org.sitrep.extract.place.gazetteer.GazetteerEntry;

class PlaceRecognitionTest {
  private static final Gazetteer G = Fixtures.gazetteer();

  private static List<String> found(TestDoc d) {
    return new ToponymFinder(G)
        .find(d.text, d.tokens, d.sentences, d.ner).stream().map(Toponym::text).toList();
  }

  /** Tags the single token at {@code index} (as CoreNLP would, without nesting). */
  private static void tag(TestDoc d, int index, String type) {
    Token t = d.tokens.get(index);
    d.ner.add(new NerMention(t.start(), t.end(), t.word(), type, index, index + 1));
    d.ner.sort((a, b) -> Integer.compare(a.start(), b.start()));
  }

  private static int indexOf(TestDoc d, String word, int nth) {
    int seen = 0;
    for (Token t : d.tokens) {
      if (t.word().equals(word) && seen++ == nth) {
        return t.index();
      }
    }
    throw new IllegalArgumentException(word);
  }

  /** GeoNames lists villages named "Bay", "Haven" and "Islands"; "Delaware" is a state. */
  private static final Gazetteer HEADS =
      Gazetteer.builder()
          .add(Fixtures.city("Bay", 35.74, -90.56, "US", "AR", 1_800), List.of())
          .add(Fixtures.city("Haven", 37.90, -97.78, "US", "KS", 1_200), List.of())
          .add(Fixtures.city("Islands", 9.5, 123.1, "PH", "07", 900), List.of())
          .add(Fixtures.city("Sanders", 38.66, -84.94, "US", "KY", 230), List.of())
          .add(Fixtures.city("Knoxville", 35.96, -83.92, "US", "TN", 187_347), List.of())
          .add(Fixtures.city("Saint Michael", 45.21, -93.66, "US", "MN", 16_399), List.of())
          .add(Fixtures.city("Mary", 37.59, 61.83, "TM", "07", 114_680), List.of())
          .add(Fixtures.city("Honda", 5.2, -74.74, "CO", "33", 24_000), List.of())
          .add(
              new GazetteerEntry(
                  null, "Durango", 24.5, -104.5, "MX", "10", FeatureKind.ADMIN1, "ADM1", 0),
              List.of())
          .add(Fixtures.city("Dodge City", 37.75, -100.02, "US", "KS", 27_340), List.of())
          .add(Fixtures.city("St. John's", 47.56, -52.71, "CA", "05", 110_525), List.of())
          .add(
              new GazetteerEntry(
                  null, "St John", 49.25, -2.13, "JE", "09", FeatureKind.ADMIN1, "ADM1", 0),
              List.of())
          .add(
              new GazetteerEntry(
                  null, "Delaware", 39.0, -75.5, "US", "DE", FeatureKind.ADMIN1, "ADM1", 0),
              List.of())
          .build();

  private static List<String> foundIn(Gazetteer g, TestDoc d) {
    return new ToponymFinder(g)
        .find(d.text, d.tokens, d.sentences, d.ner).stream().map(Toponym::text).toList();
  }

  /** Villages named like the rests of longer names, a county, a state and a country. */
  private static final Gazetteer TAILS =
      Gazetteer.builder()
          .add(Fixtures.city("Roberts", 42.42, -90.33, "US", "IL", 1_500), List.of())
          .add(Fixtures.city("Yorkshire", 42.53, -78.47, "US", "NY", 1_100), List.of())
          .add(Fixtures.city("Corners", 40.1, -80.2, "US", "PA", 700), List.of())
          .add(
              new GazetteerEntry(
                  null, "Skagit County", 48.48, -121.8, "US", "WA", FeatureKind.ADMIN2, "ADM2", 0),
              List.of())
          .add(
              new GazetteerEntry(
                  null, "Texas", 31.25, -99.25, "US", "TX", FeatureKind.ADMIN1, "ADM1", 0),
              List.of())
          .add(
              new GazetteerEntry(
                  null, "England", 52.16, -0.7, "GB", "ENG", FeatureKind.ADMIN1, "ADM1", 0),
              List.of())
          .build();

  @Test
  void aNameOpenedByACompassWordOrFeatureGenericIsNeverReadByItsRestAlone() {
    // "Point Roberts is a community in ...", "Beebe's Corners is a hamlet in ...": the whole name
    // is the defined settlement, not the villages named Roberts or Corners
    assertThat(foundIn(TAILS, new TestDoc("Point Roberts is a community in Skagit County.")))
        .containsExactly("Point Roberts", "Skagit County");
    assertThat(foundIn(TAILS, new TestDoc("Miller's Corners is a hamlet in Skagit County.")))
        .containsExactly("Miller's Corners", "Skagit County");
    // qualified by a state or country after a comma: not the village Yorkshire
    assertThat(foundIn(TAILS, new TestDoc("She grew up in West Yorkshire, England.")))
        .containsExactly("England");
    // a rest that is a state stays the place the name is part of; lower case is an adjective
    assertThat(foundIn(TAILS, new TestDoc("Storms hit West Texas, England and Wales.")))
        .containsExactly("Texas", "England");
    assertThat(foundIn(TAILS, new TestDoc("He ranches in northern Texas.")))
        .containsExactly("Texas");
    // neither defined nor qualified: read as before (the gold corpora take the rest's point)
    assertThat(
            foundIn(
                TAILS,
                new TestDoc("They fished at Lake Roberts in June.", "Lake Roberts", "LOCATION")))
        .containsExactly("Roberts");
  }

  @Test
  void aFeatureHeadAfterAProperNounIsTheHeadOfThatName() {
    // "Delaware Bay", "Cedar Haven Nursing Home", "the Farallon Islands", tagged as locations: the
    // head noun of a longer name, not the villages GeoNames lists under "Bay", "Haven", "Islands"
    assertThat(
            foundIn(
                HEADS,
                new TestDoc(
                    "Remains were found on Delaware Bay beach.", "Delaware Bay", "LOCATION")))
        .containsExactly("Delaware");
    assertThat(
            foundIn(
                HEADS,
                new TestDoc(
                    "She died at Cedar Haven Nursing Home in Delaware.",
                    "Cedar Haven",
                    "LOCATION")))
        .containsExactly("Delaware");
    assertThat(
            foundIn(
                HEADS,
                new TestDoc(
                    "Birds starve on the Farallon Islands, officials say.",
                    "Farallon Islands",
                    "LOCATION")))
        .isEmpty();
    // the same word after a locative, with no proper noun before it, is still read
    assertThat(foundIn(HEADS, new TestDoc("He moved to Haven in 1990."))).containsExactly("Haven");
  }

  @Test
  void aWordInsideTheNameOfAFacilityIsNoPlace() {
    // "Fort Sanders Medical Center", tagged as a location: a hospital named after a person
    TestDoc d =
        new TestDoc(
            "He died at Fort Sanders Medical Center in Knoxville.",
            "Fort Sanders Medical Center",
            "LOCATION",
            "Knoxville",
            "LOCATION");
    assertThat(foundIn(HEADS, d)).containsExactly("Knoxville");
    // a town at the head of its hospital's name is read as before
    TestDoc town =
        new TestDoc(
            "He died at Sanders Medical Center in Knoxville.",
            "Sanders Medical Center",
            "LOCATION",
            "Knoxville",
            "LOCATION");
    assertThat(foundIn(HEADS, town)).containsExactly("Sanders", "Knoxville");
    assertThat(
            ToponymFinder.insideFacilityName(
                d.tokens,
                d.sentences.get(0),
                indexOf(d, "Sanders", 0),
                indexOf(d, "Sanders", 0) + 1))
        .isTrue();
  }

  @Test
  void aSaintsPossessiveIsAChurchOrSchoolUnlessTheTextPlacesIt() {
    // "St. Michael's Catholic School": the tagger's organisation ends in a civic head, which
    // would read a town at its head; the saint's possessive is the school's name
    TestDoc school =
        new TestDoc(
            "Students at St. Michael's Catholic School in Knoxville won.",
            "St. Michael's Catholic School",
            "ORGANIZATION",
            "Knoxville",
            "LOCATION");
    assertThat(foundIn(HEADS, school)).containsExactly("Knoxville");
    // "St Mary's" without the period: not Mary, Turkmenistan
    assertThat(foundIn(HEADS, new TestDoc("She taught at St Mary's in Knoxville.")))
        .containsExactly("Knoxville");
    // a Canadian province after the comma places the town of the possessive name
    assertThat(foundIn(HEADS, new TestDoc("ST. JOHN'S, N.L. - The victims were remembered.")))
        .containsExactly("ST. JOHN'S");
    // without it, the parish of Jersey named after the saint is not read from a church's name
    assertThat(foundIn(HEADS, new TestDoc("They met at St. John's Lutheran Church."))).isEmpty();
  }

  @Test
  void aCarsMakeAndModelAreNoPlaces() {
    // tagged as the tagger does: the make and model as one organisation, the make alone as one
    TestDoc odyssey =
        new TestDoc(
            "Police said a Honda Odyssey was stolen in Knoxville.",
            "Honda",
            "ORGANIZATION",
            "Knoxville",
            "LOCATION");
    assertThat(foundIn(HEADS, odyssey)).containsExactly("Knoxville");
    TestDoc durango =
        new TestDoc(
            "A red Dodge Durango drove off toward Knoxville.",
            "Durango",
            "LOCATION",
            "Knoxville",
            "LOCATION");
    assertThat(foundIn(HEADS, durango)).containsExactly("Knoxville");
    // a town named after the make is still read
    assertThat(foundIn(HEADS, new TestDoc("He was born in Dodge City in 1950.")))
        .containsExactly("Dodge City");
  }

  @Test
  void aDemonymEndingARegionsOrAPeoplesNameIsNoCountry() {
    // "Native American", "North American", "Northern Turkish": not the country's demonym
    assertThat(found(new TestDoc("Native American artifacts were shown in Dallas.")))
        .containsExactly("Dallas");
    assertThat(found(new TestDoc("The North American strain differs."))).isEmpty();
    assertThat(found(new TestDoc("Northern Turkish towns were flooded."))).isEmpty();
    // African-American, split at the hyphen as CoreNLP does
    assertThat(found(new TestDoc("African - American voters turned out."))).isEmpty();
    // a country whose own name has the opener keeps its demonym
    assertThat(found(new TestDoc("North Macedonian police met in Dallas.")))
        .containsExactly("Macedonian", "Dallas");
    // the demonym alone is still the country
    assertThat(found(new TestDoc("American officials and Turkish troops met.")))
        .containsExactly("American", "Turkish");
  }

  @Test
  void aVesselNounBeforeAPrepositionNamesNoVessel() {
    // "if they boat in Indiana": the state after "in", not a boat's name
    assertThat(
            found(new TestDoc("They must pay taxes if they boat in Texas.", "Texas", "LOCATION")))
        .containsExactly("Texas");
    // the vessel's own name, right after the noun or after its prefix, is still no place
    assertThat(found(new TestDoc("The ferry Texas sank.", "Texas", "LOCATION"))).isEmpty();
    assertThat(found(new TestDoc("The carrier USS Texas docked.", "Texas", "LOCATION"))).isEmpty();
  }

  @Test
  void aPossessiveThatPossessesNothingIsABusiness() {
    // "from McDonald's, Joanna ...", "Sohovich owns Soho's in": the name with the tagger's
    // organisation or person class, after a locative, is a business or a person's home
    assertThat(
            found(
                new TestDoc(
                    "The fire started at Dallas's, a bar in Paris.",
                    "Dallas",
                    "ORGANIZATION",
                    "Paris",
                    "LOCATION")))
        .containsExactly("Paris");
    // a possessive before what it possesses, or a name tagged as a location, is the place
    assertThat(found(new TestDoc("They met in Dallas's downtown.", "Dallas", "ORGANIZATION")))
        .containsExactly("Dallas");
    assertThat(found(new TestDoc("Paris's is bigger, he said in Dallas.", "Paris", "LOCATION")))
        .containsExactly("Paris", "Dallas");
  }

  @Test
  void aSettlementNounAfterTheNameIsAPlaceContext() {
    // untagged, one word, at the sentence start: before, only countries were read there
    assertThat(found(new TestDoc("Theodore is a town in Mobile County. It has a school.")))
        .containsExactly("Theodore");
    assertThat(found(new TestDoc("Theodore said the school was closed."))).isEmpty();
  }

  @Test
  void aDefinedSettlementNamedAfterAPersonIsThePlaceWhereTheTaggerSaysPerson() {
    TestDoc d =
        new TestDoc(
            "Roosevelt is a village in Nassau County. It was named for Theodore Roosevelt."
                + " Today Roosevelt has a library.",
            "Theodore Roosevelt",
            "PERSON");
    tag(d, indexOf(d, "Roosevelt", 0), "PERSON");
    tag(d, indexOf(d, "Roosevelt", 2), "PERSON");
    assertThat(found(d)).containsExactly("Roosevelt", "Roosevelt");
  }

  @Test
  void withoutTheDefinitionTheSurnameStaysAPerson() {
    TestDoc d =
        new TestDoc(
            "The library in Roosevelt was named for Theodore Roosevelt. Today Roosevelt is"
                + " remembered.",
            "Theodore Roosevelt",
            "PERSON");
    tag(d, indexOf(d, "Roosevelt", 2), "PERSON");
    // "in Roosevelt" is a place; the surname alone, tagged as a person, is not
    assertThat(found(d)).containsExactly("Roosevelt");
  }

  @Test
  void aDefinitionEndsWithItsSettlementNoun() {
    assertThat(ToponymFinder.settlementNoun("X is a town in Y.", 1)).isTrue();
    assertThat(ToponymFinder.settlementNoun("X (太良町, Tara-chō) is a town and peninsula in Y", 1))
        .isTrue();
    assertThat(ToponymFinder.settlementNoun("X is a census-designated place (CDP) in Y", 1))
        .isTrue();
    assertThat(ToponymFinder.settlementNoun("X, a village near Y", 1)).isTrue();
    // people: the noun does not end the phrase, or a preposition comes before it
    assertThat(ToponymFinder.settlementNoun("X, a county commissioner, said", 1)).isFalse();
    assertThat(ToponymFinder.settlementNoun("X is a resident of the town of Y", 1)).isFalse();
    assertThat(ToponymFinder.settlementNoun("X said the city was safe", 1)).isFalse();
  }

  @Test
  void aDefinedNameIsAPlaceWhereTheTaggerTookItForACommonWord() {
    Gazetteer g =
        Gazetteer.builder()
            .add(Fixtures.city("Sale", -38.1, 147.07, "AU", "07", 13_336), List.of())
            .build();
    TestDoc d = new TestDoc("Sale is a city in Gippsland. Sale has a port. Homes for sale.");
    for (int i = 0; i < d.tokens.size(); i++) {
      Token t = d.tokens.get(i);
      if (t.word().equals("Sale")) {
        d.tokens.set(i, new Token(i, 0, t.start(), t.end(), t.word(), "NN", "sale", "O"));
      }
    }
    assertThat(new ToponymFinder(g).find(d.text, d.tokens, d.sentences, d.ner))
        .extracting(Toponym::text)
        .containsExactly("Sale", "Sale");
    TestDoc plain = new TestDoc("Sale of the year. Sale has a port. Homes for sale.");
    assertThat(new ToponymFinder(g).find(plain.text, plain.tokens, plain.sentences, plain.ner))
        .isEmpty();
  }

  @Test
  void aTownEndingAnOrganisationsNameAfterOfIsAPlace() {
    // the tagger takes the person and her town for one organisation
    assertThat(
            found(
                new TestDoc(
                    "Jane Bright of Dallas was charged.", "Jane Bright of Dallas", "ORGANIZATION")))
        .containsExactly("Dallas");
    // not at the head of a firm's name
    assertThat(
            found(
                new TestDoc(
                    "The Dallas Bright Foundation gave.",
                    "Dallas Bright Foundation",
                    "ORGANIZATION")))
        .isEmpty();
  }

  @Test
  void aDivisionsOrRegionsDemonymIsAMentionOfIt() {
    GazetteerEntry ohio =
        new GazetteerEntry(null, "Ohio", 40.25, -83.0, "US", "OH", FeatureKind.ADMIN1, "ADM1", 0);
    GazetteerEntry ossetia =
        new GazetteerEntry(
            null, "South Ossetia", 42.23, 43.97, "GE", "", FeatureKind.REGION, "RGN", 0);
    Gazetteer g =
        Gazetteer.builder()
            .addWithDemonyms(ohio, List.of("Ohio"), List.of("Ohioan", "Ohioans"))
            .addWithDemonyms(
                ossetia, List.of("South Ossetia"), List.of("South Ossetian", "South Ossetians"))
            .build();
    TestDoc d =
        new TestDoc(
            "Ohioans slow to receive aid. South Ossetian officials met Georgians and New Yorkers.",
            "South Ossetian",
            "MISC");
    List<Toponym> found = new ToponymFinder(g).find(d.text, d.tokens, d.sentences, d.ner);
    // the state's and the breakaway region's demonyms (gazetteer/demonyms.tsv gives them to the
    // index); "Georgians" and "New Yorkers" name no entry of this index
    assertThat(found).extracting(Toponym::text).containsExactly("Ohioans", "South Ossetian");
    assertThat(found).extracting(t -> t.candidates().get(0)).containsExactly(ohio, ossetia);
    assertThat(found).allMatch(Toponym::demonym);
  }

  @Test
  void aSeaOrRegionOfTheSupplementIsThePlaceAlsoWhenTaggedAsAnotherName() {
    GazetteerEntry sea =
        new GazetteerEntry(null, "Mediterranean Sea", 35, 18, "", "", FeatureKind.REGION, "SEA", 0);
    GazetteerEntry town = Fixtures.city("Meditown", 40, 20, "IT", "01", 2_000);
    Gazetteer g =
        Gazetteer.builder().add(sea, List.of("Mediterranean")).add(town, List.of("Medi")).build();
    TestDoc d =
        new TestDoc(
            "Cases rose around the Mediterranean this year. Medi said so.",
            "Mediterranean",
            "MISC",
            "Medi",
            "MISC");
    // the sea under its short name; not a town's alternate name tagged as another name class
    assertThat(new ToponymFinder(g).find(d.text, d.tokens, d.sentences, d.ner))
        .extracting(Toponym::text)
        .containsExactly("Mediterranean");
  }

  @Test
  void namesListedBeforeCountiesAreCounties() {
    TestDoc d = new TestDoc("The rate in Clarke, Madison, Oconee, and Oglethorpe counties rose.");
    int clarke = indexOf(d, "Clarke", 0);
    int ogle = indexOf(d, "Oglethorpe", 0);
    assertThat(ToponymFinder.countyList(d.tokens, d.sentences.get(0), clarke, clarke + 1)).isTrue();
    assertThat(ToponymFinder.countyList(d.tokens, d.sentences.get(0), ogle, ogle + 1)).isTrue();
    TestDoc metro = new TestDoc("The four metro Athens counties saw Clarke leave.");
    int athens = indexOf(metro, "Athens", 0);
    int clarke2 = indexOf(metro, "Clarke", 0);
    assertThat(ToponymFinder.countyList(metro.tokens, metro.sentences.get(0), athens, athens + 1))
        .isFalse();
    assertThat(ToponymFinder.countyList(metro.tokens, metro.sentences.get(0), clarke2, clarke2 + 1))
        .isFalse();
  }

  @Test
  void aCountyListMakesATaggedPersonNameTheCounty() {
    GazetteerEntry walker =
        new GazetteerEntry(
            null, "Walker County", 30.74, -95.57, "US", "TX", FeatureKind.ADMIN2, "ADM2", 67_000);
    GazetteerEntry walkerTown = Fixtures.city("Walker", 30.5, -91.0, "US", "LA", 6_000);
    Gazetteer g =
        Gazetteer.builder().add(walker, List.of("Walker")).add(walkerTown, List.of()).build();
    TestDoc d = new TestDoc("Rain fell in Walker and Grimes counties.", "Walker", "PERSON");
    List<Toponym> ts = new ToponymFinder(g).find(d.text, d.tokens, d.sentences, d.ner);
    assertThat(ts).extracting(Toponym::text).containsExactly("Walker");
    assertThat(ts.get(0).candidates()).containsExactly(walker);
    assertThat(ts.get(0).division()).isTrue();
  }

  @Test
  void aTownBeforeAPartyNounIsThePoliticiansTown() {
    assertThat(ToponymFinder.partisan("a", "republican")).isTrue();
    assertThat(ToponymFinder.partisan("the", "democrat")).isTrue();
    assertThat(ToponymFinder.partisan("said", "democrat")).isFalse();
    assertThat(ToponymFinder.partisan("a", "senator")).isFalse();
    // the tagger joins town and party into one organisation: the town is still the place
    assertThat(
            found(
                new TestDoc(
                    "Sen. Jon Husted, a Theodore Republican, spoke.",
                    "Theodore Republican",
                    "ORGANIZATION")))
        .containsExactly("Theodore");
    // untagged, after "the": the party noun is no newspaper's head here
    assertThat(found(new TestDoc("The bill passed, the Theodore Democrat said.")))
        .containsExactly("Theodore");
    // without the article it stays a newspaper's or a party's name
    assertThat(
            found(
                new TestDoc(
                    "Theodore Republican reported it.", "Theodore Republican", "ORGANIZATION")))
        .isEmpty();
  }

  @Test
  void aNameAfterACapitalisedPossessiveIsPartOfThatName() {
    // "Moore's Ford": the bridge, not the town named elsewhere in the article (one sense per
    // discourse would otherwise read it; Theodore stands for Ford here)
    TestDoc d =
        possessivesSplit(
            new TestDoc("He lives in Theodore. The lynching at Moore's Theodore was reopened."));
    assertThat(new ToponymFinder(G).find(d.text, d.tokens, d.sentences, d.ner))
        .extracting(Toponym::start)
        .containsExactly(d.text.indexOf("Theodore"));
    TestDoc curly =
        possessivesSplit(
            new TestDoc(
                "He lives in Theodore. The lynching at Moore\u2019s Theodore was reopened."));
    assertThat(found(curly)).hasSize(1);
    // a lower-case possessive is no name: the other mention is read (one sense per discourse)
    TestDoc common =
        possessivesSplit(
            new TestDoc("He lives in Theodore. The lynching at the town's Theodore was reopened."));
    assertThat(found(common)).hasSize(2);
  }

  /** Splits "Moore's" into "Moore" and "'s", as CoreNLP's tokenizer does. */
  private static TestDoc possessivesSplit(TestDoc d) {
    List<Token> split = new java.util.ArrayList<>();
    for (Token t : d.tokens) {
      String w = t.word();
      if (w.length() > 2 && (w.endsWith("'s") || w.endsWith("\u2019s"))) {
        int cut = t.end() - 2;
        String head = w.substring(0, w.length() - 2);
        split.add(new Token(split.size(), 0, t.start(), cut, head, t.pos(), head, "O"));
        String tail = w.substring(w.length() - 2);
        split.add(new Token(split.size(), 0, cut, t.end(), tail, "POS", tail, "O"));
      } else {
        split.add(new Token(split.size(), 0, t.start(), t.end(), w, t.pos(), w, "O"));
      }
    }
    d.tokens.clear();
    d.tokens.addAll(split);
    d.sentences.set(0, new org.sitrep.core.nlp.Sentence(0, 0, d.text.length(), 0, split.size()));
    return d;
  }

  @Test
  void aTownBeforeAManOrResidentIsWhereThePersonLives() {
    assertThat(ToponymFinder.townsfolk("a", "man")).isTrue();
    assertThat(ToponymFinder.townsfolk("60-year-old", "resident")).isTrue();
    assertThat(ToponymFinder.townsfolk("a", "spokesman")).isFalse();
    assertThat(ToponymFinder.townsfolk("said", "man")).isFalse();
    // the tagger's person, in a local news style: a place context
    assertThat(found(new TestDoc("A Theodore man was hurt.", "Theodore", "PERSON")))
        .containsExactly("Theodore");
    assertThat(found(new TestDoc("Theodore was hurt.", "Theodore", "PERSON"))).isEmpty();
    // not an other-name class ("an Arab woman")
    assertThat(found(new TestDoc("A Theodore woman spoke.", "Theodore", "MISC"))).isEmpty();
  }

  @Test
  void aTownOpeningItsGovernmentBuildingOrServiceIsAPlace() {
    assertThat(
            found(
                new TestDoc(
                    "Offices moved to the Dallas Government Center.",
                    "Dallas Government Center",
                    "ORGANIZATION")))
        .containsExactly("Dallas");
    assertThat(
            found(
                new TestDoc(
                    "The Dallas Seniors Center opened.", "Dallas Seniors Center", "ORGANIZATION")))
        .containsExactly("Dallas");
  }

  @Test
  void aTownBeforeAnOfficialsTitleIsThePlaceOfTheOffice() {
    assertThat(
            found(
                new TestDoc(
                    "Dallas Sheriff John Smith said so.", "Dallas Sheriff John Smith", "PERSON")))
        .containsExactly("Dallas");
    // a first name is no town
    assertThat(found(new TestDoc("Dallas Smith said so.", "Dallas Smith", "PERSON"))).isEmpty();
  }

  @Test
  void aTownTaggedAloneOrUntaggedBeforeAnOfficialsTitleIsThePlaceOfTheOffice() {
    // the tagger's mention ends before the title, or there is none: the town is still named
    TestDoc alone =
        new TestDoc(
            "It is named after the late Theodore Mayor Ted Fithian.",
            "Theodore",
            "PERSON",
            "Ted Fithian",
            "PERSON");
    assertThat(found(alone)).containsExactly("Theodore");
    assertThat(
            found(
                new TestDoc(
                    "It was opposed by Theodore Mayor Ray Melton.", "Ray Melton", "PERSON")))
        .containsExactly("Theodore");
    // a title's modifier is no town, nor is a surname of the article
    TestDoc vice = new TestDoc("It was opposed by Vice Mayor Ray Melton.", "Ray Melton", "PERSON");
    assertThat(
            new ToponymFinder(
                    Gazetteer.builder()
                        .add(Fixtures.city("Vice", -8.2, -78.9, "PE", "20", 9_000), List.of())
                        .build())
                .find(vice.text, vice.tokens, vice.sentences, vice.ner))
        .isEmpty();
    TestDoc surname =
        new TestDoc(
            "Ann Theodore spoke. Theodore Mayor Ray Melton agreed.",
            "Ann Theodore",
            "PERSON",
            "Ray Melton",
            "PERSON");
    assertThat(found(surname)).isEmpty();
  }

  @Test
  void aTownEndingAPersonsTaggedNameAfterOfIsWhereTheyComeFrom() {
    assertThat(
            found(
                new TestDoc(
                    "Chairman Terry Lee of Theodore spoke.", "Terry Lee of Theodore", "PERSON")))
        .containsExactly("Theodore");
    assertThat(found(new TestDoc("Chairman Theodore Lee spoke.", "Theodore Lee", "PERSON")))
        .isEmpty();
  }

  @Test
  void aBareCountyInACountyListIsReadThoughItsOtherReadingsAreAlternateOrTiny() {
    GazetteerEntry love =
        new GazetteerEntry(
            null, "Love County", 33.95, -97.24, "US", "OK", FeatureKind.ADMIN2, "ADM2", 9_400);
    GazetteerEntry loveHamlet = Fixtures.city("Love", 53.5, -104.2, "CA", "11", 60);
    GazetteerEntry gilchrist =
        new GazetteerEntry(
            null, "Gilchrist County", 29.7, -82.8, "US", "FL", FeatureKind.ADMIN2, "ADM2", 16_000);
    GazetteerEntry wheatland = Fixtures.city("Wheatland", 42.05, -104.95, "US", "WY", 3_659);
    Gazetteer g =
        Gazetteer.builder()
            .add(love, List.of("Love"))
            .add(loveHamlet, List.of())
            .add(gilchrist, List.of("Gilchrist"))
            .add(wheatland, List.of("Gilchrist"))
            .build();
    // untagged: a hamlet of 60 people and the county stem; the list names the level
    TestDoc d = new TestDoc("Girls from Cooke, Grayson and Love counties will compete.");
    List<Toponym> ts = new ToponymFinder(g).find(d.text, d.tokens, d.sentences, d.ner);
    assertThat(ts).extracting(Toponym::text).containsExactly("Love");
    assertThat(ts.get(0).candidates()).containsExactly(love);
    // tagged as a person, and otherwise only an alternate name of a town: the list still reads it
    TestDoc tagged =
        new TestDoc("Homes were sold in Alachua and Gilchrist counties.", "Gilchrist", "PERSON");
    assertThat(new ToponymFinder(g).find(tagged.text, tagged.tokens, tagged.sentences, tagged.ner))
        .extracting(Toponym::text)
        .containsExactly("Gilchrist");
    // without the list the alternate-name guard keeps the person
    TestDoc person = new TestDoc("Homes were sold by Gilchrist in March.", "Gilchrist", "PERSON");
    assertThat(new ToponymFinder(g).find(person.text, person.tokens, person.sentences, person.ner))
        .isEmpty();
  }

  @Test
  void aDatelineWithOneSmallLetterIsReadLikeOneInCapitals() {
    // "DeKALB –": the tagger takes the capitals for a common noun
    TestDoc d = new TestDoc("THEODORE \u2013 Residents met.");
    d.tokens.set(0, retag(d.tokens.get(0), "NN"));
    assertThat(found(d)).containsExactly("THEODORE");
    TestDoc mixed = new TestDoc("ThEODORE \u2013 Residents met.");
    mixed.tokens.set(0, retag(mixed.tokens.get(0), "NN"));
    assertThat(found(mixed)).containsExactly("ThEODORE");
    // not a dateline: no dash after it
    TestDoc plain = new TestDoc("ThEODORE Residents met.");
    plain.tokens.set(0, retag(plain.tokens.get(0), "NN"));
    assertThat(found(plain)).isEmpty();
  }

  @Test
  void aTownBeforeItsPoliceSchoolBoardOrVotersIsAPlace() {
    assertThat(ToponymFinder.localBody("police", "said")).isTrue();
    assertThat(ToponymFinder.localBody("school", "board")).isTrue();
    assertThat(ToponymFinder.localBody("school", "bus")).isFalse();
    assertThat(ToponymFinder.localBody("officials", "said")).isFalse();
    // untagged and small: no locative, yet the town's police
    assertThat(found(new TestDoc("Theodore police said the road was closed.")))
        .containsExactly("Theodore");
    assertThat(found(new TestDoc("The Theodore school board met."))).containsExactly("Theodore");
    assertThat(found(new TestDoc("Theodore spokesmen said the road was closed."))).isEmpty();
    // tagged as a person: the town's voters, unless the name is a surname of the article
    assertThat(found(new TestDoc("Theodore voters said no.", "Theodore", "PERSON")))
        .containsExactly("Theodore");
    TestDoc surname =
        new TestDoc("Mary Theodore won. Theodore voters said yes.", "Mary Theodore", "PERSON");
    tag(surname, indexOf(surname, "Theodore", 1), "PERSON");
    assertThat(found(surname)).isEmpty();
  }

  @Test
  void aTownBeforeAMunicipalHeadInsideALongerOrganisationNameIsAPlace() {
    assertThat(
            found(
                new TestDoc(
                    "The Western Theodore Education Foundation received $100.",
                    "Western Theodore Education Foundation",
                    "ORGANIZATION")))
        .containsExactly("Theodore");
    // a university after a name inside the organisation is a person's: "Johns Hopkins University"
    assertThat(
            found(
                new TestDoc(
                    "The John Theodore University received $100.",
                    "John Theodore University",
                    "ORGANIZATION")))
        .isEmpty();
  }

  @Test
  void aDemonymInsideAHyphenatedLocationIsItsCountry() {
    // "the Turkish-American talks", split at the hyphen as CoreNLP does and tagged as one location
    TestDoc d = new TestDoc("The Turkish-American talks ended.");
    List<Token> split = new java.util.ArrayList<>();
    for (Token t : d.tokens) {
      if (t.word().equals("Turkish-American")) {
        int at = t.start();
        for (String w : new String[] {"Turkish", "-", "American"}) {
          split.add(new Token(split.size(), 0, at, at + w.length(), w, "JJ", w, "LOCATION"));
          at += w.length();
        }
      } else {
        split.add(
            new Token(split.size(), 0, t.start(), t.end(), t.word(), t.pos(), t.lemma(), "O"));
      }
    }
    d.tokens.clear();
    d.tokens.addAll(split);
    d.sentences.set(0, new org.sitrep.core.nlp.Sentence(0, 0, d.text.length(), 0, split.size()));
    int from = indexOf(d, "Turkish", 0);
    d.ner.add(
        new NerMention(
            d.tokens.get(from).start(),
            d.tokens.get(from + 2).end(),
            "Turkish-American",
            "LOCATION",
            from,
            from + 3));
    assertThat(found(d)).containsExactly("Turkish", "American");
    // a demonym inside a longer organisation's name stays out ("Turkish Armed Forces")
    assertThat(
            found(
                new TestDoc(
                    "The Turkish Armed Forces moved.", "Turkish Armed Forces", "ORGANIZATION")))
        .isEmpty();
  }

  @Test
  void aQualifierOfSeveralWordsMakesASentenceInitialNameAPlace() {
    GazetteerEntry buffalo = Fixtures.city("Buffalo", 42.89, -78.88, "US", "NY", 261_310);
    GazetteerEntry newYork =
        new GazetteerEntry(null, "New York", 43, -75.5, "US", "NY", FeatureKind.ADMIN1, "ADM1", 0);
    Gazetteer g = Gazetteer.builder().add(buffalo, List.of()).add(newYork, List.of()).build();
    TestDoc d = new TestDoc("Buffalo, New York may be a choice.");
    assertThat(new ToponymFinder(g).find(d.text, d.tokens, d.sentences, d.ner))
        .extracting(Toponym::text)
        .containsExactly("Buffalo", "New York");
    // a name of several words after the comma that is no country or state qualifies nothing
    TestDoc other = new TestDoc("Buffalo, New Haven and others may be a choice.");
    assertThat(new ToponymFinder(g).find(other.text, other.tokens, other.sentences, other.ner))
        .isEmpty();
  }

  @Test
  void accordingToIntroducesASourceNotAPlace() {
    assertThat(ToponymFinder.sourceTo("according", "to")).isTrue();
    assertThat(ToponymFinder.sourceTo("went", "to")).isFalse();
    assertThat(found(new TestDoc("According to Theodore, the tests were negative."))).isEmpty();
    assertThat(found(new TestDoc("He drove to Theodore, where the tests were negative.")))
        .containsExactly("Theodore");
  }

  @Test
  void aClimateModeIsNotItsOcean() {
    GazetteerEntry pacific =
        new GazetteerEntry(null, "Pacific Ocean", 0, -160, "", "", FeatureKind.REGION, "OCN", 0);
    Gazetteer g = Gazetteer.builder().add(pacific, List.of("Pacific")).build();
    TestDoc d =
        new TestDoc(
            "A warm Pacific Decadal Oscillation phase hit the Pacific coast.",
            "Pacific",
            "LOCATION");
    List<Toponym> ts = new ToponymFinder(g).find(d.text, d.tokens, d.sentences, d.ner);
    assertThat(ts).extracting(Toponym::start).containsExactly(d.text.lastIndexOf("Pacific"));
  }

  @Test
  void aCountysFullNameIsNoPersonAndNoVerb() {
    // "Henry County's unemployment rate", tagged as a person
    TestDoc person = possessivesSplit(new TestDoc("Walker County's jobless rate fell."));
    person.ner.add(
        new NerMention(0, "Walker County".length(), "Walker County", "PERSON", 0, 2)); // tokens 0-1
    assertThat(found(person)).containsExactly("Walker County");
    // "Licking County Prosecutor": the first word tagged as a verb
    TestDoc verb = new TestDoc("Walker County Prosecutor Ken Oswalt said so.");
    verb.tokens.set(0, retag(verb.tokens.get(0), "VBG"));
    assertThat(found(verb)).containsExactly("Walker County");
    // inside a person's tagged title
    assertThat(
            found(
                new TestDoc(
                    "The Walker County Fair Queen waved.", "Walker County Fair Queen", "PERSON")))
        .containsExactly("Walker County");
    // the bare name tagged as a person stays a person
    TestDoc bare = possessivesSplit(new TestDoc("Walker's jobless rate fell."));
    bare.ner.add(new NerMention(0, "Walker".length(), "Walker", "PERSON", 0, 1));
    assertThat(found(bare)).isEmpty();
  }

  @Test
  void aCanadianProvinceAbbreviationAfterACommaIsTheProvince() {
    GazetteerEntry nl =
        new GazetteerEntry(
            null, "Newfoundland and Labrador", 52, -56, "CA", "05", FeatureKind.ADMIN1, "ADM1", 0);
    Gazetteer g = Gazetteer.builder().add(nl, List.of()).build();
    TestDoc d = new TestDoc("ST. JOHN'S, N.L. - The victims were named.");
    List<Toponym> ts = new ToponymFinder(g).find(d.text, d.tokens, d.sentences, d.ner);
    assertThat(ts).extracting(Toponym::text).containsExactly("N.L.");
    assertThat(ts.get(0).candidates()).containsExactly(nl);
    // not without the comma
    TestDoc plain = new TestDoc("The N.L. victims were named.");
    assertThat(new ToponymFinder(g).find(plain.text, plain.tokens, plain.sentences, plain.ner))
        .isEmpty();
  }

  @Test
  void theWordAfterSaintIsNoPlaceOfItsOwnAndCapitalsAreSpelledOut() {
    GazetteerEntry saintPaul = Fixtures.city("Saint Paul", 44.94, -93.09, "US", "MN", 285_068);
    GazetteerEntry paul = Fixtures.city("Paul", 17.15, -25.02, "CV", "04", 7_000);
    Gazetteer g = Gazetteer.builder().add(saintPaul, List.of()).add(paul, List.of()).build();
    // the headline's capitals are spelled out like "St."
    TestDoc caps = new TestDoc("Man held in ST. PAUL today.");
    // CoreNLP keeps the abbreviation's dot in its token: "ST."
    List<Token> merged = new java.util.ArrayList<>();
    for (Token t : caps.tokens) {
      if (t.word().equals(".")
          && !merged.isEmpty()
          && merged.get(merged.size() - 1).word().equals("ST")) {
        Token st = merged.remove(merged.size() - 1);
        merged.add(new Token(merged.size(), 0, st.start(), t.end(), "ST.", "NNP", "ST.", "O"));
      } else {
        merged.add(
            new Token(merged.size(), 0, t.start(), t.end(), t.word(), t.pos(), t.lemma(), "O"));
      }
    }
    caps.tokens.clear();
    caps.tokens.addAll(merged);
    caps.sentences.set(
        0, new org.sitrep.core.nlp.Sentence(0, 0, caps.text.length(), 0, merged.size()));
    List<Toponym> ts = new ToponymFinder(g).find(caps.text, caps.tokens, caps.sentences, caps.ner);
    assertThat(ts).extracting(Toponym::text).containsExactly("ST. PAUL");
    assertThat(ts.get(0).candidates()).containsExactly(saintPaul);
    // a "St. Paul" the finder refuses (a newspaper's head follows) leaves no "Paul" behind, even
    // where the article names Paul elsewhere
    TestDoc paper =
        new TestDoc("He went to Paul on Monday and told the St. Paul Pioneer Press so.");
    assertThat(new ToponymFinder(g).find(paper.text, paper.tokens, paper.sentences, paper.ner))
        .extracting(Toponym::start)
        .containsExactly(paper.text.indexOf("Paul"));
  }

  private static Token retag(Token t, String pos) {
    return new Token(
        t.index(), t.sentence(), t.start(), t.end(), t.word(), pos, t.lemma(), t.ner());
  }

  /** The doc with {@code word} split into {@code parts}, as CoreNLP splits at hyphens. */
  private static TestDoc splitWord(TestDoc d, String word, String... parts) {
    List<Token> split = new java.util.ArrayList<>();
    for (Token t : d.tokens) {
      if (t.word().equals(word)) {
        int at = t.start();
        for (String w : parts) {
          String pos = Character.isUpperCase(w.charAt(0)) ? "NNP" : "JJ";
          split.add(new Token(split.size(), 0, at, at + w.length(), w, pos, w, t.ner()));
          at += w.length();
        }
      } else {
        split.add(
            new Token(split.size(), 0, t.start(), t.end(), t.word(), t.pos(), t.lemma(), t.ner()));
      }
    }
    d.tokens.clear();
    d.tokens.addAll(split);
    d.sentences.set(0, new org.sitrep.core.nlp.Sentence(0, 0, d.text.length(), 0, split.size()));
    return d;
  }

  @Test
  void anAgeSplitAtItsHyphensStillMakesTheNameBeforeAManATown() {
    assertThat(ToponymFinder.ageBefore("The 60-year-old Alton man", 16, "old"))
        .isEqualTo("60-year-old");
    assertThat(ToponymFinder.ageBefore("An old Alton man", 7, "old")).isEqualTo("old");
    assertThat(ToponymFinder.ageBefore("a Theodore man", 2, "a")).isEqualTo("a");
    TestDoc d =
        splitWord(
            new TestDoc("The 60-year-old Theodore man was hurt.", "Theodore", "PERSON"),
            "60-year-old",
            "60",
            "-",
            "year",
            "-",
            "old");
    assertThat(found(d)).containsExactly("Theodore");
    // "old" alone is no age: "the old Theodore man" stays the tagger's person
    assertThat(found(new TestDoc("The old Theodore man was hurt.", "Theodore", "PERSON")))
        .isEmpty();
  }

  @Test
  void aPronunciationOrAnotherSpellingMayStandBetweenTheNameAndTheDefinition() {
    assertThat(ToponymFinder.settlementNoun("X /ˈkæməs/ is a city in Y", 1)).isTrue();
    assertThat(ToponymFinder.settlementNoun("X or Shandi (Arabic: شندي) is a town in Y", 1))
        .isTrue();
    // a lower-case word after "or" is no spelling; a slash pair must close
    assertThat(ToponymFinder.settlementNoun("X or perhaps is a town in Y", 1)).isFalse();
    assertThat(ToponymFinder.settlementNoun("X / Y is a town in Z", 1)).isFalse();
    assertThat(found(new TestDoc("Theodore /ˈθiːədɔːr/ is a town in Mobile County.")))
        .containsExactly("Theodore");
  }

  @Test
  void aTownAfterAnUrbanAreaWordEndingAnOrganisationIsAPlace() {
    assertThat(
            found(
                new TestDoc(
                    "He heads United Way of Metropolitan Dallas now.",
                    "United Way of Metropolitan Dallas",
                    "ORGANIZATION")))
        .containsExactly("Dallas");
    // not inside the name ("Metropolitan Dallas Bank"), nor after another word ("United Dallas")
    assertThat(
            found(
                new TestDoc(
                    "He heads Metropolitan Dallas Bank now.",
                    "Metropolitan Dallas Bank",
                    "ORGANIZATION")))
        .isEmpty();
    assertThat(found(new TestDoc("He heads United Dallas now.", "United Dallas", "ORGANIZATION")))
        .isEmpty();
  }

  @Test
  void aCountryOrStateBeforeAHyphenatedLowerCaseWordIsThePlace() {
    TestDoc d =
        splitWord(
            new TestDoc("A Texas-based firm and a Syria-led talk.", "Texas-based", "MISC"),
            "Texas-based",
            "Texas",
            "-",
            "based");
    // the tagger's one mention over the compound, as CoreNLP gives it
    d.ner.clear();
    int from = indexOf(d, "Texas", 0);
    d.ner.add(
        new NerMention(
            d.tokens.get(from).start(),
            d.tokens.get(from + 2).end(),
            "Texas-based",
            "MISC",
            from,
            from + 3));
    assertThat(found(d)).containsExactly("Texas");
    // a town is no such modifier: "Dallas-based" inside a tagged compound stays out
    TestDoc town =
        splitWord(
            new TestDoc("A Dallas-based firm grew.", "Dallas-based", "MISC"),
            "Dallas-based",
            "Dallas",
            "-",
            "based");
    town.ner.clear();
    int at = indexOf(town, "Dallas", 0);
    town.ner.add(
        new NerMention(
            town.tokens.get(at).start(),
            town.tokens.get(at + 2).end(),
            "Dallas-based",
            "MISC",
            at,
            at + 3));
    assertThat(found(town)).isEmpty();
  }

  @Test
  void aNameAfterAModelYearAndBeforeAModelIsACarsMake() {
    // "Dallas" stands in for a make that GeoNames also lists as a town (Honda, Toyota)
    assertThat(found(new TestDoc("He drove a 2005 Dallas Civic in Texas.")))
        .containsExactly("Texas");
    // a year before a place in a context of its own stays a place
    assertThat(found(new TestDoc("In 2005 Dallas grew, said the mayor of Dallas.")))
        .containsExactly("Dallas", "Dallas");
    // a country or state after a year is no make: "a 2007 U.S. Supreme Court decision"
    assertThat(found(new TestDoc("A 2007 Texas Supreme Court decision stood.")))
        .containsExactly("Texas");
    TestDoc d = new TestDoc("x 1999 Dallas Civic");
    assertThat(ToponymFinder.modelYearBefore(d.tokens, d.sentences.get(0), 2, 3)).isTrue();
    assertThat(ToponymFinder.modelYearBefore(d.tokens, d.sentences.get(0), 1, 2)).isFalse();
  }

  @Test
  void theWhiteHouseIsNoTown() {
    Gazetteer g =
        Gazetteer.builder()
            .add(Fixtures.US, List.of("United States"))
            .add(
                new GazetteerEntry(
                    null,
                    "White House",
                    36.47,
                    -86.65,
                    "US",
                    "TN",
                    FeatureKind.CITY,
                    "PPL",
                    12_000),
                List.of())
            .build();
    TestDoc d =
        new TestDoc("The United States said the White House would act.", "White House", "LOCATION");
    assertThat(new ToponymFinder(g).find(d.text, d.tokens, d.sentences, d.ner))
        .extracting(Toponym::text)
        .containsExactly("United States");
    TestDoc town = new TestDoc("He lives in White House, near Nashville.");
    assertThat(new ToponymFinder(g).find(town.text, town.tokens, town.sentences, town.ner))
        .extracting(Toponym::text)
        .containsExactly("White House");
  }
}
