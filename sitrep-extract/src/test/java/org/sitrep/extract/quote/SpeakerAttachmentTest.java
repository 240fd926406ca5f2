package org.sitrep.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.core.model.Quote;
import org.sitrep.core.model.Source;
import org.sitrep.core.text.Span;

/** Which noun phrase of the clause is the speaker of a cue, on text run through CoreNLP. */
class SpeakerAttachmentTest {
  private static List<Quote> quotes(String text) {
    return QuoteFixtures.quotes(text);
  }

  /** The quote whose cue is {@code cue}. */
  private static Quote withCue(List<Quote> qs, String cue) {
    Optional<Quote> q = qs.stream().filter(x -> cue.equals(x.cue())).findFirst();
    assertThat(q).as("a quote with the cue %s in %s", cue, qs).isPresent();
    return q.get();
  }

  /** The words the scorer reads: the name, else the description. */
  private static String speaker(Quote q) {
    Source s = q.speaker();
    assertThat(s).as("speaker of %s", q.text()).isNotNull();
    return s.name() != null ? s.name() : s.description();
  }

  @Test
  void objectOfACausingVerbSpeaksTheInfinitive() {
    List<Quote> qs =
        quotes("The shelling of the dam led local engineers to warn that the river could flood.\n");
    assertThat(speaker(withCue(qs, "warn"))).isEqualTo("local engineers");
  }

  @Test
  void subjectOfAForInfinitiveSpeaks() {
    List<Quote> qs =
        quotes(
            "The lull in the fighting was a rare opening for aid workers to demand access to the"
                + " wounded.\n");
    assertThat(speaker(withCue(qs, "demand"))).isEqualTo("aid workers");
  }

  @Test
  void encouragingSubjectKeepsTheInfinitive() {
    List<Quote> qs =
        quotes(
            "Colonel Anna Berg spoke on Monday.\n"
                + "Berg encouraged the villagers to report any looting to the police.\n");
    assertThat(speaker(withCue(qs, "report"))).isEqualTo("Anna Berg");
  }

  @Test
  void relativeClauseOnAMadeThingSpeaksForItsMaker() {
    List<Quote> qs =
        quotes(
            "The rebel command released a video on Sunday that accuses the army of shelling"
                + " civilians.\n");
    assertThat(speaker(withCue(qs, "accuses"))).isEqualTo("The rebel command");
  }

  @Test
  void participleAfterAMediumAndItsAddresseeSpeaksForTheSender() {
    List<Quote> qs =
        quotes(
            "The ministry sent out a message to residents saying: \u201cStay indoors until the"
                + " shelling stops.\u201d\n");
    assertThat(speaker(withCue(qs, "saying"))).isEqualTo("The ministry");
  }

  @Test
  void participleAfterARecipientIsTheRecipients() {
    List<Quote> qs =
        quotes("Wealthy donors gave $5 million to a militia backing the former governor.\n");
    assertThat(speaker(withCue(qs, "backing"))).isEqualTo("a militia");
  }

  @Test
  void thoseWithAParticipleOrPrepositionIsTheSource() {
    List<Quote> qs =
        quotes(
            "By a wide margin, those surveyed say the ceasefire will not hold.\n"
                + "Those around the minister say the talks will resume.\n"
                + "The minister, Ali Hassan, spoke on Monday. Those close to him say he will"
                + " resign.\n");
    assertThat(qs)
        .extracting(SpeakerAttachmentTest::speaker)
        .contains("those surveyed", "Those around the minister", "Those close to him");
  }

  @Test
  void theyAfterAGroupsAttributionIsThatGroup() {
    List<Quote> qs =
        quotes(
            "The rebel groups denounced the attack and what they called a massacre of civilians.\n");
    assertThat(speaker(withCue(qs, "called"))).isEqualTo("The rebel groups");
  }

  @Test
  void theyAfterOnePersonsAttributionStaysUnresolved() {
    List<Quote> qs =
        quotes(
            "Mayor Ali Hassan spoke on Monday.\n"
                + "Hassan denounced the attack and what they called a massacre of civilians.\n");
    assertThat(speaker(withCue(qs, "called"))).isEqualTo("they");
  }

