package org.sitrep.app.serve;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.sitrep.core.article.Article;
import org.sitrep.core.model.Actor;
import org.sitrep.core.model.AnalysisRecord;
import org.sitrep.core.model.Certainty;
import org.sitrep.core.model.Claim;
import org.sitrep.core.model.ClaimFacts;
import org.sitrep.core.model.DateRef;
import org.sitrep.core.model.Document;
import org.sitrep.core.model.Entity;
import org.sitrep.core.model.Event;
import org.sitrep.core.model.Movement;
import org.sitrep.core.model.Place;
import org.sitrep.core.model.PlaceRef;
import org.sitrep.core.model.Quantity;
import org.sitrep.core.model.Quote;
import org.sitrep.core.model.QuoteKind;
import org.sitrep.core.model.Range;
import org.sitrep.core.model.Source;
import org.sitrep.core.model.TimeExpression;
import org.sitrep.core.model.TimexType;
import org.sitrep.core.text.Span;
import org.sitrep.store.Reconciler;
import org.sitrep.store.Store;

/**
 * A small corpus written through the store's real write path: hand-built analysis records (no
 * CoreNLP) of articles reporting a strike, one of them carrying markup that must stay text.
 */
final class Corpus {
  private Corpus() {}

  /** The text of every article; {@code %s} is where each one differs. */
  static final String TEXT =
      "Coalition aircraft struck Raqqa on Friday, killing 12 people.\n"
          + "\"About 400 fighters fled the city,\" said Ryan Dillon, a coalition spokesman. %s";

  /**
   * A corpus at {@code db} with three analysed articles, reconciled, and one failure; returns the
   * path.
   */
  static Path build(Path db) {
    try (Store s = Store.open(db.toString())) {
      save(s, "a1", "2018-02-02", 12, 400, "Residents <b>confirmed</b> it.");
      save(s, "a2", "2018-02-02", 15, 500, "<script>alert(1)</script> was posted online.");
      save(s, "a3", "2018-03-20", 3, 40, "Later reports differed.");
      s.saveFailure(new Store.Input("bad.jsonl:1", null, null, null, null), "not JSON");
      // as sitrep ingest does after storing: one event per story across its reports
      new Reconciler(s).run();
    }
    return db;
  }

  private static void save(
      Store s, String id, String date, double killed, double fled, String tail) {
    String text = TEXT.formatted(tail);
    LocalDate published = LocalDate.parse(date).plusDays(1);
    Article a = Article.of(id, text, published);
    AnalysisRecord r = record(a, date, killed, fled);
    Article stored =
        new Article(id, text, published, "Strike on Raqqa " + id, "Outlet " + id, null, null);
    s.saveAnalysed(new Store.Input(id + ".jsonl:1", "hash-" + id, null, stored, null), r, 1);
  }

  private static Span span(String text, String part) {
    int i = text.indexOf(part);
    if (i < 0) {
      throw new IllegalArgumentException(part);
    }
    return new Span(i, i + part.length(), part);
  }

  private static AnalysisRecord record(Article a, String date, double killed, double fled) {
    String text = a.text();
    Span raqqa = span(text, "Raqqa");
    Span friday = span(text, "on Friday");
    Span dillon = span(text, "Ryan Dillon");
    Span quote = span(text, "About 400 fighters fled the city,");
    Span count = span(text, "About 400");
    Span twelve = span(text, "12 people");
    Source spokesman = new Source("Ryan Dillon", "e1", "coalition spokesman");
    Entity person =
        new Entity(
            "e1", "PERSON", "Ryan Dillon", List.of(), List.of(), List.of(dillon), "entity.v1");
    Place place =
        new Place(
            "p1",
            "Raqqa",
            163843L,
            35.95,
            39.01,
            "SY",
            "Raqqa",
            "city",
            List.of(raqqa),
            "geo.v1",
            null);
    Event strike =
        new Event(
            "e1",
            "Explosions/Remote violence",
            "Air/drone strike",
            new DateRef(date, "on Friday"),
            new PlaceRef("Raqqa", 35.95, 39.01, 163843L),
            List.of(new Actor("Coalition", null, "perpetrator")),
            Range.point(killed),
            null,
            null,
            null,
            Certainty.ASSERTED,
            List.of(span(text, "Coalition aircraft struck Raqqa")),
            List.of(),
            false,
            "event.v1");
    Quantity dead =
        new Quantity(
            twelve.start(),
            twelve.end(),
            twelve.text(),
            killed,
            killed,
            null,
            "killed",
            false,
            null,
            "quantity.v1");
    Quantity fighters =
        new Quantity(
            count.start(),
            count.end(),
            count.text(),
            fled * 0.9,
            fled * 1.1,
            null,
            "fighters",
            true,
            spokesman,
            "quantity.v1");
    Quote said =
        new Quote(
            quote.start(),
            quote.end(),
            quote.text(),
            QuoteKind.DIRECT,
            spokesman,
            "said",
            null,
            List.of(),
            "quote.v1");
    Movement flight =
        new Movement(
            "fighters",
            new Range(fled * 0.9, fled * 1.1),
            new PlaceRef("Raqqa", 35.95, 39.01, 163843L),
            null,
            new DateRef(date, "on Friday"),
            spokesman,
            null,
            Certainty.ASSERTED,
            List.of(span(text, "About 400 fighters fled the city")),
            "movement.v1");
    return new AnalysisRecord(
        Document.of(a),
        List.of(person),
        List.of(said),
        List.of(
            new TimeExpression(
                friday.start(), friday.end(), friday.text(), TimexType.DATE, date, "time.v1")),
        List.of(dead, fighters),
        List.of(place),
        List.of(strike),
        List.of(flight),
        List.of(
            new Claim(
                "c1",
                said.start(),
                said.end(),
                said.text(),
                spokesman,
                "said",
                Certainty.BELIEVED,
                new ClaimFacts(List.of(1), List.of(), List.of(0)),
                "claim.v1")));
  }
}
