package org.sitrep.extract.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.article.Article;
import org.sitrep.core.model.AnalysisRecord;
import org.sitrep.core.model.Certainty;
import org.sitrep.core.model.Claim;
import org.sitrep.core.model.Event;
import org.sitrep.core.model.Movement;
import org.sitrep.core.model.Quantity;
import org.sitrep.core.model.Range;
import org.sitrep.core.model.Source;
import org.sitrep.core.pipeline.AnnotatedArticle;
import org.sitrep.core.pipeline.Layers;
import org.sitrep.core.pipeline.LinkedFacts;
import org.sitrep.core.text.Span;

/** The linker on hand-built layers, so that it runs without CoreNLP. */
class ClaimLinkerTest {
  private static final Source SELVA = new Source("Paul J. Selva", "e1", "general");
  private static final Source DILLON = new Source("Ryan Dillon", "e2", "spokesman");
  private static final Source OFFICIALS = new Source(null, null, "officials");

  private static final String TEXT =
      "Selva said Dillon believes 40 fighters fled Raqqa and 30 died. "
          + "The army said 12 soldiers were killed. "
          + "Officials denied that 5 civilians were killed in a strike. "
          + "About 200 people fled the town.";

  private static int at(String s) {
    int i = TEXT.indexOf(s);
    assertThat(i).as(s).isGreaterThanOrEqualTo(0);
    return i;
  }

  private static Span span(String s) {
    return Span.of(TEXT, at(s), at(s) + s.length());
  }

  private static Span sentence(String start) {
    int from = at(start);
    return Span.of(TEXT, from, TEXT.indexOf('.', from) + 1);
  }

  private static Claim claim(String content, Source source, Certainty certainty) {
    Span s = span(content);
    return new Claim(s.start(), s.end(), s.text(), source, "said", certainty, "claim.v1");
  }

  private static Quantity quantity(String figure, Source source) {
    Span s = span(figure);
    double n = Double.parseDouble(figure);
    return new Quantity(s.start(), s.end(), s.text(), n, n, null, null, false, source, "t");
  }

  private static Event event(String id, Span evidence, Source source) {
    return new Event(
        id,
        "Battles",
        "Armed clash",
        null,
        null,
        List.of(),
        null,
        null,
        source,
        List.of(evidence),
        List.of(),
        false,
        "event.v1");
  }

  private static Movement movement(Span evidence, Source source) {
    return new Movement(
        "people", new Range(200.0, 200.0), null, null, null, source, List.of(evidence), "t");
  }

  private static LinkedFacts link(
      List<Claim> claims, List<Quantity> qs, List<Event> events, List<Movement> movements) {
    AnnotatedArticle a = new AnnotatedArticle(Article.of("t", TEXT, LocalDate.of(2018, 2, 4)));
    a.put(Layers.CLAIMS, claims);
    a.put(Layers.QUANTITIES, qs);
    a.put(Layers.EVENTS, events);
    a.put(Layers.MOVEMENTS, movements);
    new ClaimLinker().annotate(a);
    return a.get(Layers.LINKED_FACTS);
  }

  private static Claim byId(LinkedFacts linked, String id) {
    return linked.claims().stream().filter(c -> id.equals(c.id())).findFirst().orElseThrow();
  }

  @Test
  void aFigureInNestedClaimsPointsToTheInnermost() {
    Claim outer =
        claim("Dillon believes 40 fighters fled Raqqa and 30 died", SELVA, Certainty.ASSERTED);
    Claim inner = claim("40 fighters fled Raqqa", DILLON, Certainty.BELIEVED);
    // listed inner first: ids still follow the text, outer (earlier start) first
    LinkedFacts linked =
        link(
            List.of(inner, outer),
            List.of(quantity("40", DILLON), quantity("30", SELVA)),
            List.of(),
            List.of());
    assertThat(linked.claims()).extracting(Claim::id).containsExactly("c1", "c2");
    assertThat(byId(linked, "c1").start()).isEqualTo(outer.start());
    Quantity forty = linked.quantities().get(0);
    Quantity thirty = linked.quantities().get(1);
    assertThat(forty.claim()).isEqualTo("c2");
    assertThat(forty.certainty()).isEqualTo(Certainty.BELIEVED);
    assertThat(thirty.claim()).isEqualTo("c1");
    assertThat(thirty.certainty()).isEqualTo(Certainty.ASSERTED);
    assertThat(byId(linked, "c2").facts().quantities()).containsExactly(0);
    assertThat(byId(linked, "c1").facts().quantities()).containsExactly(1);
  }

