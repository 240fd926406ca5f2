package org.sitrep.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class IngestBenchTest {

  @Test
  void readsEveryFlag() {
    IngestBench.Options o =
        IngestBench.Options.parse(
            new String[] {
              "--corpus",
              "500",
              "--kill-at",
              "0.5",
              "--min-words",
              "200",
              "--threads",
              "1",
              "--xmx",
              "2g",
              "--dir",
              "work",
              "--corpus-only"
            });
    assertThat(o)
        .isEqualTo(new IngestBench.Options(500, 0.5, 200, 1, "2g", Path.of("work"), true, false));
  }

  @Test
  void defaultsAndHelp() {
    IngestBench.Options o = IngestBench.Options.parse(new String[] {});
    assertThat(o.total()).isEqualTo(10_000);
    assertThat(o.help()).isFalse();
    assertThat(IngestBench.Options.parse(new String[] {"--help"}).help()).isTrue();
  }

  @Test
  void aFractionalCountIsAnErrorNotTruncated() {
    assertThatThrownBy(() -> IngestBench.Options.parse(new String[] {"--corpus", "2.5"}))
        .hasMessage("--corpus must be a whole number of at least 1, not \"2.5\"");
    assertThatThrownBy(() -> IngestBench.Options.parse(new String[] {"--corpus", "50"}))
        .hasMessage("--corpus must be at least 100, not 50");
  }

  @Test
  void badValuesNameWhatIsAllowed() {
    assertThatThrownBy(() -> IngestBench.Options.parse(new String[] {"--kill-at", "1.5"}))
        .hasMessageContaining("between 0 and 1");
    assertThatThrownBy(() -> IngestBench.Options.parse(new String[] {"--threads"}))
        .hasMessage("--threads needs a value");
    assertThatThrownBy(() -> IngestBench.Options.parse(new String[] {"--corpora", "5"}))
        .hasMessage("unknown option --corpora");
  }
}
