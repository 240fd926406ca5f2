package org.sitrep.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.app.io.ContractSchema;
import org.sitrep.app.quality.QualityHarness;
import picocli.CommandLine;

/** The analyze command end to end, in process, with the real pipeline. */
class AnalyzeCommandTest {

  record Run(int status, String err) {}

  static Run run(String... args) {
    PrintStream oldErr = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    StringWriter err = new StringWriter();
    try {
      CommandLine cl = Main.commandLine();
      PrintWriter pw = new PrintWriter(err, true);
      cl.setErr(pw);
      int status = cl.execute(args);
      pw.flush();
      return new Run(status, err + captured.toString(StandardCharsets.UTF_8));
    } finally {
      System.setErr(oldErr);
    }
  }

  @Test
  void badInputsAreReportedAndTheRestAnalysedInOrder(@TempDir Path dir) throws Exception {
    Files.writeString(
        dir.resolve("a.txt"), "Three people were killed in Mosul on Monday, police said.");
    Files.write(dir.resolve("b.txt"), new byte[] {'x', 0, 1, 2});
    Files.writeString(dir.resolve("c.txt"), "");
    Files.writeString(dir.resolve("d.txt"), "Turkish jets struck Afrin last week.");
    Path out = dir.resolve("out.jsonl");
    Run r =
        run(
            "analyze",
            dir.resolve("a.txt").toString(),
            dir.resolve("b.txt").toString(),
            dir.resolve("c.txt").toString(),
            dir.resolve("d.txt").toString(),
            "--published",
            "2018-02-04",
            "--output",
            out.toString(),
            "--threads",
            "2");
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err()).contains("b.txt: binary").contains("c.txt: empty");
    assertThat(r.err()).contains("2 of 4 documents could not be analysed");
    List<String> lines = Files.readAllLines(out);
    assertThat(lines).hasSize(2);
    ObjectMapper m = new ObjectMapper();
    assertThat(m.readTree(lines.get(0)).at("/document/id").asText()).isEqualTo("a");
    assertThat(m.readTree(lines.get(1)).at("/document/id").asText()).isEqualTo("d");
    assertThat(m.readTree(lines.get(1)).at("/document/published").asText()).isEqualTo("2018-02-04");
  }

  @Test
  void badFlagsStopWithAMessageSayingWhatIsAllowed() {
    Run r = run("analyze", "--threads", "0", "x.txt");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("--threads must be 1 or more");
    Run none = run("analyze");
    assertThat(none.status()).isEqualTo(2);
    assertThat(none.err()).contains("nothing to analyse");
    Run date = run("analyze", "--published", "Feb 4", "x.txt");
    assertThat(date.status()).isEqualTo(2);
    assertThat(date.err()).contains("--published");
  }

  @Test
  void everySampleAndTheSeedRecordValidateAgainstTheContract(@TempDir Path dir) throws Exception {
    Path shared = QualityHarness.shared();
    Path out = dir.resolve("out.jsonl");
    Path samples = QualityHarness.root().resolve("samples/articles.jsonl");
    Path seedOut = dir.resolve("seed.jsonl");
    assertThat(run("analyze", "--input", samples.toString(), "--output", out.toString()).status())
        .isZero();
    assertThat(
            run(
                    "analyze",
                    "--input",
                    shared.resolve("data/seed/input.jsonl").toString(),
                    "--output",
                    seedOut.toString())
                .status())
        .isZero();
    ObjectMapper m = new ObjectMapper();
    List<String> lines = new java.util.ArrayList<>(Files.readAllLines(out));
    lines.addAll(Files.readAllLines(seedOut));
    assertThat(lines).hasSize(5);
    for (String line : lines) {
      JsonNode rec = m.readTree(line);
      assertThat(ContractSchema.validate(rec)).as(rec.at("/document/id").asText()).isEmpty();
      String text = rec.at("/document/text").asText();
      for (JsonNode e : rec.get("entities")) {
        for (JsonNode s : e.get("mentions")) {
          assertThat(text.substring(s.get("start").asInt(), s.get("end").asInt()))
              .isEqualTo(s.get("text").asText());
        }
      }
    }
  }
}
