package org.sitrep.app.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputReaderTest {
  final InputReader reader = new InputReader(new TextDecoder(10_000), null);

  @Test
  void readsContractInputAndReportsEveryBadLine(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("in.jsonl");
    Files.writeString(
        f,
        String.join(
            "\n",
            "{\"id\":\"a\",\"text\":\"Fighting in Raqqa.\",\"published\":\"2018-02-04\",\"title\":\"T\"}",
            "{not json",
            "{\"text\":\"no id\"}",
            "{\"id\":\"b\"}",
            "{\"id\":\"c\",\"text\":\"x\",\"published\":\"last week\"}",
            "",
            "{\"id\":\"d\",\"text\":\"   \"}"));
    List<Input> inputs = new ArrayList<>();
    reader.readJsonLines(f).forEachRemaining(inputs::add);
    assertThat(inputs).hasSize(6);
    assertThat(inputs.get(0).article().published()).isEqualTo(LocalDate.of(2018, 2, 4));
    assertThat(inputs.get(0).article().title()).isEqualTo("T");
    assertThat(inputs.get(1).failure()).startsWith("not JSON");
    assertThat(inputs.get(2).failure()).contains("\"id\"");
    assertThat(inputs.get(3).failure()).contains("\"text\"");
    assertThat(inputs.get(4).failure()).contains("not an ISO date");
    assertThat(inputs.get(5).failure()).startsWith("empty");
    assertThat(inputs.get(1).name()).isEqualTo("in.jsonl:2");
  }

  @Test
  void filesTakeTheirIdFromTheNameAndThePublishedFlag(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("report-7.txt");
    Files.writeString(f, "Shelling near Afrin.");
    Input in = new InputReader(new TextDecoder(100), LocalDate.of(2020, 1, 1)).readFile(f);
    assertThat(in.article().id()).isEqualTo("report-7");
    assertThat(in.article().published()).isEqualTo(LocalDate.of(2020, 1, 1));
  }
}
