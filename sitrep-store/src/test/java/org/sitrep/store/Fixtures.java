package org.sitrep.store;

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
import org.sitrep.core.model.Event;
import org.sitrep.core.model.Movement;
import org.sitrep.core.model.Place;
import org.sitrep.core.model.PlaceRef;
import org.sitrep.core.model.Quantity;
import org.sitrep.core.model.Quote;
import org.sitrep.core.model.QuoteKind;
import org.sitrep.core.model.Range;
import org.sitrep.core.model.Source;
import org.sitrep.core.text.Span;

/** Hand-built analysis records for store tests: articles reporting one strike and a count. */
final class Fixtures {
  private Fixtures() {}

  static final String TEXT =
      "Coalition aircraft struck Raqqa on Friday, killing 12 people. About 400 fighters fled"
          + " Raqqa, said Ryan Dillon.";

  /** An article reporting the strike on {@code date} with {@code killed} dead and a count. */
  static AnalysisRecord record(
      String id, String date, double lat, double lon, double killed, double fled) {
    return record(
        id, date, lat, lon, killed, fled, List.of(new Actor("Coalition", null, "perpetrator")));
  }

  /** The same article, its strike with the given actors (names, contract roles). */
  static AnalysisRecord record(
      String id,
      String date,
      double lat,
      double lon,
      double killed,
      double fled,
      List<Actor> actors) {
    Article a = Article.of(id, TEXT, LocalDate.parse(date).plusDays(1));
    int raqqa = TEXT.indexOf("Raqqa");
    Place place =
        new Place(
            "p1",
            "Raqqa",
            163843L,
            lat,
            lon,
            "SY",
            "Raqqa",
            "city",
            List.of(new Span(raqqa, raqqa + 5, "Raqqa")),
            "geo.v1",
            null);
    Event strike =
        new Event(
            "e1",
            "Explosions/Remote violence",
            "Air/drone strike",
            new DateRef(date, "on Friday"),
            new PlaceRef("Raqqa", lat, lon, 163843L),
            actors,
            Range.point(killed),
            null,
            null,
            List.of(new Span(0, 9, "Coalition")),
            List.of(),
            false,
            "events.v1");
    int q = TEXT.indexOf("About 400");
    Quantity count =
        new Quantity(
                q,
                q + 9,
                "About 400",
                fled * 0.9,
                fled * 1.1,
                null,
                "fighters",
                true,
                new Source("Ryan Dillon", null, "coalition spokesman"),
                "quantities.v1")
            .withClaim("c1", Certainty.ASSERTED);
    int quote = TEXT.indexOf("About 400");
    Quote said =
        new Quote(
            quote,
            TEXT.indexOf(", said"),
            TEXT.substring(quote, TEXT.indexOf(", said")),
            QuoteKind.INDIRECT,
            new Source("Ryan Dillon", null, "coalition spokesman"),
            "said",
            null,
            List.of(),
            "quotes.v1");
    Claim claim =
        new Claim(
            "c1",
            said.start(),
            said.end(),
            said.text(),
            said.speaker(),
            "said",
            Certainty.ASSERTED,
            new ClaimFacts(List.of(0), List.of(), List.of()),
            "claim.v1");
    int moved = TEXT.indexOf("About 400");
    Movement flight =
        new Movement(
                "fighters",
                new Range(count.low(), count.high()),
                new PlaceRef("Raqqa", lat, lon, 163843L),
                null,
                new DateRef(date, "on Friday"),
                count.source(),
                List.of(new Span(moved, TEXT.length(), TEXT.substring(moved))),
                "movement.v1")
            .withClaim("c1", Certainty.BELIEVED);
    return new AnalysisRecord(
        Document.of(a),
        List.of(),
        List.of(said),
        List.of(),
        List.of(count),
        List.of(place),
        List.of(strike.withClaim("c1", Certainty.ASSERTED)),
        List.of(flight),
        List.of(claim));
  }

  static Store.Input input(String name, String hash, AnalysisRecord r) {
    Article a =
        new Article(
            r.document().id(),
            r.document().text(),
            LocalDate.parse(r.document().published()),
            "Strike on Raqqa " + r.document().id(),
            "Outlet " + r.document().id(),
            null,
            null);
    return new Store.Input(name, hash, null, a, "By A. Reporter");
  }
}
