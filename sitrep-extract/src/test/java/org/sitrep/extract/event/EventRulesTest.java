package org.sitrep.extract.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.core.article.Article;
import org.sitrep.core.model.Actor;
import org.sitrep.core.model.DateRef;
import org.sitrep.core.model.Event;
import org.sitrep.core.pipeline.AnnotatedArticle;
import org.sitrep.core.pipeline.Layers;
import org.sitrep.extract.claim.ClaimAnnotator;
import org.sitrep.extract.entity.EntityAnnotator;
import org.sitrep.extract.quote.QuoteAnnotator;

/** The rules added to raise MUC-4 precision: background dates, modifiers, one name per actor. */
class EventRulesTest {
  private static List<Event> events(String text) {
    return EventFixtures.events(text, LocalDate.of(2018, 2, 4), false);
  }

  private static Draft dated(String value) {
    Draft d = new Draft(AcledType.REMOTE_EXPLOSIVE, Cue.BOMB);
    d.date = new DateRef(value, value);
    return d;
  }

  @Test
  void yearsAreReadOnlyFromDatesThatStartWithOne() {
    assertThat(Anchors.year("1989-11-16")).isEqualTo(1989);
    assertThat(Anchors.year("1986")).isEqualTo(1986);
    assertThat(Anchors.year("XXXX-WXX-5")).isNull();
    assertThat(Anchors.year("1800")).isEqualTo(1800);
    assertThat(Anchors.year("12345")).isNull();
    assertThat(Anchors.year(null)).isNull();
  }

  @Test
  void eventsTwoYearsBeforeTheReportAreBackground() {
    assertThat(EventCoder.background(dated("1986-04"), 1989)).isTrue();
    assertThat(EventCoder.background(dated("1987"), 1989)).isTrue();
    assertThat(EventCoder.background(dated("1988-12"), 1989)).isFalse();
    assertThat(EventCoder.background(dated("XXXX-WXX-5"), 1989)).isFalse();
    // "at 0640": a time of day read as a year is no date in the past.
    assertThat(EventCoder.background(dated("0640"), 1989)).isFalse();
    assertThat(EventCoder.background(dated("1986-04"), null)).isFalse();
    assertThat(EventCoder.background(new Draft(AcledType.REMOTE_EXPLOSIVE, Cue.BOMB), 1989))
        .isFalse();
  }

