package org.sitrep.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ProgressTest {
  @Test
  void anEstimatedTotalGrowsWhenTheRunGoesPastIt() {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    PrintStream err = new PrintStream(buf, true, StandardCharsets.UTF_8);
    try (Progress p = new Progress("ingest", 2, true, err)) {
      p.step();
      p.step();
      p.step();
      p.step();
    }
    String out = buf.toString(StandardCharsets.UTF_8);
    assertThat(out)
        .contains("ingest: 1/2 (50%)")
        .contains("ingest: 2/2 (100%)")
        .contains("ingest: 4 (more than the 2 estimated)");
    assertThat(out).doesNotContain("(200%)").doesNotContain("3/2");
  }
}
