package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.model.Actor;
import org.sitrep.core.model.AnalysisRecord;
import org.sitrep.core.model.Place;
import org.sitrep.core.text.Span;

/** What every database engine must do; subclasses say how to open a fresh, empty store. */
abstract class StoreContract {
  /** A store on an empty database. */
  abstract Store open();

  @Test
  void storesEveryOutcomeAndReopensWithoutLoss() {
    try (Store s = open()) {
      s.saveAnalysed(
          Fixtures.input(
              "a.jsonl:1", "h1", Fixtures.record("a1", "2018-02-02", 35.95, 39.01, 12, 400)),
          Fixtures.record("a1", "2018-02-02", 35.95, 39.01, 12, 400),
          10);
      s.saveDuplicate(
          Fixtures.input(
              "a.jsonl:2", "h2", Fixtures.record("a2", "2018-02-02", 35.95, 39.01, 12, 400)),
          "h1",
          "near",
          0.8);
      s.saveFailure(new Store.Input("a.jsonl:3", null, null, null, null), "not JSON");
    }
    try (Store s = open()) {
      assertThat(s.totals()).isEqualTo(new Store.Totals(1, 1, 1));
      assertThat(s.inputNames()).containsExactlyInAnyOrder("a.jsonl:1", "a.jsonl:2", "a.jsonl:3");
      assertThat(s.failedInputNames()).containsExactly("a.jsonl:3");
      assertThat(s.originals()).extracting(Store.Original::contentHash).containsExactly("h1");
      assertThat(new Queries(s).failures())
          .singleElement()
          .satisfies(f -> assertThat(f.reason()).isEqualTo("not JSON"));
    }
  }

  @Test
  void readsOneArticleBackWithItsTextAndRecordAndListsTheAnalysedOnes() throws Exception {
    var r1 = Fixtures.record("a1", "2018-02-02", 35.95, 39.01, 12, 400);
    var r2 = Fixtures.record("a2", "2018-02-05", 35.95, 39.01, 3, 40);
    try (Store s = open()) {
      s.saveAnalysed(Fixtures.input("a.jsonl:1", "h1", r1), r1, 1);
      s.saveAnalysed(Fixtures.input("a.jsonl:2", "h2", r2), r2, 1);
      s.saveFailure(new Store.Input("a.jsonl:3", null, null, null, null), "not JSON");
      Queries q = new Queries(s);
      List<Queries.ArticleSummary> listed = q.articles(10);
      assertThat(listed).extracting(Queries.ArticleSummary::docId).containsExactly("a2", "a1");
      assertThat(q.articles(1)).hasSize(1);
      Queries.StoredArticle a = q.article(listed.get(1).id()).orElseThrow();
      assertThat(a.status()).isEqualTo("analysed");
      assertThat(a.text()).isEqualTo(Fixtures.TEXT);
      assertThat(a.title()).isEqualTo("Strike on Raqqa a1");
      JsonNode record = RecordJson.mapper().readTree(a.recordJson());
      assertThat(record.path("document").path("id").asText()).isEqualTo("a1");
      assertThat(record.path("quotes").size()).isEqualTo(1);
      assertThat(q.article(listed.get(0).id() + 1000)).isEmpty();
      // a quote carries its offsets, cue and the certainty of the claim with its span
      Queries.QuoteRow quote = q.quotes("dillon", 10).get(0);
      assertThat(quote.articleId()).isEqualTo(listed.get(1).id());
      assertThat(quote.cue()).isEqualTo("said");
      assertThat(Fixtures.TEXT.substring(quote.start(), quote.end())).isEqualTo(quote.text());
      assertThat(quote.certainty()).isEqualTo("asserted");
      assertThat(q.places(10))
          .singleElement()
          .satisfies(
              p -> {
                assertThat(p.name()).isEqualTo("Raqqa");
                assertThat(p.articles()).isEqualTo(2);
                assertThat(p.lat()).isCloseTo(35.95, offset(1e-9));
              });
    }
  }

