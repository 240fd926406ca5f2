package org.sitrep.app.quality;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.sitrep.app.io.Input;
import org.sitrep.app.io.InputReader;
import org.sitrep.app.io.RecordJson;
import org.sitrep.app.io.TextDecoder;
import org.sitrep.core.pipeline.Layers;
import org.sitrep.core.pipeline.Pipeline;
import org.sitrep.extract.PipelineOptions;
import org.sitrep.extract.StandardPipeline;

/**
 * Runs the standard pipeline over a gold split from {@code ../shared/data} and scores it with the
 * project-independent {@code ../shared/eval/score.py}. Quality tests assert on its result. The
 * pipeline is built once per test JVM.
 */
public final class QualityHarness {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static Pipeline pipeline;

  private QualityHarness() {}

  /** {@code ../shared}, or skips the calling test when it is not there. */
  public static Path shared() {
    String prop = System.getProperty("sitrep.shared");
    Path p = prop == null ? Path.of("..", "..", "shared") : Path.of(prop);
    Assumptions.assumeTrue(
        Files.isDirectory(p.resolve("data")), "../shared is not present: quality test skipped");
    return p.toAbsolutePath().normalize();
  }

  /** The repository root. */
  public static Path root() {
    String prop = System.getProperty("sitrep.root");
    return prop == null ? Path.of("..").toAbsolutePath().normalize() : Path.of(prop);
  }

  /** The standard pipeline, built once. */
  public static synchronized Pipeline pipeline() {
    if (pipeline == null) {
      pipeline = StandardPipeline.create(PipelineOptions.defaults(root()));
    }
    return pipeline;
  }

  /**
   * Analyses every {@code every}-th line of {@code input} (a fixed sample: lines 0, every, 2*every,
   * ...), keeps the matching gold lines, and returns score.py's JSON result for {@code task}.
   */
  public static JsonNode score(String task, Path input, Path gold, int every)
      throws IOException, InterruptedException {
    return score(task, input, gold, every, pipeline());
  }

  /** As {@link #score(String, Path, Path, int)}, with another pipeline. */
  public static JsonNode score(String task, Path input, Path gold, int every, Pipeline pipeline)
      throws IOException, InterruptedException {
    Path dir = Files.createTempDirectory("sitrep-quality-" + task);
    Path system = dir.resolve("system.jsonl");
    Path goldSample = dir.resolve("gold.jsonl");
    List<String> ids = new ArrayList<>();
    InputReader reader = new InputReader(new TextDecoder(TextDecoder.DEFAULT_MAX_BYTES), null);
    try (BufferedWriter out = Files.newBufferedWriter(system, StandardCharsets.UTF_8)) {
      Iterator<Input> it = reader.readJsonLines(input);
      int n = 0;
      while (it.hasNext()) {
        Input in = it.next();
        if (n++ % every != 0) {
          continue;
        }
        if (in.isFailure()) {
          throw new IllegalStateException(in.name() + ": " + in.failure());
        }
        ids.add(in.article().id());
        out.write(RecordJson.line(Layers.record(pipeline.run(in.article()))));
        out.write('\n');
      }
    }
    try (BufferedWriter out = Files.newBufferedWriter(goldSample, StandardCharsets.UTF_8)) {
      for (String line : Files.readAllLines(gold, StandardCharsets.UTF_8)) {
        if (!line.isBlank() && ids.contains(JSON.readTree(line).path("id").asText())) {
          out.write(line);
          out.write('\n');
        }
      }
    }
    return runScorer(task, goldSample, system);
  }

  /** score.py's JSON result for {@code task} on the given files. */
  public static JsonNode runScorer(String task, Path gold, Path system)
      throws IOException, InterruptedException {
    Path score = shared().resolve("eval").resolve("score.py");
    Process p =
        new ProcessBuilder(
                "python3",
                score.toString(),
                task,
                "--gold",
                gold.toString(),
                "--system",
                system.toString(),
                "--json")
            .redirectErrorStream(false)
            .start();
    byte[] out = p.getInputStream().readAllBytes();
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) {
      throw new IllegalStateException("score.py " + task + " failed: " + err);
    }
    return JSON.readTree(out);
  }
}
