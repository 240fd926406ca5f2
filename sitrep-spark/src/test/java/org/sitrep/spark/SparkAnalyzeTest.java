package org.sitrep.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad arguments stop the job before Spark starts, with a message that names what is allowed. */
class SparkAnalyzeTest {
  @TempDir Path dir;

  private record Run(int status, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = SparkAnalyze.execute(new PrintWriter(out), new PrintWriter(err), args);
    return new Run(status, out.toString(), err.toString());
  }

  @Test
  void inputAndOutputAreRequired() {
    Run r = run("--input", "x.jsonl");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("--output");
  }

  @Test
  void partitionsMustBePositive() {
    Run r = run("--input", "x.jsonl", "--output", dir.resolve("o").toString(), "--partitions", "0");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("--partitions must be 1 or more, got 0");
  }

  @Test
  void unknownTimeTaggerNamesTheAllowedOnes() {
    Run r =
        run("--input", "x.jsonl", "--output", dir.resolve("o").toString(), "--time-tagger", "xyz");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("--time-tagger").contains("sitrep").contains("sutime");
  }

  @Test
  void unknownFlagIsRefused() {
    Run r = run("--input", "x.jsonl", "--output", "o", "--threads", "2");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("--threads");
  }

  @Test
  void existingOutputIsRefusedWithoutOverwrite() throws IOException {
    Path out = Files.createDirectory(dir.resolve("out"));
    Files.writeString(out.resolve("keep.txt"), "kept");
    Run r = run("--input", "x.jsonl", "--output", out.toString());
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("exists").contains("--overwrite");
    assertThat(out.resolve("keep.txt")).hasContent("kept");
  }

  @Test
  void helpListsTheOptions() {
    Run r = run("--help");
    assertThat(r.status()).isZero();
    assertThat(r.out())
        .contains("--input")
        .contains("--output")
        .contains("--master")
        .contains("--partitions")
        .contains("--nlp-cache");
  }
}