  @Test
  void keepsTheContainerOfASettlementTheGazetteerLacks() throws Exception {
    var base = Fixtures.record("a1", "2018-02-02", 35.95, 39.01, 12, 400);
    Place raqqa = base.places().get(0);
    Place hamlet =
        new Place(
            "p2",
            "Tal Hamlet",
            null,
            raqqa.lat(),
            raqqa.lon(),
            raqqa.countryCode(),
            raqqa.admin1(),
            "city",
            List.of(new Span(0, 9, "Coalition")),
            "geo.v1",
            "Raqqa");
    var r =
        new AnalysisRecord(
            base.document(),
            base.entities(),
            base.quotes(),
            base.times(),
            base.quantities(),
            List.of(raqqa, hamlet),
            base.events(),
            base.movements(),
            base.claims());
    try (Store s = open()) {
      s.saveAnalysed(Fixtures.input("w:1", "h1", r), r, 1);
      try (var ps =
              s.connection()
                  .prepareStatement("SELECT name, within_place FROM places ORDER BY name");
          var rs = ps.executeQuery()) {
        var rows = new ArrayList<List<String>>();
        while (rs.next()) {
          rows.add(Arrays.asList(rs.getString(1), rs.getString(2)));
        }
        assertThat(rows)
            .containsExactly(Arrays.asList("Raqqa", null), List.of("Tal Hamlet", "Raqqa"));
      }
    }
  }

  @Test
  void aFailedWriteLeavesNothingBehind() {
    try (Store s = open()) {
      var r = Fixtures.record("a1", "2018-02-02", 35.95, 39.01, 12, 400);
      s.saveAnalysed(Fixtures.input("x:1", "h1", r), r, 1);
      // The same content hash as an analysed article again violates the unique index: the whole
      // article, with its events and quotes, must be rolled back.
      assertThatThrownBy(() -> s.saveAnalysed(Fixtures.input("x:2", "h1", r), r, 1))
          .isInstanceOf(StoreException.class);
      assertThat(s.totals().all()).isEqualTo(1);
      assertThat(new Queries(s).quotes(null, 100)).hasSize(1);
      assertThat(new Queries(s).events(Filters.all()))
          .singleElement()
          .satisfies(e -> assertThat(e.reports()).hasSize(1));
    }
  }

  @Test
  void reconcilesTheSameStrikeAcrossArticlesButNotADistantOne() {
    try (Store s = open()) {
      var a = Fixtures.record("a1", "2018-02-02", 35.95, 39.01, 12, 400);
      var b = Fixtures.record("a2", "2018-02-03", 35.96, 39.02, 15, 380);
      var far = Fixtures.record("a3", "2018-02-02", 36.20, 37.15, 3, 100);
      s.saveAnalysed(Fixtures.input("1", "h1", a), a, 1);
      s.saveAnalysed(Fixtures.input("2", "h2", b), b, 1);
      s.saveAnalysed(Fixtures.input("3", "h3", far), far, 1);
      assertThat(new Reconciler(s).run()).isEqualTo(2);
      var events = new Queries(s).events(Filters.all());
      assertThat(events).hasSize(2);
      var merged = events.stream().filter(e -> e.reports().size() == 2).findFirst().orElseThrow();
      assertThat(merged.fatalitiesLow()).isEqualTo(12);
      assertThat(merged.fatalitiesHigh()).isEqualTo(15);
      assertThat(merged.dateFrom()).isEqualTo("2018-02-02");
      var near =
          new Queries(s)
              .events(new Queries.EventFilter(null, null, null, null, 35.95, 39.01, 10.0, null));
      assertThat(near).singleElement().satisfies(e -> assertThat(e.id()).isEqualTo(merged.id()));
      var byActor =
          new Queries(s)
              .events(new Queries.EventFilter("drone", null, null, null, null, null, null, "coal"));
      assertThat(byActor).hasSize(2);
      java.time.LocalDate day = LocalDate.parse("2018-02-02");
      assertThat(
              new Queries(s)
                  .events(new Queries.EventFilter(null, day, day, null, null, null, null, null)))
          .hasSize(2);
      assertThat(
              new Queries(s)
                  .events(
                      new Queries.EventFilter(
                          null, day.plusDays(1), null, null, null, null, null, null)))
          .isEmpty();
    }
  }

