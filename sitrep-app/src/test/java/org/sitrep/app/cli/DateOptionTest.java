package org.sitrep.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Date options ({@code analyze --published}, {@code events --from/--to}). */
class DateOptionTest {

  @Test
  void anImpossibleDateStopsWithTheFormExpected(@TempDir Path dir) throws Exception {
    Path in = dir.resolve("a.txt");
    Files.writeString(in, "Turkish jets struck Afrin last week.");
    AnalyzeCommandTest.Run r =
        AnalyzeCommandTest.run("analyze", in.toString(), "--published", "2018-13-01");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err())
        .contains("'2018-13-01' is not a date: use YYYY-MM-DD")
        .doesNotContain("java.time");
  }

  @Test
  void theSameHoldsForCorpusQueries(@TempDir Path dir) {
    AnalyzeCommandTest.Run r =
        AnalyzeCommandTest.run(
            "events", "--db", dir.resolve("c.db").toString(), "--from", "last week");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("'last week' is not a date");
  }
}
