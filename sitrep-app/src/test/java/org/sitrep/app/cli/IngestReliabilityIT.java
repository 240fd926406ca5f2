package org.sitrep.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.store.Store;

/**
 * The reliability test: a generated corpus (default 2,000 short articles, 5% malformed, planted
 * exact and near copies) is ingested by the real {@code sitrep ingest} on 2 threads, the process is
 * killed with SIGKILL midway, and a second run resumes. Afterwards ingested + duplicates + failed
 * must equal the input exactly, with every planted copy and malformed file accounted for.
 *
 * <p>{@code -Dsitrep.reliability.articles=N -Dsitrep.reliability.sentences=30} runs it on more and
 * longer articles; figures go to standard output and {@code target/reliability-report.txt}. The
 * benchmark at scale, on full-length articles made from real reporting, is {@code ./sitrep bench
 * --corpus 10000} ({@code org.sitrep.bench.IngestBench}).
 */
class IngestReliabilityIT {
  @TempDir Path dir;

  @Test
  void killedMidwayAndResumedLosesNothingAndDuplicatesNothing() throws Exception {
    int articles = Integer.getInteger("sitrep.reliability.articles", 2000);
    int sentences = Integer.getInteger("sitrep.reliability.sentences", 3);
    Path jar = Path.of("target", "sitrep-app.jar").toAbsolutePath();
    assertThat(jar).as("the packaged CLI (mvn package runs before integration tests)").exists();

    Path corpus = dir.resolve("corpus");
    CorpusGenerator.Plan plan = new CorpusGenerator(42).write(corpus, articles, sentences);
    assertThat(plan.files()).isEqualTo(articles);
    Path db = dir.resolve("corpus.db");
    Path log1 = dir.resolve("run1.log");
    Path log2 = dir.resolve("run2.log");

    long t0 = System.nanoTime();
    Process first = start(jar, corpus, db, log1);
    long killAt = articles * 3L / 10;
    long stored = 0;
    while (first.isAlive()) {
      stored = count(db);
      if (stored >= killAt) {
        break;
      }
      Thread.sleep(100);
    }
    assertThat(first.isAlive())
        .as("the first run must still be running when killed (log: %s)", read(log1))
        .isTrue();
    first.destroyForcibly(); // SIGKILL on Unix: no shutdown hooks, no rollback by the JVM
    first.waitFor(30, TimeUnit.SECONDS);
    long firstSeconds = (System.nanoTime() - t0) / 1_000_000_000;
    long afterKill = count(db);
    assertThat(afterKill).isGreaterThan(0).isLessThan(articles);

    long t1 = System.nanoTime();
    Process second = start(jar, corpus, db, log2);
    assertThat(second.waitFor(60, TimeUnit.MINUTES)).isTrue();
    long secondSeconds = (System.nanoTime() - t1) / 1_000_000_000;
    String out2 = read(log2);
    // Some documents failed (they are stored, with their reasons): the batch exits with status 1.
    assertThat(second.exitValue()).as(out2).isEqualTo(1);

    try (Store store = Store.open(db.toString())) {
      Store.Totals t = store.totals();
      String report =
          String.format(
              "reliability: %d input files (%d sentences each): killed at %d stored after %d s;"
                  + " resumed run %d s; analysed %d + duplicates %d + failed %d = %d%n%s",
              articles,
              sentences,
              afterKill,
              firstSeconds,
              secondSeconds,
              t.analysed(),
              t.duplicates(),
              t.failed(),
              t.all(),
              out2);
      System.out.println(report);
      Files.writeString(Path.of("target", "reliability-report.txt"), report);
      assertThat(t.all()).isEqualTo(articles);
      assertThat(t.failed()).isEqualTo(plan.malformed());
      assertThat(t.duplicates()).isEqualTo(plan.exactCopies() + plan.nearCopies());
      assertThat(t.analysed())
          .isEqualTo(articles - plan.malformed() - plan.exactCopies() - plan.nearCopies());
    }
    assertThat(out2).contains("already stored");
    assertThat(out2).contains(plan.malformed() + " of " + articles + " documents failed");
  }

  private static Process start(Path jar, Path corpus, Path db, Path log) throws IOException {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Xmx2g");
    String root = System.getProperty("sitrep.root");
    if (root != null) {
      cmd.add("-Dsitrep.root=" + root);
    }
    cmd.addAll(
        List.of(
            "-jar",
            jar.toString(),
            "ingest",
            corpus.toString(),
            "--db",
            db.toString(),
            "--threads",
            "2",
            "--no-progress"));
    return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
  }

  /** How many inputs the database holds; 0 while it is still being created. */
  private static long count(Path db) {
    if (!Files.exists(db)) {
      return 0;
    }
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM articles")) {
      return rs.next() ? rs.getLong(1) : 0;
    } catch (SQLException e) {
      return 0;
    }
  }

  private static String read(Path log) throws IOException {
    return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
  }
}