  @Test
  void groupsEstimatesOfTheSameQuantity() {
    try (Store s = open()) {
      for (int i = 0; i < 5; i++) {
        double fled = i == 4 ? 4000 : 400 + 10 * i;
        var r = Fixtures.record("a" + i, "2018-02-0" + (i + 1), 35.95, 39.01, 12, fled);
        s.saveAnalysed(Fixtures.input("in" + i, "h" + i, r), r, 1);
      }
      var groups = new Queries(s).estimates("fighter");
      assertThat(groups)
          .singleElement()
          .satisfies(
              g -> {
                assertThat(g.counts()).isEqualTo("fighters");
                assertThat(g.place()).isEqualTo("Raqqa");
                assertThat(g.estimates()).hasSize(5);
                assertThat(g.outliers()).isEqualTo(1);
                assertThat(g.estimates().get(4).outlier()).isTrue();
                assertThat(g.estimates()).extracting(Estimates.Estimate::published).isSorted();
                assertThat(g.estimates())
                    .extracting(Estimates.Estimate::certainty)
                    .containsOnly("asserted");
              });
    }
  }

  @Test
  void storesMovementsWithTheirClaimAndFiltersThem() {
    try (Store s = open()) {
      var early = Fixtures.record("a1", "2018-01-05", 35.95, 39.01, 12, 400);
      var late = Fixtures.record("a2", "2018-02-02", 35.95, 39.01, 12, 900);
      s.saveAnalysed(Fixtures.input("1", "h1", late), late, 1);
      s.saveAnalysed(Fixtures.input("2", "h2", early), early, 1);
      Queries q = new Queries(s);
      var all = q.movements(new Queries.MovementFilter(null, null, null, null, 100));
      assertThat(all).extracting(Queries.MovementRow::docId).containsExactly("a1", "a2");
      assertThat(all.get(0))
          .satisfies(
              m -> {
                assertThat(m.who()).isEqualTo("fighters");
                assertThat(m.countLow()).isCloseTo(360.0, offset(1e-9));
                assertThat(m.countHigh()).isCloseTo(440.0, offset(1e-9));
                assertThat(m.from()).isEqualTo("Raqqa");
                assertThat(m.fromLat()).isEqualTo(35.95);
                assertThat(m.to()).isNull();
                assertThat(m.dayFrom()).isEqualTo("2018-01-05");
                assertThat(m.source()).isEqualTo("Ryan Dillon");
                assertThat(m.certainty()).isEqualTo("believed");
                assertThat(m.evidence()).contains("fighters fled");
              });
      assertThat(q.movements(new Queries.MovementFilter("FIGHT", "raqqa", null, null, 100)))
          .hasSize(2);
      assertThat(q.movements(new Queries.MovementFilter("civilians", null, null, null, 100)))
          .isEmpty();
      assertThat(q.movements(new Queries.MovementFilter(null, "Damascus", null, null, 100)))
          .isEmpty();
      assertThat(
              q.movements(
                  new Queries.MovementFilter(null, null, LocalDate.parse("2018-02-01"), null, 100)))
          .extracting(Queries.MovementRow::docId)
          .containsExactly("a2");
      assertThat(q.movements(new Queries.MovementFilter(null, null, null, null, 1))).hasSize(1);
      assertThat(q.events(Filters.all()))
          .flatExtracting(Queries.ReconciledEvent::reports)
          .extracting(Queries.EventReport::certainty, Queries.EventReport::background)
          .containsOnly(tuple("asserted", false));
    }
  }

