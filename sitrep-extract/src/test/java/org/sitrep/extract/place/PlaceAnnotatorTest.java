package org.sitrep.extract.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.extract.place.gazetteer.Gazetteer;
import org.sitrep.extract.place.gazetteer.GazetteerEntry;

class PlaceAnnotatorTest {
  private static final Gazetteer G = Fixtures.gazetteer();

  /** Surface text of each toponym found, with the entry it was resolved to. */
  private static Map<String, GazetteerEntry> run(TestDoc d) {
    return Fixtures.resolve(G, d);
  }

  @Test
  void countriesWinOverTownsOfTheSameName() {
    Map<String, GazetteerEntry> r =
        run(new TestDoc("Fighters crossed into Turkey last week.", "Turkey", "LOCATION"));
    assertThat(r).containsEntry("Turkey", Fixtures.TURKEY);
  }

  @Test
  void aQualifierChoosesTheTownNamedAfterIt() {
    Map<String, GazetteerEntry> r =
        run(
            new TestDoc(
                "He moved to Damascus, Oregon, in May.",
                "Damascus",
                "LOCATION",
                "Oregon",
                "LOCATION"));
    assertThat(r).containsEntry("Damascus", Fixtures.DAMASCUS_OR);
    assertThat(r).containsEntry("Oregon", Fixtures.OREGON);
    assertThat(run(new TestDoc("Shelling hit Damascus.", "Damascus", "LOCATION")))
        .containsEntry("Damascus", Fixtures.DAMASCUS_SY);
  }

  @Test
  void theArticleContextMovesAnAmbiguousCity() {
    assertThat(run(new TestDoc("The festival in Paris drew crowds.", "Paris", "LOCATION")))
        .containsEntry("Paris", Fixtures.PARIS_FR);
    Map<String, GazetteerEntry> r =
        run(
            new TestDoc(
                "Voters in Texas and Dallas agreed. Paris will vote in Texas next week.",
                "Texas",
                "LOCATION",
                "Dallas",
                "LOCATION",
                "Paris",
                "LOCATION"));
    assertThat(r).containsEntry("Paris", Fixtures.PARIS_TX);
  }

  @Test
  void namesOfOneLocalStorySupportEachOther() {
    Map<String, GazetteerEntry> r =
        run(
            new TestDoc(
                "Deputies in Walker County, Texas, said the fire near Huntsville was out.",
                "Walker County",
                "LOCATION",
                "Huntsville",
                "LOCATION",
                "Texas",
                "LOCATION"));
    assertThat(r).containsEntry("Walker County", Fixtures.WALKER_TX);
    assertThat(r).containsEntry("Huntsville", Fixtures.HUNTSVILLE_TX);
    assertThat(run(new TestDoc("The rocket left Huntsville.", "Huntsville", "LOCATION")))
        .containsEntry("Huntsville", Fixtures.HUNTSVILLE_AL);
  }

  @Test
  void transliterationsAndNerMistakesStillResolve() {
    Map<String, GazetteerEntry> r =
        run(
            new TestDoc(
                "Operatives from Raqqa and Deir al-Zour fled, and a strike hit Al Shafah, Syria."
                    + " Turkish troops were in Afrin.",
                "Deir al-Zour",
                "PERSON",
                "Afrin",
                "ORGANIZATION",
                "Syria",
                "LOCATION"));
    assertThat(r).containsEntry("Deir al-Zour", Fixtures.DEIR);
    assertThat(r).containsEntry("Al Shafah", Fixtures.SHAFAH);
    assertThat(r).containsEntry("Afrin", Fixtures.AFRIN);
    assertThat(r).doesNotContainKey("Al");
    assertThat(r).containsEntry("Turkish", Fixtures.TURKEY);
  }

  @Test
  void peopleShipsAndOrganisationsAreNotPlaces() {
    Map<String, GazetteerEntry> r =
        run(
            new TestDoc(
                "Jets from the aircraft carrier Theodore Roosevelt struck. Damascus Mayor said"
                    + " Paris Smith met the Syrian Democratic Forces.",
                "Theodore Roosevelt",
                "PERSON",
                "Paris Smith",
                "PERSON",
                "Syrian Democratic Forces",
                "ORGANIZATION"));
    assertThat(r).doesNotContainKeys("Theodore", "Roosevelt", "Theodore Roosevelt", "Paris");
    assertThat(r.values()).doesNotContain(Fixtures.SYRIA);
  }

  @Test
  void usStateAbbreviationsAfterACommaAreStates() {
    Map<String, GazetteerEntry> r =
        run(new TestDoc("PARIS, Tex. -- The council met.", "PARIS", "LOCATION"));
    assertThat(r).containsEntry("PARIS", Fixtures.PARIS_TX);
    assertThat(r).containsEntry("Tex.", Fixtures.TEXAS);
  }

  @Test
  void twoAmbiguousNamesSharingAStateChooseIt() {
    Map<String, GazetteerEntry> r =
        run(
            new TestDoc(
                "The fire near Huntsville spread to Walker County overnight.",
                "Huntsville",
                "LOCATION",
                "Walker County",
                "LOCATION"));
    assertThat(r).containsEntry("Huntsville", Fixtures.HUNTSVILLE_TX);
    assertThat(r).containsEntry("Walker County", Fixtures.WALKER_TX);
  }

