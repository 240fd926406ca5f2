package org.sitrep.extract.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.article.Article;
import org.sitrep.core.model.Actor;
import org.sitrep.core.model.Event;
import org.sitrep.core.model.Quantity;
import org.sitrep.core.pipeline.AnnotatedArticle;
import org.sitrep.core.pipeline.Layers;
import org.sitrep.nlp.CoreNlpAnnotator;

class EventAnnotatorTest {
  private static final CoreNlpAnnotator NLP = new CoreNlpAnnotator();

  private static AnnotatedArticle annotated(String text) {
    AnnotatedArticle a = new AnnotatedArticle(Article.of("t", text, LocalDate.of(2018, 2, 4)));
    NLP.annotate(a);
    return a;
  }

  private static List<Event> events(String text) {
    AnnotatedArticle a = annotated(text);
    new EventAnnotator().annotate(a);
    return a.get(Layers.EVENTS);
  }

  private static List<String> names(Event e, String role) {
    return e.actors().stream().filter(a -> a.role().equals(role)).map(Actor::name).toList();
  }

  @Test
  void triggersAreTypedInTheAcledTaxonomy() {
    assertThat(events("A suicide bomber killed 12 people in Baghdad on Monday."))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.type()).isEqualTo("Explosions/Remote violence");
              assertThat(e.subType()).isEqualTo("Suicide bomb");
              assertThat(e.place().name()).isEqualTo("Baghdad");
              assertThat(e.component()).isEqualTo("event.v1");
            });
    assertThat(events("Reaper drones carried out a strike on the village of Hajin on Friday."))
        .extracting(Event::subType)
        .containsExactly("Air/drone strike");
    assertThat(events("Guerrillas kidnapped the mayor of the town yesterday."))
        .extracting(Event::subType)
        .containsExactly("Abduction/forced disappearance");
    assertThat(events("Police arrested five men in Lima on Tuesday."))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.type()).isEqualTo("Strategic developments");
              assertThat(e.subType()).isEqualTo("Arrests");
              assertThat(e.actors()).noneMatch(a -> a.role().equals("perpetrator"));
            });
  }

  @Test
  void plansThreatsAndGeneralTalkAreNotEvents() {
    assertThat(events("The rebels threatened to attack the city on Monday.")).isEmpty();
    assertThat(events("The group will bomb the embassy in Bogota next week.")).isEmpty();
    assertThat(events("Attacks on civilians are a tactic of insurgents everywhere.")).isEmpty();
    assertThat(events("The battle-hardened militants stayed in Raqqa.")).isEmpty();
  }

  @Test
  void rolesComeFromTheClauseAroundTheTrigger() {
    Event e =
        events("urban guerrillas dynamited the power substation in usulutan yesterday.").get(0);
    assertThat(names(e, "perpetrator")).containsExactly("urban guerrillas");
    assertThat(names(e, "target")).containsExactly("power substation");

    Event bomb = events("a car bomb exploded in front of the embassy last night.").get(0);
    assertThat(bomb.weapons()).containsExactly("car bomb");
    assertThat(names(bomb, "target")).containsExactly("embassy");

    Event murder =
        events(
                "the farabundo marti national liberation front (fmln) issued a communique."
                    + " the fmln murdered attorney general jose antonio rodriguez porth today.")
            .get(0);
    assertThat(names(murder, "perpetrator")).containsExactly("fmln");
    assertThat(names(murder, "victim")).containsExactly("jose antonio rodriguez porth");
  }

  @Test
  void casualtiesAreTakenFromTheQuantityLayer() {
    String text =
        "Mr. Iho cited an attack by two suicide bombers in Baghdad last month that killed"
            + " three dozen people and injured 90 more.";
    AnnotatedArticle a = annotated(text);
    int dozen = text.indexOf("three dozen");
    int ninety = text.indexOf("90 more");
    a.put(
        Layers.QUANTITIES,
        List.of(
            new Quantity(
                dozen,
                dozen + 18,
                "three dozen people",
                36.0,
                36.0,
                null,
                "people",
                false,
                null,
                "test"),
            new Quantity(
                ninety, ninety + 7, "90 more", 90.0, 90.0, null, null, false, null, "test")));
    new EventAnnotator().annotate(a);
    assertThat(a.get(Layers.EVENTS))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.subType()).isEqualTo("Suicide bomb");
              assertThat(e.fatalities().low()).isEqualTo(36.0);
              assertThat(e.injured().high()).isEqualTo(90.0);
              assertThat(e.date().value()).isEqualTo("2018-01");
              assertThat(names(e, "perpetrator")).containsExactly("suicide bombers");
            });
  }

  @Test
  void mentionsOfOneRealEventAreMerged() {
    List<Event> es =
        events(
            "A major American airstrike last month showed the group's resilience.\n"
                + "Drones carried out a strike on Jan. 20 in Al Shafah, Syria, that killed"
                + " about 150 fighters.\n"
                + "The strike hit two large buildings.");
    assertThat(es).singleElement();
    Event e = es.get(0);
    assertThat(e.subType()).isEqualTo("Air/drone strike");
    assertThat(e.date().value()).isEqualTo("2018-01-20");
    assertThat(e.place().name()).isEqualTo("Al Shafah");
    assertThat(e.evidence()).hasSize(3);
    assertThat(names(e, "target")).containsExactly("large buildings");
  }

  @Test
  void differentPlacesAreDifferentEvents() {
    assertThat(
            events(
                "A bomb exploded in Lima on Monday.\nAnother bomb exploded in Bogota on"
                    + " Tuesday."))
        .hasSize(2);
  }
}
