package org.sitrep.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.model.Quote;
import org.sitrep.core.model.QuoteKind;
import org.sitrep.core.model.Source;
import org.sitrep.core.nlp.Token;
import org.sitrep.core.text.Span;

/** Segmentation, cue and speaker attachment and channels on text run through CoreNLP. */
class AttributionFinderTest {
  private static List<Quote> quotes(String text) {
    return QuoteFixtures.quotes(text);
  }

  @Test
  void quoteSplitAroundAttributionIsOneQuoteWithTwoParts() {
    String text =
        "Kirstjen Nielsen visited the base.\n"
            + "“The fighters are fleeing,” the homeland security secretary, Kirstjen Nielsen, said"
            + " in remarks in Washington last week. “They are going underground.”\n";
    List<Quote> qs = quotes(text);
    assertThat(qs).hasSize(1);
    Quote q = qs.get(0);
    assertThat(q.kind()).isEqualTo(QuoteKind.DIRECT);
    assertThat(q.parts()).hasSize(2);
    assertThat(q.parts().get(1).text()).isEqualTo("“They are going underground.”");
    assertThat(q.speaker().name()).isEqualTo("Kirstjen Nielsen");
    assertThat(q.speaker().description()).isEqualTo("the homeland security secretary");
    assertThat(q.cue()).isEqualTo("said");
    assertThat(q.channel()).isEqualTo("in remarks in Washington");
  }

  @Test
  void pronounSpeakerResolvesToCanonicalFullName() {
    String text =
        "Gen. Paul J. Selva spoke on Friday.\n"
            + "General Selva visited the troops near the border.\n"
            + "“That is a very compelling problem,” he said via Facebook chat.\n";
    List<Quote> qs = quotes(text);
    assertThat(qs).hasSize(1);
    assertThat(qs.get(0).speaker().name()).isEqualTo("Paul J. Selva");
    assertThat(qs.get(0).channel()).isEqualTo("via Facebook chat");
  }

  @Test
  void paragraphOpeningWithQuoteKeepsPreviousSpeaker() {
    String text =
        "“I smuggled about 50 fighters into Turkey,” said Abu Omar, a smuggler.\n"
            + "The trade is old.\n"
            + "“I was really shocked when I saw them.”\n";
    List<Quote> qs = quotes(text);
    assertThat(qs).extracting(q -> q.speaker().name()).containsOnly("Abu Omar");
    assertThat(qs.get(0).speaker().description()).isEqualTo("a smuggler");
    assertThat(qs.get(qs.size() - 1).text()).isEqualTo("“I was really shocked when I saw them.”");
  }

  @Test
  void indirectSpeechWithPartialQuoteAndAudienceChannel() {
    String text =
        "Gen. Paul J. Selva told reporters last week that the leadership still had “fairly"
            + " robust” communications with its fighters.\n";
    List<Quote> qs = quotes(text);
    assertThat(qs).hasSize(1);
    Quote q = qs.get(0);
    assertThat(q.kind()).isEqualTo(QuoteKind.PARTIAL);
    assertThat(q.text()).startsWith("that the leadership").contains("“fairly robust”");
    assertThat(q.speaker().name()).isEqualTo("Paul J. Selva");
    assertThat(q.channel()).isEqualTo("told reporters");
  }

  @Test
  void accordingToAndAnonymousSources() {
    String text =
        "Thousands of fighters have escaped, according to new intelligence assessments.\n"
            + "American officials say the group is still able to inspire attacks.\n";
    List<Quote> qs = quotes(text);
    assertThat(qs).hasSize(2);
    assertThat(qs.get(0).text()).isEqualTo("Thousands of fighters have escaped");
    assertThat(qs.get(0).speaker().description()).isEqualTo("new intelligence assessments");
    assertThat(qs.get(0).kind()).isEqualTo(QuoteKind.INDIRECT);
    assertThat(qs.get(1).speaker().description()).isEqualTo("American officials");
    assertThat(qs.get(1).text()).isEqualTo("the group is still able to inspire attacks");
  }

  @Test
  void sourceAndCueAfterTheContent() {
    String text = "The group is rebuilding in the desert, military officials said on Tuesday.\n";
    List<Quote> qs = quotes(text);
    assertThat(qs).hasSize(1);
    assertThat(qs.get(0).text()).isEqualTo("The group is rebuilding in the desert");
    assertThat(qs.get(0).speaker().description()).isEqualTo("military officials");
  }

  @Test
  void scareQuotesAloneAreNotQuotations() {
    assertThat(quotes("The “caliphate” fell in the fall of last year.\n")).isEmpty();
  }

  @Test
  void stanceVerbsWithNounPhraseObjectsAreCues() {
    String text = "A new poll showed Clinton with a narrow lead in Ohio.\n";
    List<Quote> qs = quotes(text);
    assertThat(qs).hasSize(1);
    assertThat(qs.get(0).cue()).isEqualTo("showed");
    assertThat(qs.get(0).text()).startsWith("Clinton with a narrow lead");
    assertThat(qs.get(0).speaker().description()).isEqualTo("A new poll");
  }

  @Test
  void nounCueWithThatClauseTakesThePossessorAsSource() {
    String text =
        "Donald Trump spoke in Ohio on Monday.\n"
            + "Trump's claim that the election was rigged drew sharp rebukes.\n";
    List<Quote> qs = quotes(text);
    assertThat(qs).hasSize(1);
    assertThat(qs.get(0).cue()).isEqualTo("claim");
    assertThat(qs.get(0).text()).startsWith("that the election was rigged");
    assertThat(qs.get(0).speaker().name()).isEqualTo("Donald Trump");
  }

  @Test
  void relativeThatAfterAnAttributionNounIsNotACue() {
    assertThat(quotes("The claim that was published on Monday is false.\n")).isEmpty();
  }

  @Test
  void nounCueObjectOfAVerbTakesTheVerbSubjectAsSource() {
    String text = "Most voters in Ohio had a favorable opinion of Hillary Clinton last year.\n";
    List<Quote> qs = quotes(text);
    assertThat(qs).hasSize(1);
    assertThat(qs.get(0).cue()).isEqualTo("opinion of");
    assertThat(qs.get(0).text()).isEqualTo("Hillary Clinton last year");
    assertThat(qs.get(0).speaker().description()).isEqualTo("Most voters in Ohio");
  }

  @Test
  void subjectIsFoundAcrossATimeAdjunctAndAParticiple() {
    String text = "A CNN poll released on Tuesday showed Trump with a 16-point lead.\n";
    List<Quote> qs = quotes(text);
    assertThat(qs).hasSize(1);
    Source s = qs.get(0).speaker();
    assertThat(s.description()).contains("poll").doesNotContain("Tuesday");
  }

  @Test
  void participleAfterACommaTakesTheSentenceSubject() {
    String text =
        "Ben Carson appeared with Donald Trump at a news conference on Friday, calling him a very"
            + " intelligent man.\n";
    List<Quote> qs = quotes(text);
    assertThat(qs).extracting(Quote::cue).contains("calling");
    Quote calling = qs.stream().filter(q -> q.cue().equals("calling")).findFirst().orElseThrow();
    assertThat(calling.speaker().name()).isEqualTo("Ben Carson");
  }

  @Test
  void frontedAdverbialClauseIsSkippedForTheSubject() {
    String text =
        "As business leaders travel to Washington, Donald Trump has rallied thousands by promising"
            + " to impose tariffs.\n";
    Quote promising =
        quotes(text).stream().filter(q -> q.cue().equals("promising")).findFirst().orElseThrow();
    assertThat(promising.speaker().name()).isEqualTo("Donald Trump");
  }

  @Test
  void parenthesisAndCommaBeforeTheCueCloseTheSource() {
    String text = "Gov. John Kasich (R-OH), said on Monday that the party would unite.\n";
    List<Quote> qs = quotes(text);
    assertThat(qs).hasSize(1);
    assertThat(qs.get(0).speaker().name()).isEqualTo("John Kasich");
  }

