package org.sitrep.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchOptionsTest {
  @TempDir Path dir;

  @Test
  void readsTheInputAndCounts() throws Exception {
    Path in = Files.writeString(dir.resolve("a.jsonl"), "{}\n");
    BenchOptions o =
        BenchOptions.parse(new String[] {in.toString(), "--docs", "120", "--repeat", "5"}, null);
    assertThat(o).isEqualTo(new BenchOptions(in, 120, 5, false));
  }

  @Test
  void helpNeedsNoInput() {
    assertThat(BenchOptions.parse(new String[] {"--help"}, dir.resolve("missing")).help()).isTrue();
  }

  @Test
  void aBadFlagSaysWhatIsAllowed() throws Exception {
    Path in = Files.writeString(dir.resolve("a.jsonl"), "{}\n");
    assertThatThrownBy(() -> BenchOptions.parse(new String[] {"--doc", "3"}, in))
        .hasMessageContaining("unknown option --doc")
        .hasMessageContaining("--docs N");
    assertThatThrownBy(() -> BenchOptions.parse(new String[] {"--docs", "many"}, in))
        .hasMessage("--docs must be a whole number of at least 1, not \"many\"");
    assertThatThrownBy(() -> BenchOptions.parse(new String[] {"--repeat"}, in))
        .hasMessage("--repeat needs a value");
    assertThatThrownBy(() -> BenchOptions.parse(new String[] {}, dir.resolve("missing.jsonl")))
        .hasMessageContaining("no such input file");
  }
}
