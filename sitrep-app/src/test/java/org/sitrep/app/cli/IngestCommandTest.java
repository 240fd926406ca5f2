package org.sitrep.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The exit status of {@code sitrep ingest}, on inputs that fail before analysis (no models). */
class IngestCommandTest {
  @TempDir Path dir;

  private static CliRun run(String... args) {
    return CliRun.of(args);
  }

  @Test
  void failedDocumentsAreStoredAndTheRunExitsWithStatusOne() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("empty.txt"), "");
    Files.write(in.resolve("binary.txt"), new byte[] {'a', 0, 1, 2, 3, 'b'});
    Files.writeString(in.resolve("lines.jsonl"), "{\"id\":\"x\"}\nnot json\n");
    String db = dir.resolve("c.db").toString();

    CliRun first = run("ingest", in.toString(), "--db", db, "--no-progress");
    assertThat(first.status()).as(first.out()).isEqualTo(1);
    assertThat(first.out()).contains("Ingested 0 article(s)").contains("4 failed");

    CliRun again = run("ingest", in.toString(), "--db", db, "--no-progress");
    assertThat(again.status()).as(again.out()).isEqualTo(1);
    assertThat(again.out())
        .contains("4 already stored")
        .contains("4 of the inputs already stored had failed");

    CliRun failures = run("failures", "--db", db, "--json");
    assertThat(failures.status()).isZero();
    assertThat(failures.out()).contains("empty").contains("binary").contains("not JSON");
  }

  @Test
  void aMissingSourceIsAUsageErrorAndCreatesNoDatabase() {
    Path db = dir.resolve("none.db");
    CliRun r = run("ingest", dir.resolve("nothing-here").toString(), "--db", db.toString());
    assertThat(r.status()).isEqualTo(2);
    assertThat(db).doesNotExist();
  }
}