  @Test
  void nonFiniteCueInsideAnotherContentDoesNotSplitIt() {
    String text = "Paul Ryan said that the onus is on Trump to show that he can lead the party.\n";
    List<Quote> qs = quotes(text);
    assertThat(qs).hasSize(1);
    assertThat(qs.get(0).cue()).isEqualTo("said");
    assertThat(qs.get(0).text())
        .isEqualTo("that the onus is on Trump to show that he can lead the party");
  }

  @Test
  void nestedRelationRightAfterThatStaysInTheOuterContent() {
    String text =
        "Ben Cardin said on Wednesday that Republicans rejected his attempts to include stronger"
            + " language.\n";
    List<Quote> qs = quotes(text);
    assertThat(qs).hasSize(1);
    assertThat(qs.get(0).cue()).isEqualTo("said");
    assertThat(qs.get(0).speaker().name()).isEqualTo("Ben Cardin");
    assertThat(qs.get(0).text()).startsWith("that Republicans rejected his attempts");
  }

  @Test
  void possessiveRelativeClauseBetweenSourceAndCueIsSkipped() {
    String text =
        "Hogan Gidley, a former party director, whose roots are in the evangelical community, said"
            + " the base was angry.\n";
    List<Quote> qs = quotes(text);
    assertThat(qs).hasSize(1);
    assertThat(qs.get(0).text()).isEqualTo("the base was angry");
    assertThat(qs.get(0).speaker().name()).isEqualTo("Hogan Gidley");
  }

  @Test
  void adjectiveCueTakesTheSubjectOfItsCopula() {
    List<Quote> qs = quotes("Western diplomats are confident that the talks will succeed.\n");
    assertThat(qs).hasSize(1);
    assertThat(qs.get(0).cue()).isEqualTo("confident");
    assertThat(qs.get(0).text()).isEqualTo("that the talks will succeed");
    assertThat(qs.get(0).speaker().description()).isEqualTo("Western diplomats");
  }

  @Test
  void nameTokenIsRecognisedByNerWhenTheTaggerMissesIt() {
    assertThat(AttributionFinder.isName(new Token(0, 0, 0, 6, "Devine", "JJ", "devine", "PERSON")))
        .isTrue();
    assertThat(AttributionFinder.isName(new Token(0, 0, 0, 6, "devine", "JJ", "devine", "O")))
        .isFalse();
    assertThat(AttributionFinder.isName(new Token(0, 0, 0, 5, "Paris", "NNP", "Paris", "CITY")))
        .isTrue();
  }

  @Test
  void participleAfterACommaTakesTheSpeakerOfTheAttributionBeforeIt() {
    String text =
        "Omar Mateen left early.\n"
            + "He did not stay after prayers, Ahmed Nefzi said, adding, “He was not very"
            + " religious.”\n";
    List<Quote> qs = quotes(text);
    Quote adding = qs.stream().filter(q -> "adding".equals(q.cue())).findFirst().orElseThrow();
    assertThat(adding.speaker().name()).isEqualTo("Ahmed Nefzi");
  }

  @Test
  void frontedParticipleClauseTakesTheMainSubject() {
    String text =
        "Declaring that the war was over, the defense minister, Anna Berg, praised the troops.\n";
    List<Quote> qs = quotes(text);
    assertThat(qs).extracting(Quote::cue).containsExactly("Declaring", "praised");
    assertThat(qs.get(0).text()).isEqualTo("that the war was over");
    assertThat(qs.get(0).speaker().name()).isEqualTo("Anna Berg");
    // A stance verb with its own object is not a postposed attribution of the clause before it.
    assertThat(qs.get(1).text()).isEqualTo("the troops");
  }

  @Test
  void cuePrepositionIsNotContentButAnInfinitiveMarkerIs() {
    List<Quote> qs =
        quotes(
            "The senator called for a ban on imports.\n"
                + "Mr. Hale plans to release his tax returns.\n");
    assertThat(qs)
        .extracting(Quote::text)
        .contains("a ban on imports", "to release his tax returns");
  }

  @Test
  void adjunctBeforeAComplementizerIsNotContent() {
    Quote q = quotes("Mr. Hale said in Boston that the plan would fail.\n").get(0);
    assertThat(q.text()).isEqualTo("that the plan would fail");
  }

  @Test
  void parenthesisBetweenDashesBeforeTheCueIsSkipped() {
    String text = "Chris Murphy — after a long pause — told reporters that he was tired.\n";
    Quote q = quotes(text).get(0);
    assertThat(q.speaker().name()).isEqualTo("Chris Murphy");
    assertThat(q.text()).isEqualTo("that he was tired");
  }

  @Test
  void participleClauseWithCommasBeforeTheCueIsSkipped() {
    String text =
        "Donald Trump, speaking later at a rally in Charleston, West Virginia, did not mention"
            + " the speaker.\n";
    Quote q = quotes(text).get(0);
    assertThat(q.speaker().name()).isEqualTo("Donald Trump");
  }

  @Test
  void floatingQuantifierBetweenSubjectAndCueIsSkipped() {
    Quote q = quotes("Jeb Bush and Rick Scott have both supported the standards.\n").get(0);
    assertThat(q.speaker().name()).isIn("Jeb Bush", "Rick Scott");
    assertThat(q.text()).isEqualTo("the standards");
  }

  @Test
  void cueAfterADashIsNotInvertedOntoTheThatClause() {
    String text =
        "Democratic leaders — and, in particular, Harry Reid — insisted that any package include a"
            + " delay.\n";
    Quote q = quotes(text).get(0);
    assertThat(q.text()).isEqualTo("that any package include a delay");
    assertThat(q.speaker().name()).isEqualTo("Harry Reid");
  }

  @Test
  void infinitiveCueTakesTheSubjectOfItsGoverningVerb() {
    String text = "Ann Lee met the judges.\nOpponents try to convince the court to act.\n";
    Quote q = quotes(text).stream().filter(x -> "convince".equals(x.cue())).findFirst().get();
    assertThat(q.speaker().description()).isEqualTo("Opponents");
  }

  @Test
  void conjunctionBetweenAQuoteAndItsCueIsNoSource() {
    String text =
        "Lindsey Graham called him a “good, decent man,” and said that Trump had lost the"
            + " debate.\n";
    assertThat(quotes(text))
        .filteredOn(q -> "said".equals(q.cue()))
        .extracting(q -> q.speaker().name())
        .containsOnly("Lindsey Graham");
  }

  @Test
  void speechParticipleInsideAnotherContentStartsItsOwnRelation() {
    String text =
        "Corey Lewandowski said that the candidate was consistent, noting that donors had given"
            + " freely.\n";
    List<Quote> qs = quotes(text);
    assertThat(qs).hasSize(2);
    assertThat(qs.get(0).text()).isEqualTo("that the candidate was consistent");
    assertThat(qs.get(1).text()).isEqualTo("that donors had given freely");
    assertThat(qs.get(1).speaker().name()).isEqualTo("Corey Lewandowski");
  }

  @Test
  void speechParticipleAfterOneWordObjectStartsItsOwnRelation() {
    List<Quote> qs =
        quotes("The governor attacked Jenkins, saying he had failed the farmers of the valley.\n");
    assertThat(qs)
        .extracting(Quote::cue, Quote::text)
        .containsExactly(
            tuple("attacked", "Jenkins"),
            tuple("saying", "he had failed the farmers of the valley"));
  }

  @Test
  void relationInAttributionBetweenQuotationPartsIsKept() {
    String text =
        "“The turnout will decide this race,” said Maria Lopez, a pollster who advises the party,"
            + " referring to the young voters in the cities. “Nobody else matters now.”\n";
    List<Quote> qs = quotes(text);
    assertThat(qs).hasSize(2);
    assertThat(qs.get(0).cue()).isEqualTo("said");
    assertThat(qs.get(0).parts()).hasSize(2);
    assertThat(qs.get(0).parts().get(1).text()).isEqualTo("“Nobody else matters now.”");
    assertThat(qs.get(1).cue()).isEqualTo("referring");
    assertThat(qs.get(1).text()).isEqualTo("the young voters in the cities");
    assertThat(qs.get(1).speaker().name()).isEqualTo("Maria Lopez");
  }

