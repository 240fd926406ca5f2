package org.sitrep.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.store.Exporter;

/** {@code sitrep export --format}. */
class ExportCommandTest {

  @Test
  void anUnknownFormatStopsWithTheAllowedValues(@TempDir Path dir) {
    AnalyzeCommandTest.Run r =
        AnalyzeCommandTest.run("export", "--db", dir.resolve("c.db").toString(), "--format", "xml");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err())
        .contains("'xml' is not a format (allowed: jsonl, acled-csv, geojson)")
        .doesNotContain("No enum constant");
  }

  @Test
  void formatsAreReadInAnyCaseWithHyphens() {
    assertThat(new ExportCommand.FormatConverter().convert("ACLED-csv"))
        .isEqualTo(Exporter.Format.ACLED_CSV);
  }
}