  @Test
  void quotedTitleInsideAnAppositionBelongsToTheSource() {
    List<Quote> qs =
        quotes(
            "Omar Khalid, the editor of ''Al Nour,'' warned that the paper would close within a"
                + " month.\n");
    assertThat(speaker(withCue(qs, "warned"))).isEqualTo("Omar Khalid");
  }

  @Test
  void aDateIsNoSourceTheSubjectIs() {
    List<Quote> qs =
        quotes(
            "General Ali Hassan has criticized the plan but on Tuesday wrote that the army would"
                + " withdraw.\n");
    assertThat(speaker(withCue(qs, "wrote"))).isEqualTo("Ali Hassan");
  }

  @Test
  void aDateClosingTheSourceKeepsItsHead() {
    List<Quote> qs = quotes("A Gallup poll out Monday showed the president with a narrow lead.\n");
    assertThat(withCue(qs, "showed").speaker().description()).startsWith("A Gallup poll");
  }

  @Test
  void aLaterByAgentOfAPassiveCueIsTheSource() {
    List<Quote> qs =
        quotes(
            "The death toll was confirmed as one of the highest of the whole war by the local"
                + " health ministry.\n");
    assertThat(speaker(withCue(qs, "was confirmed"))).isEqualTo("the local health ministry");
  }

  @Test
  void subjectOfAnExperiencerPassiveHoldsTheStance() {
    List<Quote> qs =
        quotes(
            "Colonel Anna Berg is convinced that the rebels will withdraw.\n"
                + "About 300 fighters are believed to have fled the town.\n");
    assertThat(speaker(withCue(qs, "is convinced"))).isEqualTo("Anna Berg");
    assertThat(withCue(qs, "are believed").speaker()).isNull();
  }

  @Test
  void partyStateLabelInParenthesesStaysWithTheName() {
    List<Quote> qs =
        quotes(
            "The committee met on Monday. Rep. Anna Berg (R-S.C.) said that claim smacked of"
                + " hypocrisy.\n");
    assertThat(speaker(withCue(qs, "said"))).isEqualTo("Anna Berg");
  }

  @Test
  void partyStateLabelBeforeAnAppositionStaysWithTheName() {
    List<Quote> qs =
        quotes(
            "The senators spoke. Sen. Tom Hale, D-Calif., a member of the armed services"
                + " committee, said the strikes would continue.\n"
                + "Sen. Mark Wells, R-S.C., a former Army officer, said the troops would stay.\n");
    List<Quote> said = qs.stream().filter(q -> "said".equals(q.cue())).toList();
    assertThat(said)
        .extracting(SpeakerAttachmentTest::speaker)
        .containsExactly("Tom Hale", "Mark Wells");
  }

  @Test
  void capitalisedWordBeforeAWhoClauseIsTheSpeaker() {
    // CoreNLP tags "Strong" as an adjective; "who" refers to a person.
    List<Quote> qs =
        quotes("Strong, who served two tours in Iraq, said the convention could be a failure.\n");
    Quote said = withCue(qs, "said");
    assertThat(speaker(said)).isEqualTo("Strong");
    assertThat(said.text()).isEqualTo("the convention could be a failure");
  }

  @Test
  void subjectBeforeAParticipleClauseSpeaksNotTheComplementSubject() {
    List<Quote> qs =
        quotes(
            "Ukrainian delegate Olena Kovalenko, clad in a blue cape with lights that formed the"
                + " word Peace, said the talks could be a failure.\n"
                + "Local delegate Petro Shevchenko, wearing a shirt covered in campaign buttons,"
                + " said he's proud of the campaign.\n");
    List<Quote> said = qs.stream().filter(q -> "said".equals(q.cue())).toList();
    assertThat(said)
        .extracting(SpeakerAttachmentTest::speaker)
        .containsExactly("Olena Kovalenko", "Petro Shevchenko");
    assertThat(said)
        .extracting(Quote::text)
        .containsExactly("the talks could be a failure", "he's proud of the campaign");
  }

  @Test
  void invertedSourceWithARelativeClauseStaysInverted() {
    List<Quote> qs =
        quotes("The shelling went on for hours, said Taras Bondar, a teacher who lives nearby.\n");
    Quote said = withCue(qs, "said");
    assertThat(speaker(said)).isEqualTo("Taras Bondar");
    assertThat(said.text()).isEqualTo("The shelling went on for hours");
  }