  @Test
  void aPhysicalTargetIsNoActorAndAcledTakesWhoActedAsActor1() throws Exception {
    try (Store s = open()) {
      var r =
          Fixtures.record(
              "a1",
              "2018-02-02",
              35.95,
              39.01,
              12,
              400,
              List.of(
                  new Actor("the bridge", null, "target"),
                  new Actor("villagers", null, "victim"),
                  new Actor("Coalition", null, "perpetrator")));
      s.saveAnalysed(Fixtures.input("1", "h1", r), r, 1);
      new Reconciler(s).run();
      var e = new Queries(s).events(Filters.all()).get(0);
      assertThat(e.actors()).containsExactly("Coalition", "villagers");
      assertThat(e.perpetrators()).containsExactly("Coalition");
      assertThat(e.targets()).containsExactly("the bridge");
      assertThat(e.actor1()).isEqualTo("Coalition");
      assertThat(e.actor2()).isEqualTo("villagers");
      // the actor filter still finds an event by its target
      assertThat(
              new Queries(s)
                  .events(
                      new Queries.EventFilter(null, null, null, null, null, null, null, "bridge")))
          .hasSize(1);

      StringWriter csv = new StringWriter();
      new Exporter(s).write(Exporter.Format.ACLED_CSV, csv);
      String[] lines = csv.toString().split("\r\n");
      List<String> header = Arrays.asList(lines[0].split(","));
      String[] row = lines[1].split(",", -1);
      assertThat(row[header.indexOf("actor1")]).isEqualTo("Coalition");
      assertThat(row[header.indexOf("actor2")]).isEqualTo("villagers");
      assertThat(lines[1]).doesNotContain("bridge");
    }
  }

  @Test
  void searchesFullTextAndExports() throws Exception {
    try (Store s = open()) {
      var r = Fixtures.record("a1", "2018-02-02", 35.95, 39.01, 12, 400);
      s.saveAnalysed(Fixtures.input("1", "h1", r), r, 1);
      new Reconciler(s).run();
      assertThat(new Queries(s).search("fighters fled", 10))
          .singleElement()
          .satisfies(h -> assertThat(h.snippet()).contains("[fighters]"));
      assertThat(new Queries(s).search("\"unbalanced AND (", 10)).isEmpty();
      assertThat(new Queries(s).search("tanks", 10)).isEmpty();

      StringWriter csv = new StringWriter();
      assertThat(new Exporter(s).write(Exporter.Format.ACLED_CSV, csv)).isEqualTo(1);
      String[] lines = csv.toString().split("\r\n");
      assertThat(lines[0]).startsWith("event_id_cnty,event_date,year,time_precision");
      assertThat(lines[1])
          .contains(",2018-02-02,2018,1,")
          .contains("Air/drone strike")
          .endsWith(",12,,");

      StringWriter jsonl = new StringWriter();
      assertThat(new Exporter(s).write(Exporter.Format.JSONL, jsonl)).isEqualTo(1);
      assertThat(jsonl.toString()).startsWith("{\"document\":{\"id\":\"a1\"");
      // the exported record keeps the links between figures and claims
      JsonNode exported = RecordJson.mapper().readTree(jsonl.toString());
      assertThat(exported.at("/quantities/0/claim").asText()).isEqualTo("c1");
      assertThat(exported.at("/quantities/0/certainty").asText()).isEqualTo("asserted");
      assertThat(exported.at("/claims/0/id").asText()).isEqualTo("c1");
      assertThat(exported.at("/claims/0/facts/quantities/0").asInt()).isZero();

      StringWriter geo = new StringWriter();
      assertThat(new Exporter(s).write(Exporter.Format.GEOJSON, geo)).isEqualTo(1);
      assertThat(geo.toString()).contains("\"Point\"").contains("39.01, 35.95");
    }
  }
}