  @Test
  void cueGerundAfterSubordinatorStartsItsOwnRelation() {
    List<Quote> qs =
        quotes(
            "Governor Hill signed the budget before criticizing the lawmakers who wrote it.\n"
                + "Davis defended the plan after praising its authors in a long speech.\n"
                + "The mayor toured the flooded streets before meeting the families.\n");
    assertThat(qs)
        .extracting(Quote::cue, Quote::text)
        .containsExactly(
            tuple("signed", "the budget"),
            tuple("criticizing", "the lawmakers who wrote it"),
            tuple("defended", "the plan"),
            tuple("praising", "its authors in a long speech"));
    assertThat(qs.get(1).speaker().name()).isEqualTo("Hill");
  }

  @Test
  void coordinatedVerbOfJudgingAfterNounPhraseContentStartsItsOwnRelation() {
    List<Quote> qs =
        quotes(
            "Senator Varga criticized the tax bill and scolded Governor Hale for his silence.\n"
                + "Davis praised the new clinic and visited the ward of the hospital.\n");
    assertThat(qs)
        .extracting(Quote::cue, Quote::text)
        .contains(
            tuple("criticized", "the tax bill"),
            tuple("scolded", "Governor Hale for his silence"),
            tuple("praised", "the new clinic"));
    assertThat(qs).extracting(Quote::cue).doesNotContain("visited");
    Quote scolded = qs.stream().filter(q -> q.cue().equals("scolded")).findFirst().orElseThrow();
    assertThat(scolded.speaker().name()).isEqualTo("Varga");
  }

  @Test
  void verbOfJudgingWithPersonObjectBeforeForOfAsIsACue() {
    List<Quote> qs =
        quotes(
            "The new radio ad casts Senator Reyes as a friend of the big banks.\n"
                + "The committee toured the museum of modern art on Friday.\n");
    assertThat(qs)
        .extracting(Quote::cue, Quote::text)
        .containsExactly(tuple("casts", "Senator Reyes as a friend of the big banks"));
  }

  @Test
  void reducedRelativeParticipleInSubjectEndsBeforeMainVerb() {
    List<Quote> qs =
        quotes(
            "Forward Ohio, the committee supporting Governor Hale, spent two million dollars on"
                + " radio ads.\n");
    assertThat(qs)
        .extracting(Quote::cue, Quote::text)
        .containsExactly(tuple("supporting", "Governor Hale"));
  }

  @Test
  void inquiryWithPostmodifierOpeningTheSentenceFindsWithoutThat() {
    List<Quote> qs =
        quotes(
            "A survey of county clerks released on Monday found broad support for the new ballots.\n"
                + "A farmer from the valley found a rusty bicycle in the river.\n");
    assertThat(qs).hasSize(1);
    assertThat(qs.get(0).cue()).isEqualTo("found");
    assertThat(qs.get(0).text()).isEqualTo("broad support for the new ballots");
    assertThat(qs.get(0).speaker().description()).startsWith("A survey");
  }

  @Test
  void anyFiniteVerbBeforeCommaAndQuotationIntroducesIt() {
    List<Quote> qs = quotes("The senator interjected, “That is simply not true.”\n");
    assertThat(qs).hasSize(1);
    assertThat(qs.get(0).cue()).isEqualTo("interjected");
    assertThat(qs.get(0).text()).isEqualTo("“That is simply not true.”");
    assertThat(qs.get(0).speaker().description()).isEqualTo("The senator");
    // a verb of speech earlier in the sentence keeps the quotation
    List<Quote> later =
        quotes("Mayor Diaz said in March after the bridge collapsed, “We will rebuild it.”\n");
    assertThat(later).extracting(Quote::cue).containsExactly("said");
  }

  @Test
  void quotationAfterTheCuesAdjunctIsItsContent() {
    List<Quote> qs =
        quotes(
            "Soon after the vote in Dayton, Carla Moss wrote to her supporters, “We will win this"
                + " seat back.”\n"
                + "Mr. Hale said of the episode, “I do not like it.”\n"
                + "Mr. Hale said in his 2012 book, “The Long Road.”\n");
    assertThat(qs).hasSize(3);
    assertThat(qs.get(0).cue()).isEqualTo("wrote");
    assertThat(qs.get(0).text()).isEqualTo("“We will win this seat back.”");
    assertThat(qs.get(0).speaker().name()).isEqualTo("Carla Moss");
    assertThat(qs.get(1).text()).isEqualTo("“I do not like it.”");
    // a title after its noun is no clause: the content still takes the adjunct
    assertThat(qs.get(2).text()).startsWith("in his 2012 book");
  }

  @Test
  void particleCuesAndStanceAdjectivesWithOf() {
    List<Quote> qs =
        quotes(
            "Elizabeth Warren railed against the banks.\n"
                + "Republicans were critical of the deal.\n"
                + "Hillary Clinton pointed to her record.\n"
                + "Mr. Hale walked to the station.\n");
    assertThat(qs).extracting(Quote::text).containsExactly("the banks", "the deal", "her record");
    assertThat(qs.get(1).speaker().description()).isEqualTo("Republicans");
  }

  @Test
  void questionMarkBeforeTheAttributionDoesNotEndIt() {
    String text =
        "Ted Cruz spoke first.\n“How do you control these banks?” Donald Trump said to the"
            + " crowd.\n";
    List<Quote> qs = quotes(text);
    assertThat(qs).hasSize(1);
    assertThat(qs.get(0).speaker().name()).isEqualTo("Donald Trump");
    assertThat(qs.get(0).cue()).isEqualTo("said");
  }

  @Test
  void titleLineSourceAndColonAttributeTheRest() {
    List<Quote> qs =
        quotes("Senator Lynch: No outside influence on the inquiry.\n\nThe hearing ended early.\n");
    assertThat(qs).hasSize(1);
    assertThat(qs.get(0).text()).isEqualTo("No outside influence on the inquiry");
    assertThat(qs.get(0).cue()).isEqualTo(":");
    // A label opening with an article is no source.
    assertThat(quotes("The Latest: voters head to the polls.\n\nThe hearing ended.\n")).isEmpty();
  }

  @Test
  void namingVerbsAreStanceCues() {
    List<Quote> qs = quotes("Marco Rubio dubbed the plan a disaster.\n");
    assertThat(qs).hasSize(1);
    assertThat(qs.get(0).cue()).isEqualTo("dubbed");
    assertThat(qs.get(0).text()).isEqualTo("the plan a disaster");
    assertThat(qs.get(0).speaker().name()).isEqualTo("Marco Rubio");
  }

  @Test
  void dateAdjunctAfterAnAppositionIsSkipped() {
    String text =
        "Speaker Paul Ryan, the highest-ranking Republican, on Tuesday called the remarks"
            + " racist.\n";
    Quote q = quotes(text).get(0);
    assertThat(q.speaker().name()).isEqualTo("Paul Ryan");
  }

  @Test
  void placeAfterANameWithOfStaysInTheSource() {
    String text = "Cory James of Flint, Mich., said he had not given up hope.\n";
    Quote q = quotes(text).get(0);
    assertThat(q.speaker().name()).isEqualTo("Cory James");
  }

  @Test
  void participleAfterAnObjectReportsTheSubject() {
    String text =
        "Eric Schneiderman filed a lawsuit in 2013 alleging that the school had defrauded"
            + " students.\n";
    Quote q = quotes(text).stream().filter(x -> "alleging".equals(x.cue())).findFirst().get();
    assertThat(q.speaker().name()).isEqualTo("Eric Schneiderman");
  }