  @Test
  void backgroundEventsAreCodedWithTheirOwnDatesAndMarked() {
    assertThat(events("Guerrillas bombed the embassy in Lima in March 2014."))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.background()).isTrue();
              assertThat(e.date().value()).isEqualTo("2014-03");
            });
    assertThat(events("Guerrillas bombed the embassy in Lima in March 2017."))
        .singleElement()
        .extracting(Event::background)
        .isEqualTo(false);
  }

  @Test
  void aTriggerModifyingANounIsNoEvent() {
    assertThat(events("Members of the kidnapping ring were released in Lima on Friday.")).isEmpty();
    assertThat(events("Two attack helicopters landed in Lima on Friday.")).isEmpty();
    // The modified noun is a trigger itself: the event stays.
    assertThat(events("A car bomb explosion damaged the embassy in Lima on Friday."))
        .singleElement()
        .extracting(Event::subType)
        .isEqualTo("Remote explosive/landmine/IED");
  }

  @Test
  void namesSharingAContentWordAreOneParticipant() {
    assertThat(EventCoder.sharesWord("guerrillas", "the guerrilla column")).isTrue();
    assertThat(EventCoder.sharesWord("president alfredo cristiani", "cristiani")).isTrue();
    assertThat(EventCoder.sharesWord("armed forces", "armed men")).isFalse();
    assertThat(EventCoder.sharesWord("fmln", "guerrillas")).isFalse();
  }

  @Test
  void laterMentionsTakeTheFirstName() {
    Map<String, List<Actor>> named = new LinkedHashMap<>();
    Draft first = new Draft(AcledType.ATTACK_ON_CIVILIANS, Cue.ATTACK);
    first.addActor(new Actor("guerrillas", null, "perpetrator"));
    first.addActor(new Actor("the embassy", null, "target"));
    EventCoder.corefer(first, named);
    Draft later = new Draft(AcledType.ATTACK_ON_CIVILIANS, Cue.ATTACK);
    later.addActor(new Actor("the guerrilla column", null, "perpetrator"));
    later.addActor(new Actor("guerrillas", null, "perpetrator"));
    later.addActor(new Actor("the embassy building", null, "target"));
    EventCoder.corefer(later, named);
    assertThat(later.actors.values())
        .extracting(Actor::name)
        .containsExactly("guerrillas", "the embassy building");
  }

  private static List<String> targets(String text) {
    return events(text).stream()
        .flatMap(e -> e.actors().stream())
        .filter(a -> a.role().equals("target"))
        .map(Actor::name)
        .toList();
  }

  @Test
  void ownedTargetsKeepTheirOwner() {
    assertThat(targets("Guerrillas bombed the offices of the electric company in Lima on Friday."))
        .containsExactly("offices of the electric company");
    // An owner that is a place is not part of the target's name.
    assertThat(targets("Guerrillas bombed the offices of Lima on Friday."))
        .containsExactly("offices");
    // Other heads stay as they are.
    assertThat(targets("Guerrillas bombed the embassy of Peru on Friday."))
        .containsExactly("embassy");
  }

  @Test
  void targetsLoseLeadingFigures() {
    assertThat(targets("Guerrillas burned at least 10 buses in Lima on Friday."))
        .containsExactly("buses");
  }

  private static List<String> role(String text, String role) {
    return events(text).stream()
        .flatMap(e -> e.actors().stream())
        .filter(a -> a.role().equals(role))
        .map(Actor::name)
        .toList();
  }

  @Test
  void aQuotedGroupNameIsThePerpetrator() {
    assertThat(
            role(
                "The bombing of the bank in Lima on Friday was carried out by the maoist"
                    + " \"shining path\" group.",
                "perpetrator"))
        .contains("shining path");
  }

  @Test
  void victimsInAppositionFarFromTheTriggerAreFound() {
    assertThat(
            role(
                "Gunmen killed six priests in San Salvador yesterday, among them Ignacio Ellacuria.",
                "victim"))
        .contains("Ignacio Ellacuria");
  }

  @Test
  void talkOfAnAttackWithNothingConcreteIsNoEvent() {
    assertThat(events("This new attack against our freedom compels us to close ranks.")).isEmpty();
  }

  @Test
  void reportersAndRespondersAreNoPerpetrators() {
    assertThat(
            role(
                "The police reported that the explosion damaged the bank in Lima on Friday.",
                "perpetrator"))
        .isEmpty();
    assertThat(
            role(
                "Police arrested the guerrillas who bombed the embassy in Lima on Friday.",
                "perpetrator"))
        .doesNotContain("Police")
        .contains("guerrillas");
  }

  @Test
  void aTimeBetweenSubjectAndVerbIsSkipped() {
    assertThat(
            role(
                "police have reported that terrorists tonight bombed the embassies in lima.",
                "perpetrator"))
        .containsExactly("terrorists");
  }

  @Test
  void aCollectivePerpetratorKeepsWhatItIsMadeOf() {
    assertThat(
            role(
                "The judge was killed in Medellin on Friday by a group of 10 paid assassins.",
                "perpetrator"))
        .containsExactly("group of 10 paid assassins");
  }

  @Test
  void utilityAndTransportTargetsAreKnown() {
    assertThat(targets("Rebels bombed two electricity poles in Lima on Friday."))
        .containsExactly("electricity poles");
    assertThat(targets("Guerrillas bombed the oil terminal in Covenas on Friday."))
        .containsExactly("oil terminal");
  }

  @Test
  void theSourceIsTheSpeakerOfTheQuoteAroundTheEvent() {
    AnnotatedArticle a =
        new AnnotatedArticle(
            Article.of(
                "t",
                "\"Guerrillas bombed the embassy in Lima on Friday,\" said Juan Perez, the police"
                    + " chief.",
                LocalDate.of(2018, 2, 4)));
    EventFixtures.NLP.annotate(a);
    a.put(Layers.PLACES, List.of());
    new EntityAnnotator().annotate(a);
    new QuoteAnnotator().annotate(a);
    new ClaimAnnotator().annotate(a);
    new EventAnnotator().annotate(a);
    assertThat(new EventAnnotator().requires()).contains(Layers.QUOTES, Layers.CLAIMS);
    assertThat(a.get(Layers.EVENTS))
        .singleElement()
        .satisfies(e -> assertThat(e.source().name()).contains("Perez"));
  }

  @Test
  void anUndefinedAcronymUsedAsANameIsTheOrganisation() {
    assertThat(
            role(
                "the fmln has rejected the talks. at 0300 fmln units attacked the mayoralty of"
                    + " lislique.",
                "perpetrator"))
        .containsExactly("fmln");
    // Without a standalone use the phrase stays as it is.
    assertThat(role("at 0300 fmln units attacked the mayoralty of lislique.", "perpetrator"))
        .doesNotContain("fmln");
  }

  @Test
  void aShortCommonNounAfterTheIsNoUndefinedAcronym() {
    // "the world discarded", "the war", "the town": one vowel and short like "fmln" or "farc",
    // but places, times and abstractions, never an organisation's letters.
    assertThat(role("the war killed three peasants in the village.", "perpetrator")).isEmpty();
    assertThat(role("the town burned the mayor's car.", "perpetrator")).isEmpty();
    assertThat(role("the farc killed three peasants in the village.", "perpetrator"))
        .containsExactly("farc");
  }

  @Test
  void aShorterMentionOfATargetNamesTheFirst() {
    assertThat(EventCoder.sameHead("the presidential farm", "the farm")).isTrue();
    assertThat(EventCoder.sameHead("the judge's cars", "the car")).isTrue();
    assertThat(EventCoder.sameHead("the santo tomas farm", "the la eminencia farm")).isFalse();
    assertThat(EventCoder.sameHead("the embassy", "the bank")).isFalse();
    assertThat(
            role(
                "guerrillas attacked the presidential farm in lima on friday. on saturday"
                    + " guerrillas burned the farm.",
                "target"))
        .containsOnly("presidential farm");
    // The bare head first, the full name later: one target still, named as first seen.
    assertThat(
            role(
                "guerrillas attacked the university in lima on friday. on saturday guerrillas"
                    + " burned the national university.",
                "target"))
        .containsOnly("university");
  }
}