  @Test
  void anAppositiveOrCopulaPlacesATownInTheNextToponym() {
    assertThat(
            run(
                new TestDoc(
                    "Paris is a small city in Texas.", "Paris", "LOCATION", "Texas", "LOCATION")))
        .containsEntry("Paris", Fixtures.PARIS_TX);
    assertThat(
            run(
                new TestDoc(
                    "Shelling hit Damascus, a town in Oregon, on Monday.",
                    "Damascus",
                    "LOCATION",
                    "Oregon",
                    "LOCATION")))
        .containsEntry("Damascus", Fixtures.DAMASCUS_OR);
    assertThat(
            run(
                new TestDoc(
                    "Paris sent envoys and Oregon agreed.",
                    "Paris",
                    "LOCATION",
                    "Oregon",
                    "LOCATION")))
        .containsEntry("Paris", Fixtures.PARIS_FR);
  }

  @Test
  void aPlaceStartingItsOwnSchoolOrCourtIsFoundButNotItsNewspaper() {
    assertThat(
            run(
                new TestDoc(
                    "She teaches at Dallas High School now.",
                    "Dallas High School",
                    "ORGANIZATION")))
        .containsEntry("Dallas", Fixtures.DALLAS);
    assertThat(
            run(
                new TestDoc(
                    "The case went to Dallas Superior Court today.",
                    "Dallas Superior Court",
                    "ORGANIZATION")))
        .containsKey("Dallas");
    assertThat(
            run(
                new TestDoc(
                    "She writes for the Dallas Times every week.", "Dallas Times", "ORGANIZATION")))
        .isEmpty();
  }

  @Test
  void aLegislatorsPartyAndHometownNamesAUsPlace() {
    Map<String, GazetteerEntry> r =
        run(new TestDoc("Senator Jane Roe, R-Dallas, voted no.", "Jane Roe", "PERSON"));
    assertThat(r).containsEntry("Dallas", Fixtures.DALLAS);
    assertThat(run(new TestDoc("Senator Jane Roe (R-Tex.) voted no.", "Jane Roe", "PERSON")))
        .containsEntry("Tex", Fixtures.TEXAS);
    assertThat(run(new TestDoc("The R-Dallas plan failed.", "Jane Roe", "PERSON"))).isEmpty();
    // split at the hyphen, as CoreNLP tokenises it: one toponym, found once
    TestDoc split = new TestDoc("Senator Jane Roe, R-Dallas, voted no.", "Jane Roe", "PERSON");
    List<org.sitrep.core.nlp.Token> toks = new java.util.ArrayList<>();
    for (org.sitrep.core.nlp.Token t : split.tokens) {
      if (t.word().equals("R-Dallas")) {
        String[] parts = {"R", "-", "Dallas"};
        int at = t.start();
        for (String w : parts) {
          String pos = w.equals("-") ? ":" : "NNP";
          toks.add(
              new org.sitrep.core.nlp.Token(toks.size(), 0, at, at + w.length(), w, pos, w, "O"));
          at += w.length();
        }
      } else {
        toks.add(
            new org.sitrep.core.nlp.Token(
                toks.size(), 0, t.start(), t.end(), t.word(), t.pos(), t.lemma(), t.ner()));
      }
    }
    List<org.sitrep.core.nlp.Sentence> sents =
        List.of(new org.sitrep.core.nlp.Sentence(0, 0, split.text.length(), 0, toks.size()));
    List<Toponym> ts = new ToponymFinder(G).find(split.text, toks, sents, split.ner);
    assertThat(ts).extracting(Toponym::text).containsExactly("Dallas");
  }

  @Test
  void divisionSupportCountsOnlyInTheArticlesHomeCountry() {
    Resolver.Context syrian =
        new Resolver.Context(Map.of("SY", 5, "US", 1), Map.of(), java.util.Set.of(), Map.of());
    assertThat(syrian.home("US")).isFalse();
    assertThat(syrian.home("SY")).isTrue();
    assertThat(Resolver.Context.EMPTY.home("US")).isTrue();
  }

  @Test
  void aHeadlineCapitalOfACommonWordIsNoPlace() {
    String text = "Gunmen Attack Village in the North\nGunmen attacked a village near the border.";
    assertThat(ToponymFinder.usedAsCommonWord(text, "Village")).isTrue();
    assertThat(ToponymFinder.usedAsCommonWord(text, "North")).isFalse();
    assertThat(ToponymFinder.usedAsCommonWord("Reading and village-level data", "Village"))
        .isFalse();
    assertThat(ToponymFinder.usedAsCommonWord("Near the old-village, (village) ends", "Village"))
        .isTrue();
    assertThat(ToponymFinder.usedAsCommonWord("Al-Bab fell; al-bab is quiet", "Al-Bab")).isTrue();
    assertThat(ToponymFinder.usedAsCommonWord("O'Hare and o'hare", "O'Hare")).isTrue();
    assertThat(ToponymFinder.usedAsCommonWord("O'Hare and o'hares", "O'Hare")).isFalse();
  }

  @Test
  void wordRunsAreTheMaximalRunsOfLettersAndHyphens() {
    assertThat(ToponymFinder.wordRuns("A village-level, São Paulo's 3rd"))
        .containsExactlyInAnyOrder("A", "village-level", "São", "Paulo", "s", "rd");
  }
}