  @Test
  void passiveTellingVerbHasItsContentAfterTheCue() {
    List<Quote> qs = quotes("Senator Ann Lee was asked whether she would run again.\n");
    assertThat(qs).hasSize(1);
    assertThat(qs.get(0).text()).isEqualTo("whether she would run again");
    assertThat(qs.get(0).speaker()).isNull();
  }

  private static Quote withCue(List<Quote> qs, String cue) {
    return qs.stream().filter(q -> cue.equals(q.cue())).findFirst().orElseThrow();
  }

  @Test
  void nounWithAnAboutComplementIsACue() {
    String text = "Donald Trump has raised questions about the senator's birthplace.\n";
    Quote q = withCue(quotes(text), "questions about");
    assertThat(q.text()).isEqualTo("the senator's birthplace");
    assertThat(q.speaker().name()).isEqualTo("Donald Trump");
  }

  @Test
  void aboutBeforeANumberIsNoComplement() {
    assertThat(quotes("The crowd of about 230 people waited in the rain.\n")).isEmpty();
  }

  @Test
  void measuredStanceVerbsAreCues() {
    Quote q = quotes("Hillary Clinton thanked her volunteers in Iowa.\n").get(0);
    assertThat(q.cue()).isEqualTo("thanked");
    assertThat(q.text()).isEqualTo("her volunteers in Iowa");
    assertThat(q.speaker().name()).isEqualTo("Hillary Clinton");
  }

  @Test
  void objectVerbIsACueOnlyWithANounPhraseObject() {
    Quote q = quotes("Senator Tim Kaine offered a new plan for veterans.\n").get(0);
    assertThat(q.cue()).isEqualTo("offered");
    assertThat(q.text()).isEqualTo("a new plan for veterans");
    assertThat(quotes("The hotel offered to refund the guests.\n")).isEmpty();
  }

  @Test
  void infinitiveAfterTheCueKeepsItsMarker() {
    Quote q = quotes("Donald Trump refused to release his tax returns.\n").get(0);
    assertThat(q.cue()).isEqualTo("refused");
    assertThat(q.text()).isEqualTo("to release his tax returns");
    Quote t = quotes("Ted Cruz threatened to shut down the government.\n").get(0);
    assertThat(t.cue()).isEqualTo("threatened");
    assertThat(t.text()).isEqualTo("to shut down the government");
  }

  @Test
  void adjectiveWithAnInfinitiveTakesTheSubjectOfTheCopula() {
    Quote q = quotes("Mitch McConnell was quick to embrace the nominee.\n").get(0);
    assertThat(q.cue()).isEqualTo("quick");
    assertThat(q.text()).isEqualTo("to embrace the nominee");
    assertThat(q.speaker().name()).isEqualTo("Mitch McConnell");
  }

  @Test
  void dashAndNameAfterAQuotationNameTheSpeaker() {
    String text =
        "Readers wrote to us.\n"
            + "\u201cHe is a bully and a liar.\u201d \u2015 Maria Lopez\n"
            + "\u201cWe will vote in November.\u201d \u2015 Carlos Ruiz\n";
    List<Quote> qs = quotes(text).stream().filter(q -> q.kind() == QuoteKind.DIRECT).toList();
    assertThat(qs).hasSize(2);
    assertThat(qs.get(0).speaker().name()).isEqualTo("Maria Lopez");
    assertThat(qs.get(0).cue()).isEqualTo("\u2015");
    assertThat(qs.get(1).speaker().name()).isEqualTo("Carlos Ruiz");
    assertThat(qs.get(1).text()).isEqualTo("\u201cWe will vote in November.\u201d");
  }

  @Test
  void seemWithAnInfinitiveCueTakesTheSubject() {
    Quote q = quotes("Senator Ted Cruz seemed to mock the proposal.\n").get(0);
    assertThat(q.speaker().name()).isEqualTo("Ted Cruz");
    Quote p = quotes("The new approach seems to have backfired.\n").get(0);
    assertThat(p.speaker()).isNull();
  }

  @Test
  void passiveCueTakesAByAgentAfterAnAdjunct() {
    Quote q = quotes("Ted Cruz was endorsed on Monday by Carly Fiorina.\n").get(0);
    assertThat(q.speaker().name()).isEqualTo("Carly Fiorina");
  }

  @Test
  void contentCutBeforeANestedSourceDropsADanglingConjunction() {
    String text = "Obama said the plan would help families, but Republicans argued it would not.\n";
    Quote q = withCue(quotes(text), "said");
    assertThat(q.text()).isEqualTo("the plan would help families");
  }

  @Test
  void parentheticalAttributionSplitsItsContent() {
    String text =
        "In the three years since the shooting, Mark Barden says, far too many lives have been"
            + " lost.\n";
    List<Quote> qs = quotes(text);
    assertThat(qs).hasSize(1);
    Quote q = qs.get(0);
    assertThat(q.parts()).hasSize(2);
    assertThat(q.parts().get(0).text()).isEqualTo("In the three years since the shooting");
    assertThat(q.parts().get(1).text()).isEqualTo("far too many lives have been lost");
    assertThat(q.speaker().name()).isEqualTo("Mark Barden");
  }

  @Test
  void subjectAfterAFrontedPrepositionalPhrase() {
    String text =
        "With the vote approaching, Senator Elizabeth Warren issued a statement, saying the bill"
            + " was flawed.\n";
    Quote q = withCue(quotes(text), "saying");
    assertThat(q.speaker().name()).isEqualTo("Elizabeth Warren");
  }

  @Test
  void verbWithAnAboutComplementIsACue() {
    Quote q = quotes("Bernie Sanders fretted about the delegate math.\n").get(0);
    assertThat(q.cue()).isEqualTo("fretted");
    assertThat(q.text()).isEqualTo("the delegate math");
    assertThat(q.speaker().name()).isEqualTo("Bernie Sanders");
    assertThat(quotes("The change came about slowly in the state.\n")).isEmpty();
  }

  @Test
  void continuedAfterAQuotationAttributesIt() {
    String text = "\u201cWe will win this state,\u201d Ben Carson continued.\n";
    Quote q = quotes(text).get(0);
    assertThat(q.cue()).isEqualTo("continued");
    assertThat(q.speaker().name()).isEqualTo("Ben Carson");
  }

  @Test
  void physicalAttacksDeclaredStatesAndClaimedLivesAreNoStatements() {
    assertThat(quotes("Gunmen on motorcycles attacked a village near the border on Friday."))
        .isEmpty();
    assertThat(quotes("The rebels attacked an army checkpoint outside the town.")).isEmpty();
    assertThat(quotes("The government declared three days of national mourning.")).isEmpty();
    assertThat(quotes("The explosion claimed the lives of four workers.")).isEmpty();
    // the verbal senses stay attributions
    assertThat(quotes("The senator attacked the president's plan as reckless."))
        .extracting(Quote::cue)
        .containsExactly("attacked");
    assertThat(quotes("The Islamic State claimed responsibility for the bombing."))
        .extracting(Quote::cue)
        .containsExactly("claimed");
  }

  @Test
  void aNounPhraseContentEndsAtACoordinatedClause() {
    List<Quote> qs =
        quotes(
            "The United Nations condemned the killings, and its envoy, Helen Marsh, said the"
                + " world body would help.");
    assertThat(qs).extracting(Quote::text).contains("the killings");
    assertThat(qs)
        .filteredOn(q -> "Helen Marsh".equals(q.speaker().name()))
        .extracting(Quote::text)
        .containsExactly("the world body would help");
  }

  @Test
  void aSourceWithARelativeClauseAfterTheQuote() {
    List<Quote> qs =
        quotes(
            "“They went from house to house,” a resident who escaped to a nearby town told"
                + " reporters. He said hundreds of people had fled on foot.");
    assertThat(qs).hasSize(2);
    assertThat(qs.get(0).cue()).isEqualTo("told");
    assertThat(qs.get(0).speaker().description()).startsWith("a resident");
    // "He" is the unnamed resident, the only person spoken of since the last name
    assertThat(qs.get(1).speaker().description()).startsWith("a resident");
  }

