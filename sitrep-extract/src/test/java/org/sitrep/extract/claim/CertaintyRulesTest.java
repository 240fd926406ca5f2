package org.sitrep.extract.claim;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sitrep.core.model.Certainty;

class CertaintyRulesTest {

  @Test
  void plainReportIsAsserted() {
    assertThat(CertaintyRules.of("said", "the strike hit two buildings"))
        .isEqualTo(Certainty.ASSERTED);
  }

  @Test
  void modalIsPossible() {
    assertThat(CertaintyRules.of("said", "fighters may have slipped through the lines"))
        .isEqualTo(Certainty.POSSIBLE);
  }

  @Test
  void beliefCueOrPassiveBeliefIsBelieved() {
    assertThat(CertaintyRules.of("believe", "they are linking with cells"))
        .isEqualTo(Certainty.BELIEVED);
    assertThat(
            CertaintyRules.of("are believed", "About 295 Americans are believed to have traveled"))
        .isEqualTo(Certainty.BELIEVED);
  }

  @Test
  void cannotConfirmIsUnconfirmed() {
    assertThat(CertaintyRules.of("replied", "but we cannot confirm any alleged incidents"))
        .isEqualTo(Certainty.UNCONFIRMED);
  }

  @Test
  void denialIsDenied() {
    assertThat(CertaintyRules.of("denied", "that its forces shelled the town"))
        .isEqualTo(Certainty.DENIED);
  }
}