  @Test
  void coordinatedCueSharesTheSubjectOfItsClause() {
    List<Quote> qs =
        quotes(
            "The crowd cheered when Petro Shevchenko spotted a banner and asked that it be brought"
                + " to him.\n"
                + "Judge Olena Marchenko put off deciding whether the ministry could question the"
                + " witness but said the court would rule next week.\n");
    assertThat(speaker(withCue(qs, "asked"))).isEqualTo("Petro Shevchenko");
    assertThat(speaker(withCue(qs, "said"))).isEqualTo("Olena Marchenko");
  }

  @Test
  void organisationQualifyingAHeadNounIsNotTheSpeaker() {
    List<Quote> qs =
        quotes(
            "The United Nations sent observers to the town in March.\n"
                + "United Nations officials said the convoy had reached the town.\n"
                + "The United Nations said the convoy had reached the town.\n");
    List<Quote> said = qs.stream().filter(q -> "said".equals(q.cue())).toList();
    assertThat(said).hasSize(2);
    assertThat(said.get(0).speaker().name()).isNull();
    assertThat(said.get(0).speaker().entity()).isNull();
    assertThat(said.get(0).speaker().description()).isEqualTo("United Nations officials");
    assertThat(said.get(1).speaker().name()).isEqualTo("United Nations");
  }

  @Test
  void participleAfterANestedStatementContinuesTheOuterSpeaker() {
    List<Quote> qs =
        quotes(
            "Colonel Anna Berg said the talks failed after Taras Bondar denied blocking the convoy,"
                + " calling the delay a disgrace.\n");
    assertThat(speaker(withCue(qs, "denied"))).isEqualTo("Taras Bondar");
    assertThat(speaker(withCue(qs, "calling"))).isEqualTo("Anna Berg");
  }

  @Test
  void nonFiniteCueInsideAPostposedContentIsPartOfIt() {
    List<Quote> qs =
        quotes(
            "The cost of the repairs is difficult to estimate, engineers say, because the river is"
                + " still high.\n");
    assertThat(qs).extracting(Quote::cue).containsExactly("say");
    assertThat(speaker(qs.get(0))).isEqualTo("engineers");
  }

  @Test
  void tailAfterAQuotationIsContentAndTheNameAfterTheCueSpeaks() {
    List<Quote> qs =
        quotes(
            "\u201cWe are relieved\u201d about the ceasefire, said Rosa Diaz, a nurse at the clinic.\n"
                + "\u201cThe town will fall within days\u201d if the bridge is lost, said Colonel"
                + " Anna Berg.\n");
    List<Quote> said = qs.stream().filter(q -> "said".equals(q.cue())).toList();
    assertThat(said)
        .extracting(SpeakerAttachmentTest::speaker)
        .containsExactly("Rosa Diaz", "Anna Berg");
    assertThat(said)
        .extracting(Quote::text)
        .containsExactly(
            "\u201cWe are relieved\u201d about the ceasefire",
            "\u201cThe town will fall within days\u201d if the bridge is lost");
  }

  @Test
  void finiteCueInsideAPostposedContentIsPartOfIt() {
    List<Quote> qs =
        quotes(
            "The army plans to rebuild the bridge by May, a spokesman for the regional governor"
                + " said.\n");
    assertThat(qs).extracting(Quote::cue).containsExactly("said");
    assertThat(speaker(qs.get(0))).isEqualTo("a spokesman for the regional governor");
    assertThat(qs.get(0).text()).isEqualTo("The army plans to rebuild the bridge by May");
  }

  @Test
  void participleAfterAPrepositionalPhraseAttachesToItsNoun() {
    List<Quote> qs =
        quotes(
            "The campaign spent millions of dollars in ads attacking the governor.\n"
                + "The campaign spent the weekend in Kharkiv attacking the governor.\n");
    List<Quote> attacking = qs.stream().filter(q -> "attacking".equals(q.cue())).toList();
    assertThat(attacking)
        .extracting(SpeakerAttachmentTest::speaker)
        .containsExactly("ads", "The campaign");
  }