  @Test
  void theSubjectOfAnInvertedAttributionIsWhomAPronounMeans() {
    String text =
        "“There is nowhere safe,” said Mariam Hadid, a spokeswoman for the agency.\n"
            + "Hundreds of families arrive every day, said Omar Katib, who runs a camp. “We have"
            + " no more tents,” he said.";
    assertThat(quotes(text))
        .filteredOn(q -> q.text().contains("tents"))
        .singleElement()
        .satisfies(q -> assertThat(q.speaker().name()).isEqualTo("Omar Katib"));
  }

  @Test
  void aClosingAccordingToTakesTheNameInItsApposition() {
    assertThat(
            quotes(
                "The attack killed at least 100 people, according to a government spokesman,"
                    + " Ousmane Traore."))
        .singleElement()
        .satisfies(
            q -> {
              assertThat(q.speaker().name()).isEqualTo("Ousmane Traore");
              assertThat(q.speaker().description()).isEqualTo("a government spokesman");
            });
    assertThat(
            quotes(
                "More than 6,000 civilians have been killed, according to the United Nations"
                    + " human rights office, which says the real number is higher."))
        .extracting(q -> q.speaker().description())
        .doesNotContain("the United Nations human rights office, which");
  }

  @Test
  void aParticipleClauseAfterAFiniteClauseBelongsToTheContent() {
    assertThat(
            quotes(
                "A bomb exploded at a market in Mosul on Monday, killing 30 people, a local"
                    + " official, Ahmed Salim, said."))
        .singleElement()
        .satisfies(
            q -> {
              assertThat(q.speaker().name()).isEqualTo("Ahmed Salim");
              assertThat(q.speaker().description()).isEqualTo("a local official");
              assertThat(q.text())
                  .isEqualTo("A bomb exploded at a market in Mosul on Monday, killing 30 people");
            });
    // inverted: "…, wounding 30, said NAME, DESCRIPTION."
    assertThat(
            quotes("A bomb exploded at a market, wounding 30, said Ahmed Salim, a local official."))
        .singleElement()
        .satisfies(
            q -> {
              assertThat(q.speaker().name()).isEqualTo("Ahmed Salim");
              assertThat(q.text()).isEqualTo("A bomb exploded at a market, wounding 30");
            });
    // a participle clause between a subject and its verb is still stepped over
    assertThat(
            quotes(
                "Donald Trump, speaking later at a rally in Charleston, said the plan had"
                    + " failed."))
        .extracting(q -> q.speaker().name())
        .contains("Donald Trump");
  }

  @Test
  void aPlaceListInTheSourceBelongsToIt() {
    assertThat(quotes("Officials in Lviv, Dnipro and Zaporizhzhia also reported explosions."))
        .singleElement()
        .satisfies(
            q ->
                assertThat(q.speaker().description())
                    .isEqualTo("Officials in Lviv, Dnipro and Zaporizhzhia"));
  }

  @Test
  void speakerDescriptionsAroundTheName() {
    assertThat(
            quotes("Thousands have fled the fighting, said Omar Khatib, who manages a camp there."))
        .singleElement()
        .satisfies(
            q -> {
              assertThat(q.speaker().name()).isEqualTo("Omar Khatib");
              assertThat(q.speaker().description()).isNotEqualTo("who");
            });
    assertThat(
            quotes(
                "The deputy mayor of Kyiv, Oksana Levchenko, urged residents to stay in"
                    + " shelters."))
        .singleElement()
        .satisfies(
            q -> {
              assertThat(q.speaker().name()).isEqualTo("Oksana Levchenko");
              assertThat(q.speaker().description()).isEqualTo("The deputy mayor of Kyiv");
            });
  }

  @Test
  void anAttributionBeforeACoordinatedClauseClosesItsContent() {
    assertThat(
            quotes(
                "About 2,500 families have returned to Qayyarah, local officials say, but many"
                    + " others remain in camps near Erbil."))
        .singleElement()
        .satisfies(
            q -> {
              assertThat(q.speaker().description()).isEqualTo("local officials");
              assertThat(q.text()).isEqualTo("About 2,500 families have returned to Qayyarah");
            });
  }

  @Test
  void aWireDatelineIsNotPartOfTheContent() {
    assertThat(
            quotes(
                "MOSUL, Iraq \u2014 A suicide bomber struck a checkpoint on Monday, killing 14"
                    + " people, Iraqi security officials said."))
        .singleElement()
        .satisfies(
            q ->
                assertThat(q.text())
                    .isEqualTo(
                        "A suicide bomber struck a checkpoint on Monday, killing 14 people"));
  }

  @Test
  void aSecondPostposedAttributionTakesOnlyItsOwnClause() {
    List<Quote> qs =
        quotes(
            "In Seattle, marchers carried white roses, a local station reported, but in Chicago"
                + " the parade began with a moment of silence, the Chicago Tribune reported.");
    assertThat(qs).hasSize(2);
    assertThat(qs.get(1).text()).isEqualTo("in Chicago the parade began with a moment of silence");
  }

  @Test
  void aBareTitleGivesWayToTheRoleTheArticleGivesThePerson() {
    String text =
        "“We believe the car was prepared near Hatra,” said Brig. Gen. Karim al-Jubouri, the"
            + " commander of the army's 15th Division, in a statement.\n"
            + "General Jubouri said the army had arrested three men.\n";
    assertThat(quotes(text))
        .filteredOn(q -> q.text().contains("arrested"))
        .singleElement()
        .satisfies(
            q -> {
              assertThat(q.speaker().name()).isEqualTo("Karim al-Jubouri");
              assertThat(q.speaker().description()).contains("commander");
            });
  }

  @Test
  void appositionWithAgeOrRelativeClauseStillNamesTheSubject() {
    List<Quote> qs =
        quotes(
            "Marvin Teske, 53, a security guard at a Reno casino, said the border must stay"
                + " open.\n"
                + "Melanne Verveer, a close friend who was her chief of staff, said the attacks"
                + " had not stopped.\n");
    assertThat(qs).extracting(q -> q.speaker().name()).contains("Marvin Teske", "Melanne Verveer");
    assertThat(qs).extracting(Quote::text).contains("the border must stay open");
  }

  @Test
  void clauseWithFiniteVerbBeforeCommaIsNoApposition() {
    List<Quote> qs = quotes("Fighting broke out near the river, the police said on Monday.\n");
    assertThat(qs).hasSize(1);
    assertThat(qs.get(0).speaker().description()).isEqualTo("the police");
  }

  @Test
  void pluralPossessiveOfNounCueYieldsToClauseSubject() {
    List<Quote> qs =
        quotes("Latino Republicans have been unsparing in their criticism of the senator.\n");
    assertThat(qs).hasSize(1);
    assertThat(qs.get(0).speaker().description()).isEqualTo("Latino Republicans");
    assertThat(qs.get(0).text()).isEqualTo("the senator");
  }

  @Test
  void negatedQuantifierSubjectKeepsItsNegation() {
    List<Quote> qs = quotes("Not everyone agrees that the ceasefire will hold.\n");
    assertThat(qs).hasSize(1);
    assertThat(qs.get(0).speaker().description()).isEqualTo("Not everyone");
  }

  @Test
  void stanceVerbWithPrepositionalComplementAfterFrontedPhraseIsNotPostposed() {
    List<Quote> qs =
        quotes(
            "In the wake of the shelling of the market, the mayor called for an inquiry into"
                + " the army.\n");
    assertThat(qs).hasSize(1);
    assertThat(qs.get(0).text()).isEqualTo("an inquiry into the army");
    assertThat(qs.get(0).cue()).isEqualTo("called");
  }

  @Test
  void cueWithItsOwnObjectOrGerundIsNotPostposed() {
    List<Quote> qs =
        quotes(
            "A week after the convoy was ambushed, the governor proposed closing the northern"
                + " road.\n"
                + "Minutes after the count began, the chairman announced four seats for the"
                + " coalition.\n");
    assertThat(qs)
        .extracting(Quote::text)
        .containsExactly("closing the northern road", "four seats for the coalition");
  }

