package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TimeTaggerTest {
  @Test
  void parsesTheCommandLineNames() {
    assertThat(TimeTagger.parse("sutime")).isEqualTo(TimeTagger.SUTIME);
    assertThat(TimeTagger.parse("Sitrep")).isEqualTo(TimeTagger.SITREP);
  }

  @Test
  void aBadNameListsTheAllowedOnes() {
    assertThatThrownBy(() -> TimeTagger.parse("heideltime"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("heideltime")
        .hasMessageContaining("sitrep, sutime");
  }
}