  @Test
  void timeWithItsDeterminerAndSinceStandBetweenSubjectAndCue() {
    List<Quote> qs =
        quotes(
            "A second officer at the base that evening backed the colonel's account.\n"
                + "City officials have since balked at the owner's plan to build a hotel.\n");
    assertThat(qs).hasSize(2);
    assertThat(speaker(qs.get(0))).isEqualTo("A second officer at the base");
    assertThat(speaker(qs.get(1))).isEqualTo("City officials");
  }

  @Test
  void partyWordReadAsAnAdjectiveHeadsTheSource() {
    List<Quote> qs =
        quotes("One Republican threatened to make the minister testify in a public setting.\n");
    assertThat(speaker(withCue(qs, "threatened"))).isEqualTo("One Republican");
  }

  @Test
  void frontedPhraseWithoutCommaKeepsTheSubjectOfAParticiple() {
    List<Quote> qs =
        quotes(
            "On Sunday morning Colonel Anna Berg made a third attempt to calm the town, writing on"
                + " Twitter that the real danger was the flood.\n");
    assertThat(speaker(withCue(qs, "writing"))).isEqualTo("Anna Berg");
  }

  @Test
  void subordinatorOpeningTheSourceIsLeftOut() {
    List<Quote> qs =
        quotes(
            "Colonel Anna Berg visited the town on Monday. The town must be rebuilt \"from the"
                + " ground up,\" as she put it.\n");
    assertThat(speaker(withCue(qs, "put"))).isEqualTo("Anna Berg");
  }

  @Test
  void gerundInAnOpeningPrepositionalPhraseTakesTheMainSubject() {
    List<Quote> qs =
        quotes(
            "In addition to stating that the bridge was safe, Colonel Anna Berg has promised to"
                + " rebuild the road.\n");
    assertThat(speaker(withCue(qs, "stating"))).isEqualTo("Anna Berg");
  }

  @Test
  void cueInARelativeClauseStaysInsideTheContent() {
    List<Quote> qs =
        quotes(
            "The governor noted that both parties were citing reports that show the dam is"
                + " failing.\n");
    assertThat(qs).extracting(Quote::cue).containsExactly("noted");
    assertThat(speaker(qs.get(0))).isEqualTo("The governor");
    assertThat(qs.get(0).text())
        .isEqualTo("that both parties were citing reports that show the dam is failing");
  }

  @Test
  void agentOfABareParticipleAsks() {
    List<Quote> qs =
        quotes(
            "Asked by a local reporter whether the bridge would reopen, Colonel Anna Berg said"
                + " the engineers needed another week.\n");
    assertThat(speaker(withCue(qs, "Asked"))).isEqualTo("a local reporter");
    assertThat(speaker(withCue(qs, "said"))).isEqualTo("Anna Berg");
  }

  @Test
  void causeOfAnAttitudeParticipleIsNoSource() {
    List<Quote> qs =
        quotes(
            "Last September, local authorities worried by the increase in looting contacted the"
                + " army.\n");
    Quote q = withCue(qs, "worried");
    assertThat(q.speaker() == null ? "" : speaker(q)).doesNotContain("increase");
  }

  @Test
  void laterAgentMayOpenWithAnAdjectiveOrPossessive() {
    List<Quote> qs =
        quotes(
            "Colonel Anna Berg was praised on Monday by fellow officers for the evacuation.\n"
                + "Taras Bondar was recommended to the minister by his longtime friend Olga"
                + " Shevchenko.\n");
    assertThat(speaker(withCue(qs, "was praised"))).isEqualTo("fellow officers");
    assertThat(speaker(withCue(qs, "was recommended"))).isEqualTo("Olga Shevchenko");
  }

  @Test
  void nestedBeliefOrIntentionStaysInTheOuterContent() {
    List<Quote> qs =
        quotes(
            "Colonel Anna Berg said the road is open again and the villagers want to return"
                + " before winter.\n"
                + "The mayor noted that after the shelling most residents support a ceasefire.\n");
    assertThat(qs).extracting(Quote::cue).containsExactly("said", "noted");
    assertThat(speaker(qs.get(0))).isEqualTo("Anna Berg");
    assertThat(qs.get(0).text())
        .isEqualTo("the road is open again and the villagers want to return before winter");
    assertThat(speaker(qs.get(1))).isEqualTo("The mayor");
    assertThat(qs.get(1).text())
        .isEqualTo("that after the shelling most residents support a ceasefire");
  }

