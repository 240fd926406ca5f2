package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EstimateKeyTest {
  @Test
  void pluralsAndCaseAgree() {
    assertThat(EstimateKey.of("Fighters", "Raqqa")).isEqualTo(EstimateKey.of("fighter", "raqqa"));
    assertThat(EstimateKey.normalise("civilian casualties")).isEqualTo("civilian casualty");
    assertThat(EstimateKey.normalise("press")).isEqualTo("press");
    assertThat(EstimateKey.of(null, "Raqqa")).isNull();
    assertThat(EstimateKey.of("fighters", "Raqqa"))
        .isNotEqualTo(EstimateKey.of("fighters", "Mosul"));
  }
}