  @Test
  void indirectContentEndsBeforeALaterQuotationsAttribution() {
    List<Quote> qs =
        quotes(
            "Colonel Haddad said the bridge was destroyed by the rebels and said, “We will"
                + " rebuild it within a month.”\n");
    assertThat(qs).hasSize(2);
    assertThat(qs.get(0).text()).isEqualTo("the bridge was destroyed by the rebels");
    assertThat(qs.get(0).speaker().name()).isEqualTo("Haddad");
    assertThat(qs.get(1).kind()).isEqualTo(QuoteKind.DIRECT);
  }

  @Test
  void quotationAfterAttributionSentenceWithTailContinuesTheQuote() {
    List<Quote> qs =
        quotes(
            "“The city is calm tonight,” Mayor Ana Ruiz said, pointing to the empty streets."
                + " “Nobody has been hurt.”\n");
    // the tail's own relation ("pointing to") is kept beside the quotation (fourteenth round)
    assertThat(qs).hasSize(2);
    assertThat(qs.get(0).parts()).hasSize(2);
    assertThat(qs.get(0).parts().get(1).text()).isEqualTo("“Nobody has been hurt.”");
    assertThat(qs.get(0).speaker().name()).isEqualTo("Ana Ruiz");
    assertThat(qs.get(1).cue()).startsWith("pointing");
    assertThat(qs.get(1).text()).isEqualTo("the empty streets");
  }

  @Test
  void newswireDoubleApostropheOpeningBelongsToItsQuotation() {
    List<Quote> qs =
        quotes(
            "Officials said the talks were stalled. ''There is no progress,'' Mr. Sato said."
                + " ''We will try again next week.''\n");
    assertThat(qs).hasSize(2);
    assertThat(qs.get(0).text()).isEqualTo("the talks were stalled");
    assertThat(qs.get(1).parts()).hasSize(2);
    assertThat(qs.get(1).parts().get(1).text()).isEqualTo("''We will try again next week.''");
  }

  @Test
  void verblessFragmentBeforeClosingAccordingToGoesOnAfterTheSource() {
    List<Quote> qs =
        quotes(
            "At the root of the dispute, according to a senior diplomat, was a quarrel over"
                + " water rights.\n");
    assertThat(qs).hasSize(1);
    assertThat(qs.get(0).parts())
        .extracting(Span::text)
        .containsExactly("At the root of the dispute", "was a quarrel over water rights");
  }

  @Test
  void relativePronounBeforeTheSourceOpensTheContent() {
    List<Quote> qs =
        quotes(
            "The army built a new dam near the town, which he said the ministry should pay for.\n");
    assertThat(qs).hasSize(1);
    assertThat(qs.get(0).text()).isEqualTo("which he said the ministry should pay for");
    assertThat(qs.get(0).parts())
        .extracting(Span::text)
        .containsExactly("which", "the ministry should pay for");
  }

  @Test
  void sentenceConnectiveBeforePostposedContentIsNotContent() {
    List<Quote> qs =
        quotes(
            "The convoy reached the city.\n"
                + "However, the talks on a ceasefire have stalled, officials said on Monday.\n");
    assertThat(qs).extracting(Quote::text).containsExactly("the talks on a ceasefire have stalled");
  }

  @Test
  void participleAfterPartialQuotationStartsItsOwnRelation() {
    List<Quote> qs =
        quotes(
            "The governor insisted that the town had “never been safer,” claiming that crime"
                + " fell by half.\n");
    assertThat(qs)
        .extracting(Quote::text)
        .containsExactly("that the town had “never been safer,”", "that crime fell by half");
    assertThat(qs).extracting(Quote::cue).containsExactly("insisted", "claiming");
  }

  @Test
  void quotationOpeningAnIndirectContentGoesOnAfterItsClosingMark() {
    List<Quote> qs =
        quotes("The mayor says “the worst is behind us” despite the flooding in the east.\n");
    assertThat(qs).hasSize(1);
    assertThat(qs.get(0).text())
        .isEqualTo("“the worst is behind us” despite the flooding in the east");
    assertThat(qs.get(0).kind()).isEqualTo(QuoteKind.PARTIAL);
    assertThat(qs.get(0).speaker().description()).isEqualTo("The mayor");
  }

  @Test
  void quotationEndingItsClauseStaysADirectQuote() {
    List<Quote> qs = quotes("The mayor says “the worst is behind us” and thanks the volunteers.\n");
    assertThat(qs).extracting(Quote::text).first().isEqualTo("“the worst is behind us”");
  }

  @Test
  void perceptionVerbWithAsComplementIsABeliefCue() {
    List<Quote> qs =
        quotes("Most farmers in the valley see the new dam as a threat to their harvest.\n");
    assertThat(qs).hasSize(1);
    assertThat(qs.get(0).cue()).isEqualTo("see");
    assertThat(qs.get(0).text()).isEqualTo("the new dam as a threat to their harvest");
    assertThat(quotes("Most farmers in the valley see the new dam from their fields.\n")).isEmpty();
  }

  @Test
  void participleCoordinatedAfterAContentStartsItsOwnRelation() {
    List<Quote> qs =
        quotes(
            "The governor spoke for an hour, criticizing the blockade of the port and vowing"
                + " to reopen it within a week.\n");
    assertThat(qs).extracting(Quote::cue).containsExactly("criticizing", "vowing");
    assertThat(qs.get(0).text()).isEqualTo("the blockade of the port");
    assertThat(qs.get(1).text()).isEqualTo("to reopen it within a week");
  }

  @Test
  void bareAnswerAfterACueIsTheContent() {
    List<Quote> qs =
        quotes(
            "Asked whether the truce would hold, 61 percent of the residents said no, a sharp"
                + " rise from last year.\n");
    assertThat(qs)
        .filteredOn(q -> q.cue().equals("said"))
        .singleElement()
        .satisfies(
            q -> {
              assertThat(q.text()).isEqualTo("no");
              assertThat(q.speaker().description()).isEqualTo("61 percent of the residents");
            });
  }

  @Test
  void hearsayAdverbAttributesItsClauseToNoNamedSource() {
    List<Quote> qs =
        quotes("The militia is reportedly moving heavy artillery toward the northern border.\n");
    assertThat(qs).hasSize(1);
    assertThat(qs.get(0).cue()).isEqualTo("reportedly");
    assertThat(qs.get(0).speaker()).isNull();
    assertThat(qs.get(0).text())
        .isEqualTo("The militia is reportedly moving heavy artillery toward the northern border");
  }

  @Test
  void infinitiveMarkerBeforeAQuotedVerbOpensTheContent() {
    List<Quote> qs = quotes("The senator promised to “be a voice for the valley” if elected.\n");
    assertThat(qs).hasSize(1);
    assertThat(qs.get(0).text()).isEqualTo("to “be a voice for the valley” if elected");
  }

  @Test
  void clauseBeforeAQuotationAttributedAfterItIsPartOfTheContent() {
    List<Quote> qs =
        quotes(
            "The people of the valley “deserve someone who is with them,” said the senator, who"
                + " grew up there.\n");
    assertThat(qs).hasSize(1);
    assertThat(qs.get(0).text())
        .isEqualTo("The people of the valley “deserve someone who is with them,”");
    assertThat(qs.get(0).kind()).isEqualTo(QuoteKind.PARTIAL);
    assertThat(qs.get(0).speaker().description()).isEqualTo("the senator");
    assertThat(quotes("When a man in the crowd shouted, “Peace,” the mayor smiled.\n"))
        .extracting(Quote::text)
        .doesNotContain("When a man in the crowd shouted, “Peace,”");
  }

  @Test
  void freeRelativeWhatBeforeTheSourceOpensTheContent() {
    List<Quote> qs =
        quotes("The plan is part of what the mayor called “a new deal for the valley.”\n");
    assertThat(qs).hasSize(1);
    assertThat(qs.get(0).text()).isEqualTo("what the mayor called “a new deal for the valley.”");
    assertThat(qs.get(0).speaker().description()).isEqualTo("the mayor");
  }