  @Test
  void nestedSpeechStillStartsItsOwnRelation() {
    List<Quote> qs =
        quotes(
            "Colonel Anna Berg said the road is open again and the mayor warned that the rebels"
                + " had mined it.\n");
    assertThat(qs).extracting(Quote::cue).containsExactly("said", "warned");
    assertThat(speaker(withCue(qs, "warned"))).isEqualTo("the mayor");
    assertThat(qs.get(0).text()).isEqualTo("the road is open again");
  }

  @Test
  void unattributedQuotationTakesTheSpeakerOfTheCueBeforeItInItsParagraph() {
    List<Quote> qs =
        quotes(
            "Colonel Anna Berg spoke to reporters in Kyiv on Monday. \u201cThe convoy will leave"
                + " tomorrow,\u201d Berg said.\n\n"
                + "In the 1990s, the mayor ran a large bakery in the city. His former business"
                + " partner, Taras Bondar, called him a master at difficult negotiations. \u201cHe"
                + " showed again and again an ability to close deals that others could not.\u201d\n");
    Quote q =
        qs.stream().filter(x -> x.text().contains("again and again")).findFirst().orElseThrow();
    assertThat(speaker(q)).isEqualTo("Taras Bondar");
    assertThat(speaker(withCue(qs, "said"))).isEqualTo("Anna Berg");
  }

  @Test
  void aTextOrACrowdAfterAQuotationSpeaksIt() {
    List<Quote> qs =
        quotes(
            "Colonel Anna Berg spoke to reporters in Kyiv on Monday.\n\n"
                + "\u201cThe convoy will not leave before the bridge is repaired,\u201d the army"
                + " statement read.\n\n"
                + "\u201cWe want to go back to our homes,\u201d the crowd shouted.\n");
    assertThat(speaker(withCue(qs, "read"))).isEqualTo("the army statement");
    assertThat(speaker(withCue(qs, "shouted"))).isEqualTo("the crowd");
  }

  @Test
  void readElsewhereIsNoCue() {
    List<Quote> qs = quotes("Colonel Anna Berg read the report on the convoy before noon.\n");
    assertThat(qs).isEmpty();
  }

  @Test
  void questionInDoubledApostrophesIsAttributedAfterIt() {
    List<Quote> qs =
        quotes(
            "Colonel Anna Berg spoke to reporters in Kyiv on Monday.\n\n"
                + "''Why would anyone shell a hospital full of children?'' Taras Bondar asked.\n");
    assertThat(speaker(withCue(qs, "asked"))).isEqualTo("Taras Bondar");
  }

  @Test
  void nameWithARelativeClauseAfterAQuotationSpeaksIt() {
    List<Quote> qs =
        quotes(
            "Colonel Anna Berg spoke to reporters in Kyiv on Monday.\n\n"
                + "\u201cWe have not had water for a week,\u201d Olga Shevchenko, who runs a bakery"
                + " near the station, said on Tuesday.\n");
    assertThat(speaker(withCue(qs, "said"))).isEqualTo("Olga Shevchenko");
  }

  @Test
  void namedPeopleAfterAVerbSpeakTheirParticiple() {
    List<Quote> qs =
        quotes(
            "The ministry released a video featuring Taras Bondar telling residents that the"
                + " bridge will reopen.\n"
                + "The rebel command released a video accusing the army of shelling civilians.\n");
    assertThat(speaker(withCue(qs, "telling"))).isEqualTo("Taras Bondar");
    assertThat(speaker(withCue(qs, "accusing"))).isEqualTo("The rebel command");
  }

  @Test
  void unattributedQuotationInTheNextParagraphTakesTheSpeakerOfTheCueBeforeIt() {
    List<Quote> qs =
        quotes(
            "\u201cThe convoy will leave tomorrow,\u201d Colonel Anna Berg said.\n\n"
                + "Taras Bondar, the mayor, said the shelling had cut the water supply.\n\n"
                + "\u201cWe cannot wait another week for water in this town.\u201d\n");
    Quote q = qs.stream().filter(x -> x.text().contains("another week")).findFirst().orElseThrow();
    assertThat(speaker(q)).isEqualTo("Taras Bondar");
  }

