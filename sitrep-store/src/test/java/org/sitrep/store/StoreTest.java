package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on embedded SQLite, a file in a temporary folder. */
class StoreTest extends StoreContract {
  @TempDir Path dir;

  @Override
  Store open() {
    return Store.open(dir.resolve("corpus.db").toString());
  }

  @Test
  void aPlainPathIsASqliteFile() {
    assertThat(Store.jdbcUrl("x/sitrep.db")).isEqualTo("jdbc:sqlite:x/sitrep.db");
    try (Store s = open()) {
      assertThat(s.dialect()).isEqualTo(Dialect.SQLITE);
    }
    assertThat(dir.resolve("corpus.db")).isRegularFile();
  }

  @Test
  void upgradingADatabaseFillsInMovementsAndEventCertaintyFromStoredRecords() throws Exception {
    String url = Store.jdbcUrl(dir.resolve("old.db").toString());
    // A corpus written before V3: the schema stops at V2 and the article's movements and its
    // events' certainty live only in the stored record.
    Flyway.configure()
        .dataSource(url, null, null)
        .locations(Dialect.SQLITE.migrations())
        .target("2")
        .load()
        .migrate();
    var r = Fixtures.record("a1", "2018-02-02", 35.95, 39.01, 12, 400);
    try (Connection c = DriverManager.getConnection(url)) {
      try (PreparedStatement ps =
          c.prepareStatement(
              "INSERT INTO articles (id, input_name, status, doc_id, published, record_json,"
                  + " ingested_at) VALUES (7, 'old:1', 'analysed', 'a1', '2018-02-03', ?, 'x')")) {
        ps.setString(1, RecordJson.line(r));
        ps.executeUpdate();
      }
      try (PreparedStatement ps =
          c.prepareStatement(
              "INSERT INTO events (article_id, ordinal, type, day_from, day_to, evidence)"
                  + " VALUES (7, 0, 'Battles', '2018-02-02', '2018-02-02', '[]')")) {
        ps.executeUpdate();
      }
    }
    try (Store s = Store.open(dir.resolve("old.db").toString())) {
      Queries q = new Queries(s);
      assertThat(q.movements(new Queries.MovementFilter(null, null, null, null, 10)))
          .singleElement()
          .satisfies(
              m -> {
                assertThat(m.docId()).isEqualTo("a1");
                assertThat(m.who()).isEqualTo("fighters");
                assertThat(m.certainty()).isEqualTo("believed");
              });
      assertThat(q.events(Filters.all()))
          .singleElement()
          .satisfies(e -> assertThat(e.reports().get(0).certainty()).isEqualTo("asserted"));
    }
  }
}