  @Test
  void aFactOutsideEveryClaimIsTheArticlesOwn() {
    Claim army = claim("12 soldiers were killed", OFFICIALS, Certainty.ASSERTED);
    LinkedFacts linked =
        link(
            List.of(army),
            List.of(quantity("200", null)),
            List.of(),
            List.of(movement(sentence("About 200"), null)));
    assertThat(linked.quantities().get(0).claim()).isNull();
    assertThat(linked.quantities().get(0).certainty()).isNull();
    assertThat(linked.movements().get(0).claim()).isNull();
    assertThat(linked.movements().get(0).certainty()).isNull();
    assertThat(linked.claims().get(0).facts().quantities()).isEmpty();
    assertThat(linked.claims().get(0).facts().movements()).isEmpty();
  }

  @Test
  void anEventInADeniedClaimCarriesTheDenial() {
    Claim denial = claim("5 civilians were killed in a strike", OFFICIALS, Certainty.DENIED);
    Event strike = event("ev1", sentence("Officials denied"), OFFICIALS);
    LinkedFacts linked =
        link(List.of(denial), List.of(quantity("5", OFFICIALS)), List.of(strike), List.of());
    Event e = linked.events().get(0);
    assertThat(e.claim()).isEqualTo("c1");
    assertThat(e.certainty()).isEqualTo(Certainty.DENIED);
    assertThat(linked.quantities().get(0).certainty()).isEqualTo(Certainty.DENIED);
    assertThat(linked.claims().get(0).facts().events()).containsExactly("ev1");
    assertThat(linked.claims().get(0).facts().quantities()).containsExactly(0);
  }

  @Test
  void anEvidenceSentenceNeedsTheClaimsSourceUnlessTheClaimHoldsItWhole() {
    Claim army = claim("12 soldiers were killed", OFFICIALS, Certainty.ASSERTED);
    Span armySentence = sentence("The army said");
    // the event's own voice: the claim in its sentence is someone else's statement
    Event own = event("ev1", armySentence, null);
    Event other = event("ev2", armySentence, SELVA);
    Event attributed = event("ev3", armySentence, OFFICIALS);
    LinkedFacts linked = link(List.of(army), List.of(), List.of(own, other, attributed), List.of());
    assertThat(linked.events()).extracting(Event::claim).containsExactly(null, null, "c1");

    Claim whole = claim("The army said 12 soldiers were killed.", null, Certainty.POSSIBLE);
    LinkedFacts held = link(List.of(whole), List.of(), List.of(own), List.of());
    assertThat(held.events().get(0).claim()).isEqualTo("c1");
    assertThat(held.events().get(0).certainty()).isEqualTo(Certainty.POSSIBLE);
  }

  @Test
  void theClaimWithTheFactsOwnSourceWinsOverAnInnerOne() {
    Claim outer =
        claim("Dillon believes 40 fighters fled Raqqa and 30 died", SELVA, Certainty.ASSERTED);
    Claim inner = claim("40 fighters fled Raqqa", DILLON, Certainty.BELIEVED);
    // the quantity extractor gave the figure Selva as its source: his claim holds it, not Dillon's
    Quantity forty = quantity("40", SELVA);
    // the movement's evidence sentence overlaps both claims; only Selva's has its source
    Movement fled = movement(sentence("Selva said"), SELVA);
    LinkedFacts linked = link(List.of(outer, inner), List.of(forty), List.of(), List.of(fled));
    assertThat(linked.quantities().get(0).claim()).isEqualTo("c1");
    assertThat(linked.movements().get(0).claim()).isEqualTo("c1");
    assertThat(linked.movements().get(0).certainty()).isEqualTo(Certainty.ASSERTED);
    assertThat(byId(linked, "c1").facts().movements()).containsExactly(0);
    assertThat(byId(linked, "c2").facts().movements()).isEmpty();
    assertThat(byId(linked, "c2").facts().quantities()).isEmpty();
  }

  @Test
  void theRecordTakesTheLinkedLayers() {
    Claim army = claim("12 soldiers were killed", OFFICIALS, Certainty.ASSERTED);
    AnnotatedArticle a = new AnnotatedArticle(Article.of("t", TEXT, LocalDate.of(2018, 2, 4)));
    a.put(Layers.CLAIMS, List.of(army));
    a.put(Layers.QUANTITIES, List.of(quantity("12", OFFICIALS), quantity("200", null)));
    a.put(Layers.EVENTS, List.of());
    a.put(Layers.MOVEMENTS, List.of());
    assertThat(Layers.record(a).claims().get(0).id()).isNull();
    new ClaimLinker().annotate(a);
    AnalysisRecord r = Layers.record(a);
    assertThat(r.claims()).extracting(Claim::id).containsExactly("c1");
    assertThat(r.quantities()).extracting(Quantity::claim).containsExactly("c1", null);
    // the unlinked layers are left as the extractors wrote them
    assertThat(a.get(Layers.QUANTITIES).get(0).claim()).isNull();
  }
}