  @Test
  void pluralPronounInsideTheSentenceStandsForItsOpeningSubject() {
    List<Quote> qs =
        quotes(
            "Local officials and aid workers pointed at what they called a failure of the"
                + " convoy system.\n");
    assertThat(speaker(withCue(qs, "called"))).isEqualTo("Local officials and aid workers");
  }

  @Test
  void pronounWhoseNumberDisagreesKeepsNoAntecedent() {
    List<Quote> qs =
        quotes("The ministry pointed at what they called a failure of the convoy system.\n");
    assertThat(speaker(withCue(qs, "called"))).isEqualTo("they");
  }

  @Test
  void personBeforeTwoAppositionsSpeaks() {
    List<Quote> qs =
        quotes(
            "Anna Berg, the foreign minister of Ukraine, a member of the Security Council, said"
                + " the talks had failed.\n");
    assertThat(speaker(withCue(qs, "said"))).isEqualTo("Anna Berg");
  }

  @Test
  void nameInsideARelativeOrParticipleClauseIsNotTheSpeaker() {
    List<Quote> qs =
        quotes(
            "Current and former officials who spoke with the Kyiv Herald said the ministry had"
                + " become a shell.\n"
                + "Another intelligence source speaking to the Kyiv Herald said the convoy had been"
                + " stopped.\n");
    assertThat(speaker(withCue(qs, "said"))).isEqualTo("Current and former officials");
    Quote second = qs.stream().filter(q -> q.text().contains("convoy")).findFirst().orElseThrow();
    assertThat(speaker(second)).isEqualTo("Another intelligence source");
  }

  @Test
  void sourceRightAfterARelativeWordIsTheClauseSubject() {
    List<Quote> qs =
        quotes(
            "The blast hit an explosion site that Mayor Taras Bondar described as an intentional"
                + " act.\n");
    assertThat(speaker(withCue(qs, "described"))).isEqualTo("Taras Bondar");
  }

  @Test
  void nameBeforeAnAppositionHoldingAClauseSpeaks() {
    List<Quote> qs =
        quotes(
            "Colonel Anna Berg, a veteran officer in a brigade where discipline usually means"
                + " silence, insists that the convoy must wait.\n"
                + "For one thing, Taras Bondar, the mayor and likely winner of the vote to come in"
                + " May, proposed to open the bridge.\n");
    assertThat(speaker(withCue(qs, "insists"))).isEqualTo("Anna Berg");
    assertThat(speaker(withCue(qs, "proposed"))).isEqualTo("Taras Bondar");
  }

  @Test
  void invertedAttributionInsideItsContentNamesTheSpeaker() {
    List<Quote> qs =
        quotes(
            "The damage to the bridge, said Colonel Anna Berg, would delay the convoy by a"
                + " week.\n");
    Quote q = withCue(qs, "said");
    assertThat(speaker(q)).isEqualTo("Anna Berg");
    assertThat(q.parts())
        .extracting(Span::text)
        .containsExactly("The damage to the bridge", "would delay the convoy by a week");
  }

  @Test
  void subordinatorBeforeAParticipleCueIsNoSpeaker() {
    List<Quote> qs =
        quotes(
            "Colonel Anna Berg had earlier said, \u201cWe will see,\u201d when asked whether"
                + " the convoy would wait.\n"
                + "A third of the villagers reported \u201cno damage\u201d when asked whether"
                + " the bridge was safe.\n");
    assertThat(qs.stream().filter(q -> "asked".equals(q.cue())).map(SpeakerAttachmentTest::speaker))
        .containsExactly("Anna Berg", "A third of the villagers");
  }

  @Test
  void pluralNounWithAPostnominalAdjectivePhraseHeadsTheSource() {
    List<Quote> qs =
        quotes(
            "Colonel Anna Berg spoke on Monday.\n"
                + "At times last month, aides close to the colonel said, the mere mention of the"
                + " bridge made her angry.\n");
    assertThat(speaker(withCue(qs, "said"))).isEqualTo("aides close to the colonel");
  }

  @Test
  void singularSubjectBeforeAVerbTaggedAsAPluralNounSpeaks() {
    List<Quote> qs =
        quotes(
            "The regional governor plans to reopen the bridge on Monday.\n"
                + "The rare accord calls on all nations to limit shelling near the dam.\n");
    assertThat(speaker(withCue(qs, "plans"))).isEqualTo("The regional governor");
    assertThat(speaker(withCue(qs, "calls on"))).isEqualTo("The rare accord");
  }