  @Test
  void objectOfAnAudienceVerbIsTheContentWhenNoClauseFollows() {
    assertThat(quotes("The administration has promised a veto.\n"))
        .extracting(Quote::text)
        .containsExactly("a veto");
    assertThat(quotes("The governor told reporters the dam is safe.\n"))
        .extracting(Quote::text)
        .containsExactly("the dam is safe");
    assertThat(quotes("The governor told the crowd he would rebuild the dam.\n"))
        .extracting(Quote::text)
        .containsExactly("he would rebuild the dam");
  }

  @Test
  void echoIsAStanceCue() {
    List<Quote> qs = quotes("The defence minister echoed the warning of the army chief.\n");
    assertThat(qs).hasSize(1);
    assertThat(qs.get(0).cue()).isEqualTo("echoed");
    assertThat(qs.get(0).text()).isEqualTo("the warning of the army chief");
  }

  @Test
  void relativeThatBeforeTheSourceOpensTheContent() {
    List<Quote> qs =
        quotes("Prices rose again, a trend that the central bank predicts will continue.\n");
    assertThat(qs).hasSize(1);
    assertThat(qs.get(0).text()).isEqualTo("that the central bank predicts will continue");
    assertThat(qs.get(0).parts()).extracting(Span::text).containsExactly("that", "will continue");
  }

  @Test
  void requestContentTakesInItsAddressee() {
    assertThat(quotes("The group urged the candidates to release their tax returns.\n"))
        .extracting(Quote::text)
        .containsExactly("the candidates to release their tax returns");
    assertThat(quotes("The mayor told the residents to stay indoors.\n"))
        .extracting(Quote::text)
        .containsExactly("to stay indoors");
  }

  @Test
  void longAudienceBeforeTheComplementizerIsSkipped() {
    Quote told =
        withCue(
            quotes(
                "Colonel Anna Berg told the regional newspaper of Lviv on Saturday that the convoy"
                    + " had left.\n"),
            "told");
    assertThat(told.text()).isEqualTo("that the convoy had left");
    Quote asked =
        withCue(
            quotes(
                "The reporter asked the new commander of the brigade whether the bridge was"
                    + " safe.\n"),
            "asked");
    assertThat(asked.text()).isEqualTo("whether the bridge was safe");
  }

  @Test
  void audienceSkipStopsAtAVerb() {
    // a verb between the noun phrase and "that" ends the audience: the object is the content
    Quote q =
        withCue(
            quotes("The minister warned residents who live near the dam that water was rising.\n"),
            "warned");
    assertThat(q.text()).doesNotStartWith("that water");
  }

  @Test
  void coordinatedCueVerbStartsItsOwnRelation() {
    List<Quote> qs =
        quotes(
            "Local leaders fear that the governor has missed a unique opportunity and warn that"
                + " the strategy is not reliable.\n");
    assertThat(withCue(qs, "fear").text())
        .isEqualTo("that the governor has missed a unique opportunity");
    Quote warn = withCue(qs, "warn");
    assertThat(warn.text()).isEqualTo("that the strategy is not reliable");
    assertThat(warn.speaker().description()).isEqualTo("Local leaders");
  }

  @Test
  void coordinatedCueAfterAPerfectTakesTheSharedSubject() {
    List<Quote> qs =
        quotes(
            "The mayor has released the audit and called on the council to publish its own"
                + " accounts.\n");
    Quote called = qs.stream().filter(q -> q.cue().contains("called")).findFirst().orElseThrow();
    assertThat(called.text()).isEqualTo("the council to publish its own accounts");
    assertThat(called.speaker().description()).isEqualTo("The mayor");
  }

  @Test
  void verbAfterAnInfinitiveInTheContentIsNotCoordinatedWithTheCue() {
    // "show" goes with "to step up", not with "said": one relation
    List<Quote> qs =
        quotes(
            "Party leaders said the senator still has time to step up and show that he deserves"
                + " support.\n");
    assertThat(qs).extracting(Quote::cue).doesNotContain("show");
    assertThat(withCue(qs, "said").text()).contains("and show that he deserves support");
  }

  @Test
  void attributiveParticipleIsNoCue() {
    List<Quote> qs =
        quotes(
            "The governor leads by 270 pledged delegates, and his proposed budget faces the"
                + " estimated 55 million voters.\n");
    assertThat(qs).extracting(Quote::cue).doesNotContain("pledged", "proposed", "estimated");
  }

  @Test
  void numberSubjectBeforeASpeechVerbStaysASource() {
    Quote q =
        withCue(quotes("More than 4 in 10 said billionaire investors would do better.\n"), "said");
    assertThat(q.text()).isEqualTo("billionaire investors would do better");
  }

  @Test
  void bareAttitudeNounAfterExpressBelongsToTheCue() {
    Quote q =
        withCue(
            quotes("The mayor expressed deep concern that the dam could fail in the spring.\n"),
            "expressed");
    assertThat(q.text()).isEqualTo("that the dam could fail in the spring");
  }

  @Test
  void attitudeNounWithADeterminerStaysInTheContent() {
    Quote q =
        withCue(
            quotes("The mayor rejected the notion that the dam could fail in the spring.\n"),
            "rejected");
    assertThat(q.text()).startsWith("the notion");
  }

  @Test
  void findWithASurveyAsItsSubjectIsACueWithoutThat() {
    List<Quote> qs =
        quotes(
            "The April survey found the mayor leading the governor by seven points.\n"
                + "The engineers found a crack in the dam near the village.\n");
    Quote q = withCue(qs, "found");
    assertThat(q.text()).isEqualTo("the mayor leading the governor by seven points");
    assertThat(qs).hasSize(1);
  }

  @Test
  void relativeClauseCueBeforeTheMainVerbEndsAtItsComma() {
    List<Quote> qs =
        quotes(
            "Anna Berg, who backed the governor in 2012, said on Tuesday that she would vote for"
                + " the mayor.\n");
    Quote backed = withCue(qs, "backed");
    // a closing "in" + date is an adjunct of the cue (fourteenth round), not part of the content
    assertThat(backed.text()).isEqualTo("the governor");
    Quote said = withCue(qs, "said");
    assertThat(said.text()).isEqualTo("that she would vote for the mayor");
    assertThat(said.speaker().name()).isEqualTo("Anna Berg");
  }

  @Test
  void participleCueBeforeTheMainVerbEndsAtItsComma() {
    List<Quote> qs =
        quotes(
            "Taras Bondar, citing data from the water board, said that the reservoir was half"
                + " empty.\n");
    assertThat(withCue(qs, "citing").text()).isEqualTo("data from the water board");
    assertThat(withCue(qs, "said").text()).isEqualTo("that the reservoir was half empty");
  }

  @Test
  void relativeClauseInsideAContentKeepsItsContentToTheSentenceEnd() {
    Quote q =
        withCue(
            quotes("The mayor said the engineers, who backed the plan, found the dam safe.\n"),
            "said");
    assertThat(q.text()).isEqualTo("the engineers, who backed the plan, found the dam safe");
  }

  @Test
  void continuedBeforeACommaAndAQuotationIsACue() {
    List<Quote> qs =
        quotes(
            "The mayor spoke for an hour.\n"
                + "She continued, “We will rebuild the bridge before the winter.”\n"
                + "The meeting continued, and the council voted.\n");
    Quote q = withCue(qs, "continued");
    assertThat(q.text()).isEqualTo("“We will rebuild the bridge before the winter.”");
    assertThat(qs).extracting(Quote::cue).containsOnlyOnce("continued");
  }

