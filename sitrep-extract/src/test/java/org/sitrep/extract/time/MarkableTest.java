package org.sitrep.extract.time;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkableTest {
  @Test
  void agesAndTimeBankNonMarkablesAreDropped() {
    assertThat(Markable.test("6-year-old")).isFalse();
    assertThat(Markable.test("52 years old")).isFalse();
    assertThat(Markable.test("previously")).isFalse();
    assertThat(Markable.test("quarterly")).isFalse();
    assertThat(Markable.test("annually")).isFalse();
    assertThat(Markable.test("SEC")).isFalse();
  }

  @Test
  void barePluralUnitsAreDropped() {
    assertThat(Markable.test("minutes")).isFalse();
    assertThat(Markable.test("Years")).isFalse();
    assertThat(Markable.test("decades")).isFalse();
    // with a number, a determiner or a modifier they are durations
    assertThat(Markable.test("two years")).isTrue();
    assertThat(Markable.test("the years")).isTrue();
    assertThat(Markable.test("recent weeks")).isTrue();
    assertThat(Markable.test("a few minutes")).isTrue();
  }

  @Test
  void timeExpressionsAreKept() {
    assertThat(Markable.test("six years")).isTrue();
    assertThat(Markable.test("last week")).isTrue();
    assertThat(Markable.test("now")).isTrue();
  }
}