  @Test
  void adverbialParenthesisBetweenSubjectAndCueIsSkipped() {
    List<Quote> qs =
        quotes(
            "Colonel Anna Berg spoke on Monday. Berg, after the shelling of the market ended in"
                + " March, initially said that no civilians had been hurt.\n");
    assertThat(speaker(withCue(qs, "initially said"))).isEqualTo("Anna Berg");
  }

  @Test
  void hyphenInsideACompoundOpensNoDashParenthesis() {
    List<Quote> qs =
        quotes(
            "Colonel Anna Berg spoke on Monday. Berg \u2014 after a hand-on-heart-gesture \u2014"
                + " told reporters that the convoy would wait.\n");
    assertThat(speaker(withCue(qs, "told"))).isEqualTo("Anna Berg");
  }

  @Test
  void cueInAFrontedAdverbialClauseEndsItsContentAtTheClauseComma() {
    List<Quote> qs =
        quotes(
            "While the mayor pushed for a ceasefire in the south, the rebels shelled the market"
                + " again.\n"
                + "As Colonel Anna Berg said on Monday, the convoy will wait.\n"
                + "Although the mayor is confident that the dam will hold, the villagers left the"
                + " town on Monday.\n");
    Quote pushed = withCue(qs, "pushed");
    assertThat(speaker(pushed)).isEqualTo("the mayor");
    assertThat(pushed.text()).isEqualTo("a ceasefire in the south");
    assertThat(withCue(qs, "said").text()).isEqualTo("the convoy will wait");
    assertThat(withCue(qs, "confident").text()).isEqualTo("that the dam will hold");
  }

  @Test
  void contrastiveClauseEndsANounPhraseContentAndSpeaksForItself() {
    List<Quote> qs =
        quotes(
            "The mayor has pushed for a ceasefire in the south while the rebel commander has"
                + " rejected any talks.\n");
    assertThat(withCue(qs, "has pushed").text()).isEqualTo("a ceasefire in the south");
    assertThat(speaker(withCue(qs, "has rejected"))).isEqualTo("the rebel commander");
  }

  @Test
  void semicolonEndsTheContent() {
    List<Quote> qs =
        quotes(
            "Colonel Anna Berg said the bridge would reopen on Monday; the convoy left the town a"
                + " day later.\n");
    Quote said = withCue(qs, "said");
    assertThat(speaker(said)).isEqualTo("Anna Berg");
    assertThat(said.text()).isEqualTo("the bridge would reopen on Monday");
  }

  @Test
  void absoluteWithClauseEndsTheContentAndNamesItsOwnSpeaker() {
    List<Quote> qs =
        quotes(
            "The ministry has denied that the dam was damaged, with Mayor Taras Bondar taking to"
                + " the radio to call the report a lie.\n");
    assertThat(withCue(qs, "has denied").text()).isEqualTo("that the dam was damaged");
    assertThat(speaker(withCue(qs, "call"))).isEqualTo("Taras Bondar");
  }

  @Test
  void nounBeforeAPostnominalStanceAdjectiveHoldsTheStance() {
    List<Quote> qs =
        quotes(
            "The shelling drove out all but a handful of doctors willing to stay in the besieged"
                + " town.\n"
                + "The ministry has made comments supportive of the ceasefire.\n");
    assertThat(speaker(withCue(qs, "willing"))).isEqualTo("a handful of doctors");
    assertThat(speaker(withCue(qs, "supportive of"))).isEqualTo("The ministry");
  }

  @Test
  void participleAfterARelationWithoutASourceTakesTheSubject() {
    List<Quote> qs =
        quotes(
            "Farmers had sued after the ministry closed what had been called the \u201cNorthern"
                + " Canal,\u201d saying that the closure ruined the harvest.\n");
    assertThat(speaker(withCue(qs, "saying"))).isEqualTo("Farmers");
  }