  @Test
  void cueAfterAConjunctionWithItsOwnContentDoesNotAttributeAMidSentenceQuotation() {
    List<Quote> qs =
        quotes(
            "The inspector called the repairs to the dam “badly delayed,” but said the town was"
                + " safe for now.\n");
    Quote said = withCue(qs, "said");
    assertThat(said.text()).isEqualTo("the town was safe for now");
    assertThat(said.kind()).isEqualTo(QuoteKind.INDIRECT);
    assertThat(withCue(qs, "called").text()).contains("“badly delayed,”");
  }

  @Test
  void questionAfterAnOpeningAskedIsAContentBeforeTheAnsweringQuote() {
    List<Quote> qs =
        quotes(
            "Asked whether the dam would hold, the mayor replied: “We are confident it will.”\n"
                + "Asked by a reporter about the dam, the engineer replied: “It is safe.”\n");
    Quote asked = withCue(qs, "Asked");
    assertThat(asked.text()).isEqualTo("whether the dam would hold");
    assertThat(asked.speaker()).isNull();
    assertThat(qs).extracting(Quote::cue).containsOnlyOnce("Asked");
    assertThat(withCue(qs, "replied").text()).isEqualTo("“We are confident it will.”");
  }

  @Test
  void participleAfterAPrepositionBeforeItsNounIsNoCue() {
    List<Quote> qs =
        quotes(
            "The governor holds a lead in pledged delegates over the mayor.\n"
                + "The council has since pledged to rebuild the bridge.\n");
    assertThat(qs).extracting(Quote::cue).doesNotContain("pledged");
    assertThat(withCue(qs, "has since pledged").text()).isEqualTo("to rebuild the bridge");
  }

  @Test
  void statesIsACueOnlyBeforeAThatClauseWithASubject() {
    List<Quote> qs =
        quotes(
            "The law states that courts should not hear such cases.\n"
                + "Rust Belt states that have lost factories voted for the mayor.\n");
    assertThat(withCue(qs, "states").text()).isEqualTo("that courts should not hear such cases");
    assertThat(qs).extracting(Quote::cue).containsOnlyOnce("states");
  }

  @Test
  void quotationAfterACueAndAColonBelongsToThatCue() {
    List<Quote> qs =
        quotes(
            "The mayor, exasperated, famously responded: “What difference does it make?” Her"
                + " critics cited it as evidence that she did not care.\n");
    Quote responded = withCue(qs, "responded");
    assertThat(responded.text()).isEqualTo("“What difference does it make?”");
    assertThat(withCue(qs, "cited").text()).startsWith("it as evidence");
  }

  @Test
  void nounPhraseContentEndsBeforeClosingDateOrMediumAdjunct() {
    List<Quote> endorsed = quotes("The union endorsed the mayor on Thursday.\n");
    assertThat(endorsed).hasSize(1);
    assertThat(endorsed.get(0).text()).isEqualTo("the mayor");
    List<Quote> mocked = quotes("The singer mocked the senator on Twitter.\n");
    assertThat(mocked).hasSize(1);
    assertThat(mocked.get(0).text()).isEqualTo("the senator");
    List<Quote> month = quotes("The governor announced his candidacy in June 2015.\n");
    assertThat(month).hasSize(1);
    assertThat(month.get(0).text()).isEqualTo("his candidacy");
  }

  @Test
  void clauseContentOrModifiedDateKeepsItsAdjunct() {
    List<Quote> clause = quotes("The mayor said the bridge would reopen on Thursday.\n");
    assertThat(clause).hasSize(1);
    assertThat(clause.get(0).text()).isEqualTo("the bridge would reopen on Thursday");
    List<Quote> next = quotes("The union endorsed the mayor next Tuesday.\n");
    assertThat(next).hasSize(1);
    assertThat(next.get(0).text()).endsWith("next Tuesday");
  }

  @Test
  void negatedCueAfterButStartsItsOwnRelation() {
    List<Quote> qs =
        quotes(
            "The inspector said that the dam had been badly maintained but did not recommend"
                + " that the engineers face charges.\n");
    assertThat(qs)
        .extracting(Quote::text)
        .containsExactly(
            "that the dam had been badly maintained", "that the engineers face charges");
    assertThat(qs.get(1).cue()).isEqualTo("did not recommend");
  }

  @Test
  void nounPhraseContentEndsBeforeTimeMeansOrOccasionAdjunct() {
    List<Quote> during = quotes("The governor criticized the mayor during a debate.\n");
    assertThat(during).hasSize(1);
    assertThat(during.get(0).text()).isEqualTo("the mayor");
    List<Quote> at = quotes("The senator praised the farmers at a rally in the capital.\n");
    assertThat(at).hasSize(1);
    assertThat(at.get(0).text()).isEqualTo("the farmers");
    List<Quote> through = quotes("The minister denied the allegations through his lawyer.\n");
    assertThat(through).hasSize(1);
    assertThat(through.get(0).text()).isEqualTo("the allegations");
    List<Quote> year = quotes("The union endorsed the mayor in 2012.\n");
    assertThat(year).hasSize(1);
    assertThat(year.get(0).text()).isEqualTo("the mayor");
  }

  @Test
  void nounPhraseContentKeepsItsOwnModifiersAndClauseContentItsAdjuncts() {
    List<Quote> of = quotes("The governor criticized the handling of the flood by the council.\n");
    assertThat(of).hasSize(1);
    assertThat(of.get(0).text()).isEqualTo("the handling of the flood by the council");
    List<Quote> place = quotes("The senator praised the farmers at the market.\n");
    assertThat(place).hasSize(1);
    assertThat(place.get(0).text()).isEqualTo("the farmers at the market");
    List<Quote> clause = quotes("The mayor said the bridge would be closed during the storm.\n");
    assertThat(clause).hasSize(1);
    assertThat(clause.get(0).text()).isEqualTo("the bridge would be closed during the storm");
  }

  @Test
  void contentOpeningWithPassiveAgentStartsAfterIt() {
    List<Quote> qs =
        quotes("Asked by a local reporter if he would run again, the mayor only smiled.\n");
    assertThat(qs).anyMatch(q -> q.text().startsWith("if he would run again"));
    assertThat(qs).extracting(Quote::text).noneMatch(t -> t.startsWith("by "));
  }

  @Test
  void possessiveDateOpensTheObjectNounPhrase() {
    List<Quote> qs = quotes("The minister condemned Friday's attack as cowardly.\n");
    assertThat(qs).hasSize(1);
    assertThat(qs.get(0).text()).startsWith("Friday's attack");
  }

  @Test
  void objectContentEndsBeforeTheSubjectsSecondPredicate() {
    List<Quote> qs =
        quotes("The network barely mentioned the senator's remarks and went back to its guests.\n");
    assertThat(qs).extracting(Quote::text).contains("the senator's remarks");
    List<Quote> noun =
        quotes("The mayor rejected the plan's costs and delays in the harbor project.\n");
    assertThat(noun).hasSize(1);
    assertThat(noun.get(0).text()).isEqualTo("the plan's costs and delays in the harbor project");
  }

  @Test
  void whComplementOfANounCueKeepsItsOwnVerb() {
    List<Quote> qs =
        quotes("The senator raised questions about how the mayor would pay for the new bridge.\n");
    assertThat(qs).hasSize(1);
    assertThat(qs.get(0).text()).isEqualTo("how the mayor would pay for the new bridge");
  }

  @Test
  void relativeClauseInsideANounCueComplementKeepsItsVerb() {
    List<Quote> qs =
        quotes("The union's criticism of a law that protects the mine owners drew applause.\n");
    assertThat(qs).hasSize(1);
    assertThat(qs.get(0).text()).isEqualTo("a law that protects the mine owners");
  }

  @Test
  void serialCommaListStaysInANounPhraseContent() {
    List<Quote> list =
        quotes("The senator criticized the mayor, the council, and the harbor authority.\n");
    assertThat(list).hasSize(1);
    assertThat(list.get(0).text()).isEqualTo("the mayor, the council, and the harbor authority");
    List<Quote> clause =
        quotes("The senator criticized the mayor, and the council voted against the plan.\n");
    assertThat(clause).extracting(Quote::text).contains("the mayor");
  }
}
