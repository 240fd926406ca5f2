package org.sitrep.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job on {@code local[2]} with the real pipeline, against the single-machine path (the
 * built {@code sitrep analyze}) on the bundled sample articles plus a malformed line.
 */
class SparkAnalyzeIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path dir;

  private static Path root() {
    return Path.of(System.getProperty("sitrep.root", ".."));
  }

  @Test
  void sameRecordsAsSingleMachineAndNothingLost() throws IOException, InterruptedException {
    Path samples = root().resolve("samples").resolve("articles.jsonl");
    assertThat(samples).as("the bundled samples").exists();
    List<String> sampleLines =
        Files.readAllLines(samples).stream().filter(l -> !l.isBlank()).toList();
    assertThat(sampleLines).hasSizeGreaterThanOrEqualTo(2);
    Path input = dir.resolve("in.jsonl");
    List<String> lines = new ArrayList<>(sampleLines);
    lines.add(1, "{\"id\": \"broken\", \"text\": ");
    lines.add("");
    Files.write(input, lines, StandardCharsets.UTF_8);
    Path out = dir.resolve("out");

    StringWriter stdout = new StringWriter();
    StringWriter stderr = new StringWriter();
    int status =
        SparkAnalyze.execute(
            new PrintWriter(stdout),
            new PrintWriter(stderr),
            "--input",
            input.toString(),
            "--output",
            out.toString(),
            "--master",
            "local[2]",
            "--partitions",
            "2");

    // one malformed line: status 1, and the invariant printed
    assertThat(status).as(stderr.toString()).isEqualTo(1);
    int n = sampleLines.size();
    assertThat(stdout.toString())
        .contains("analysed " + n + " + failed 1 = input " + (n + 1))
        .doesNotContain("DOES NOT HOLD");
    // one pipeline for the whole job in this JVM (two partitions, two task threads)
    assertThat(PipelineHolder.built()).isEqualTo(1);

    List<JsonNode> failures = readParts(out.resolve("failures"));
    assertThat(failures).hasSize(1);
    assertThat(failures.get(0).path("line").asLong()).isEqualTo(2);
    assertThat(failures.get(0).path("reason").asText()).startsWith("not JSON");

    List<JsonNode> records = readParts(out.resolve("records"));
    assertThat(records).hasSize(n);
    assertThat(records).containsExactlyInAnyOrderElementsOf(singleMachine(samples));

    // an existing output is refused without --overwrite, replaced with it
    StringWriter err2 = new StringWriter();
    int refused =
        SparkAnalyze.execute(
            new PrintWriter(new StringWriter()),
            new PrintWriter(err2),
            "--input",
            input.toString(),
            "--output",
            out.toString());
    assertThat(refused).isEqualTo(2);
    assertThat(err2.toString()).contains("exists").contains("--overwrite");
  }

  /**
   * The records {@code sitrep analyze} writes for the same file, parsed: the built sitrep-app jar
   * in its own JVM, with the project's own Jackson (this module runs Spark's).
   */
  private List<JsonNode> singleMachine(Path jsonl) throws IOException, InterruptedException {
    Path jar = root().resolve("sitrep-app").resolve("target").resolve("sitrep-app.jar");
    assertThat(jar).as("sitrep-app is built before sitrep-spark in the reactor").exists();
    Path out = dir.resolve("single.jsonl");
    Path log = dir.resolve("single.log");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p =
        new ProcessBuilder(
                java,
                "-Xmx2g",
                "-Dsitrep.root=" + root().toAbsolutePath(),
                "-jar",
                jar.toString(),
                "analyze",
                "--input",
                jsonl.toString(),
                "--output",
                out.toString(),
                "--threads",
                "1",
                "--no-progress")
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("sitrep analyze finished").isTrue();
    assertThat(p.exitValue()).as(Files.readString(log)).isZero();
    List<JsonNode> records = new ArrayList<>();
    for (String line : Files.readAllLines(out, StandardCharsets.UTF_8)) {
      records.add(JSON.readTree(line));
    }
    return records;
  }

  private static List<JsonNode> readParts(Path folder) throws IOException {
    assertThat(folder.resolve("_SUCCESS")).exists();
    List<JsonNode> nodes = new ArrayList<>();
    try (Stream<Path> parts = Files.list(folder)) {
      for (Path part : parts.filter(p -> p.getFileName().toString().startsWith("part-")).toList()) {
        for (String line : Files.readAllLines(part, StandardCharsets.UTF_8)) {
          if (!line.isBlank()) {
            nodes.add(JSON.readTree(line));
          }
        }
      }
    }
    return nodes;
  }
}
