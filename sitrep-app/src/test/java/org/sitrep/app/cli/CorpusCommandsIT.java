package org.sitrep.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The corpus commands end to end, in process: ingest the bundled samples, then every query and
 * export, on embedded SQLite and on PostgreSQL ({@code SITREP_TEST_PG_URL}; skipped with a message
 * when no server is configured).
 */
class CorpusCommandsIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path dir;

  private static Path samples() {
    String root = System.getProperty("sitrep.root", "..");
    Path p = Path.of(root, "samples", "articles.jsonl");
    assertThat(p).as("the bundled samples").exists();
    return p;
  }

  private static CliRun run(String... args) {
    return CliRun.of(args);
  }

  @Test
  void onSqlite() throws Exception {
    exercise(dir.resolve("corpus.db").toString());
  }

  @Test
  void onPostgresql() throws Exception {
    String url = System.getProperty("SITREP_TEST_PG_URL", System.getenv("SITREP_TEST_PG_URL"));
    Assumptions.assumeTrue(
        url != null && !url.isBlank(),
        "SITREP_TEST_PG_URL is not set: PostgreSQL command tests skipped (run .ci/postgres.sh)");
    try (Connection c = DriverManager.getConnection(url);
        Statement s = c.createStatement()) {
      s.execute("DROP SCHEMA IF EXISTS public CASCADE");
      s.execute("CREATE SCHEMA public");
    }
    exercise(url);
  }

  private void exercise(String db) throws Exception {
    Path samples = samples();
    long lines = Files.readAllLines(samples).stream().filter(l -> !l.isBlank()).count();
    CliRun ingest =
        run("ingest", samples.toString(), "--db", db, "--threads", "2", "--no-progress");
    assertThat(ingest.status()).as(ingest.out()).isZero();
    assertThat(ingest.out()).contains("Ingested " + lines + " article(s)");

    CliRun again = run("ingest", samples.toString(), "--db", db, "--no-progress");
    assertThat(again.out()).contains("Ingested 0 article(s)").contains(lines + " already stored");

    List<String> firstWords = new ArrayList<>();
    for (String line : Files.readAllLines(samples)) {
      if (!line.isBlank()) {
        String title = JSON.readTree(line).path("title").asText();
        firstWords.add(title.split("\\s+")[0]);
      }
    }
    CliRun search = run("search", firstWords.get(0), "--db", db, "--json");
    assertThat(search.status()).isZero();
    JsonNode hits = JSON.readTree(search.out());
    assertThat(hits.isArray()).isTrue();
    assertThat(hits.size()).isPositive();
    assertThat(hits.get(0).path("snippet").asText()).contains("[");

    CliRun export = run("export", "--format", "jsonl", "--db", db);
    assertThat(export.status()).isZero();
    String[] records = export.out().strip().split("\n");
    assertThat(records).hasSize((int) lines);
    int movements = 0;
    for (String r : records) {
      assertThat(JSON.readTree(r).path("document").path("text").asText()).isNotEmpty();
      movements += JSON.readTree(r).path("movements").size();
    }
    // Every movement in the records is a row `sitrep movements` lists.
    CliRun moved = run("movements", "--db", db, "--json", "--limit", "100000");
    assertThat(moved.status()).isZero();
    assertThat(JSON.readTree(moved.out()).size()).isEqualTo(movements).isPositive();
    assertThat(run("movements", "--db", db, "--limit", "0").status()).isEqualTo(2);

    CliRun csv = run("export", "--format", "acled-csv", "--db", db);
    assertThat(csv.out()).startsWith("event_id_cnty,event_date,year,time_precision,disorder_type");

    CliRun geo = run("export", "--format", "geojson", "--db", db);
    assertThat(JSON.readTree(geo.out()).path("type").asText()).isEqualTo("FeatureCollection");

    for (String command : List.of("events", "quotes", "movements", "estimates", "failures")) {
      CliRun r = run(command, "--db", db, "--json");
      assertThat(r.status()).as(command).isZero();
      assertThat(JSON.readTree(r.out()).isArray()).as(command).isTrue();
      CliRun table = run(command, "--db", db);
      assertThat(table.status()).as(command).isZero();
    }
  }
}