  @Test
  void personCompletingAPrepositionOrVerbInsideTheSourceIsNotTheSpeaker() {
    List<Quote> qs =
        quotes(
            "Colonel Anna Berg left on Monday. A handful of officers, long dismissive of attempts"
                + " to remove Anna Berg, are now convinced that the convoy will wait.\n");
    Quote q = withCue(qs, "are now convinced");
    assertThat(q.speaker().name()).isNull();
    assertThat(speaker(q)).startsWith("A handful of officers");
  }

  @Test
  void newClauseAfterACommaAndConjunctionEndsAClauseContent() {
    List<Quote> qs =
        quotes(
            "Colonel Anna Berg said the bridge was safe, but the engineers found deep cracks in"
                + " its pillars.\n"
                + "The mayor insisted that the dam would hold, and the villagers returned to their"
                + " homes.\n");
    assertThat(withCue(qs, "said").text()).isEqualTo("the bridge was safe");
    assertThat(withCue(qs, "insisted").text()).isEqualTo("that the dam would hold");
  }

  @Test
  void contentInsideARelativeClauseEndsWhereTheMainVerbResumes() {
    List<Quote> qs =
        quotes(
            "Two army officers, who spoke on condition of anonymity because they were not allowed"
                + " to discuss the talks, said the convoy would wait.\n");
    assertThat(withCue(qs, "discuss").text()).isEqualTo("the talks");
    assertThat(speaker(withCue(qs, "said"))).isEqualTo("Two army officers");
  }

  @Test
  void approximationClosingTheSubjectStaysInTheSource() {
    List<Quote> qs =
        quotes(
            "In each of those villages, about a third of the residents or fewer want a ceasefire.\n");
    assertThat(speaker(withCue(qs, "want"))).startsWith("a third of the residents");
  }

  @Test
  void participialAdjectiveAfterAPossessiveKeepsThePossessorAsHolder() {
    List<Quote> qs =
        quotes("The ceasefire could blunt the rebels' generalized demands for a new government.\n");
    assertThat(speaker(withCue(qs, "demands for"))).isEqualTo("the rebels");
  }

  @Test
  void personInsideARelativeClauseOnTheSubjectDoesNotSpeak() {
    List<Quote> qs =
        quotes(
            "The documentary \u2015 which gathers the voices of aid workers and the surgeon Anna"
                + " Berg, among others \u2015 explains that the siege starved the city.\n");
    assertThat(speaker(withCue(qs, "explains"))).startsWith("The documentary");
  }

  @Test
  void participleAfterAnObjectNamingPeopleIsTheirs() {
    List<Quote> qs =
        quotes(
            "The raids on the villages and attacks on the convoy have left 60 percent of residents"
                + " saying the road is unsafe.\n");
    assertThat(speaker(withCue(qs, "saying"))).contains("residents");
    List<Quote> sent =
        quotes("The mayor emailed volunteers saying: \u201cThe shelters are full.\u201d\n");
    assertThat(speaker(withCue(sent, "saying"))).isEqualTo("The mayor");
  }

  @Test
  void participleAfterAPredicativePhraseTakesTheSubject() {
    List<Quote> qs =
        quotes("On Monday, Colonel Anna Berg was on Radio Lviv talking about the convoy.\n");
    assertThat(speaker(withCue(qs, "talking"))).isEqualTo("Anna Berg");
  }

  @Test
  void participleAfterAModifiedOpeningClauseTakesTheMainSubject() {
    List<Quote> qs =
        quotes(
            "Shortly after the governor's briefing ended, the relief agency sent out a statement"
                + " saying the bridge was closed.\n");
    assertThat(speaker(withCue(qs, "saying"))).isEqualTo("the relief agency");
    List<Quote> later =
        quotes(
            "Days after its survey was published, the monitoring group issued a statement saying"
                + " the shelling had resumed.\n");
    assertThat(speaker(withCue(later, "saying"))).isEqualTo("the monitoring group");
  }

  @Test
  void expletiveItNamesNoSpeaker() {
    List<Quote> qs =
        quotes(
            "It was at the briefing that the colonel gave his account of the raid, pointing to"
                + " satellite images of the burned depot.\n");
    assertThat(speaker(withCue(qs, "pointing"))).contains("colonel");
    List<Quote> helped =
        quotes(
            "It has not helped that the mission has changed its message, from promising a quick"
                + " withdrawal to calling for patience.\n");
    assertThat(speaker(withCue(helped, "promising"))).isEqualTo("the mission");
  }
}
