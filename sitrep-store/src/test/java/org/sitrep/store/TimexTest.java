package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TimexTest {
  @Test
  void coversDaysWeeksMonthsAndYears() {
    assertThat(Timex.days("2018-01-20"))
        .isEqualTo(new Timex.Days(LocalDate.of(2018, 1, 20), LocalDate.of(2018, 1, 20)));
    assertThat(Timex.days("2018-02"))
        .isEqualTo(new Timex.Days(LocalDate.of(2018, 2, 1), LocalDate.of(2018, 2, 28)));
    assertThat(Timex.days("2018-W05"))
        .isEqualTo(new Timex.Days(LocalDate.of(2018, 1, 29), LocalDate.of(2018, 2, 4)));
    assertThat(Timex.days("2017")).extracting(Timex.Days::to).isEqualTo(LocalDate.of(2017, 12, 31));
    assertThat(Timex.days("PRESENT_REF")).isNull();
    assertThat(Timex.days("2018-02-30")).isNull();
  }
}
