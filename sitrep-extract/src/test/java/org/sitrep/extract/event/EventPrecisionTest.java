package org.sitrep.extract.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.article.Article;
import org.sitrep.core.model.Event;
import org.sitrep.core.pipeline.AnnotatedArticle;
import org.sitrep.core.pipeline.Layers;

/** The type-precision rules: figures of speech, arms inventories, launchers, killed fighters. */
class EventPrecisionTest {
  private static List<Event> events(String text) {
    return EventFixtures.events(text, LocalDate.of(1990, 1, 10), false);
  }

  @Test
  void aBattleAgainstOrForACauseIsAFigureOfSpeech() {
    assertThat(events("We will win this battle against terrorism in Bogota on Friday.")).isEmpty();
    assertThat(events("The party battled for our ideas in Lima on Friday.")).isEmpty();
    assertThat(events("The nationwide offensive for peace continues in San Salvador.")).isEmpty();
    // An armed enemy or a place: a real battle.
    assertThat(events("Troops fought a battle against the rebels in Usulutan on Friday."))
        .singleElement()
        .extracting(Event::subType)
        .isEqualTo("Armed clash");
  }

  @Test
  void aCountedListOfArmsIsAnInventoryNotAnAttack() {
    String list =
        "The police said the arms -- 348 rifles, 118 pistols, 29 mortars and 40 fragmentation"
            + " grenades -- were in San Salvador.";
    assertThat(events(list)).isEmpty();
    // One grenade used is an event with its weapon.
    assertThat(events("Rebels threw a grenade at the embassy in San Salvador on Friday."))
        .singleElement()
        .satisfies(e -> assertThat(e.weapons()).contains("grenade"));
  }

  @Test
  void inventoryNeedsThreeCountedWeapons() {
    AnnotatedArticle a =
        new AnnotatedArticle(
            Article.of("t", "They carried 3 rifles, 2 pistols and 5 grenades.", null));
    EventFixtures.NLP.annotate(a);
    var s = a.get(Layers.SENTENCES).get(0);
    assertThat(EventCoder.inventory(a.get(Layers.TOKENS), s)).isTrue();
    AnnotatedArticle b =
        new AnnotatedArticle(Article.of("t", "They carried 3 rifles and a grenade.", null));
    EventFixtures.NLP.annotate(b);
    assertThat(EventCoder.inventory(b.get(Layers.TOKENS), b.get(Layers.SENTENCES).get(0)))
        .isFalse();
  }

  @Test
  void aGrenadeLauncherIsNoGrenadeAttack() {
    assertThat(events("Two grenade launchers were displayed in Lima on Friday.")).isEmpty();
    assertThat(events("Three grenade and rocket launchers were displayed in Lima on Friday."))
        .isEmpty();
  }

  @Test
  void killedFightersMakeABattle() {
    assertThat(events("Two FMLN rebels were killed in Usulutan on Friday."))
        .singleElement()
        .extracting(Event::type)
        .isEqualTo("Battles");
    assertThat(events("Two peasants were killed in Usulutan on Friday."))
        .singleElement()
        .extracting(Event::type)
        .isEqualTo("Violence against civilians");
  }

  @Test
  void blowingUpIsABombing() {
    assertThat(events("the farc members blew up a power substation in cauca on friday."))
        .singleElement()
        .extracting(Event::subType)
        .isEqualTo("Remote explosive/landmine/IED");
    assertThat(events("the wind blew the leaves in cauca on friday.")).isEmpty();
  }

  @Test
  void firingAWeaponIsAnAttackAndFiringAManagerIsNot() {
    assertThat(events("two men fired their rifles at the students in santiago on friday."))
        .singleElement()
        .satisfies(e -> assertThat(e.weapons()).contains("rifles"));
    assertThat(events("the company fired its manager in santiago on friday.")).isEmpty();
  }

  @Test
  void aHyphenatedCarBombIsOneWeapon() {
    assertThat(events("a car-bomb exploded in front of the embassy in lima on friday."))
        .singleElement()
        .satisfies(e -> assertThat(e.weapons()).containsExactly("car-bomb"));
  }
}
