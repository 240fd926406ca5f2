package org.sitrep.extract.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnitsTest {

  @Test
  void pluralsAndSpellingsFold() {
    assertThat(Units.lookup("kilometers")).isEqualTo("kilometre");
    assertThat(Units.lookup("Miles")).isEqualTo("mile");
    assertThat(Units.lookup("inches")).isEqualTo("inch");
    assertThat(Units.lookup("centuries")).isEqualTo("century");
    assertThat(Units.lookup("per cent")).isEqualTo("percent");
    assertThat(Units.lookup("basis points")).isEqualTo("basis point");
    assertThat(Units.lookup("fighters")).isNull();
  }

  @Test
  void currenciesAreIsoCodes() {
    assertThat(Units.lookup("euros")).isEqualTo("EUR");
    assertThat(Units.lookup("Canadian dollars")).isEqualTo("CAD");
    assertThat(Units.isCurrency("USD")).isTrue();
    assertThat(Units.isCurrency("mile")).isFalse();
    assertThat(Units.PREFIX_CURRENCIES.get("$")).isEqualTo("USD");
  }
}
