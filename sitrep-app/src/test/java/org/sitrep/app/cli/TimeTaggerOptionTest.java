package org.sitrep.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sitrep analyze --time-tagger}. */
class TimeTaggerOptionTest {

  @Test
  void anUnknownTaggerStopsWithTheAllowedValues(@TempDir Path dir) throws Exception {
    Path in = dir.resolve("a.txt");
    Files.writeString(in, "Turkish jets struck Afrin last week.");
    AnalyzeCommandTest.Run r =
        AnalyzeCommandTest.run("analyze", in.toString(), "--time-tagger", "heideltime");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("heideltime").contains("allowed values: sitrep, sutime");
  }
}
