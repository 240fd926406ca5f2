package org.sitrep.extract.time;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AnaphoraTest {
  @Test
  void readsTheShiftAndUnit() {
    assertThat(Anaphora.of("the following year")).contains(new Anaphora.Shift("year", 1));
    assertThat(Anaphora.of("The previous month")).contains(new Anaphora.Shift("month", -1));
    assertThat(Anaphora.of("the day before")).contains(new Anaphora.Shift("day", -1));
    assertThat(Anaphora.of("the next day")).contains(new Anaphora.Shift("day", 1));
    assertThat(Anaphora.of("later that year")).contains(new Anaphora.Shift("year", 0));
    assertThat(Anaphora.of("Earlier that day")).contains(new Anaphora.Shift("day", 0));
    assertThat(Anaphora.of("that same day")).contains(new Anaphora.Shift("day", 0));
    assertThat(Anaphora.of("the year previous")).contains(new Anaphora.Shift("year", -1));
    assertThat(Anaphora.of("that same plan")).isEmpty();
  }

  @Test
  void expressionsCountedFromTheDocumentDateAreNoAnaphora() {
    // "over the next year" is the coming twelve months, counted from the DCT
    assertThat(Anaphora.of("the next year")).isEmpty();
    assertThat(Anaphora.of("next year")).isEmpty();
    assertThat(Anaphora.of("the year")).isEmpty();
  }

  @Test
  void resolvesAgainstTheReferenceAtItsGranularity() {
    Anaphora.Shift nextYear = new Anaphora.Shift("year", 1);
    assertThat(Anaphora.resolve(nextYear, "1995-05-22")).contains(Timex.date("1996"));
    assertThat(Anaphora.resolve(new Anaphora.Shift("month", 1), "1989-12"))
        .contains(Timex.date("1990-01"));
    assertThat(Anaphora.resolve(new Anaphora.Shift("day", -1), "2000-03-01"))
        .contains(Timex.date("2000-02-29"));
    // a reference coarser than the unit resolves nothing
    assertThat(Anaphora.resolve(new Anaphora.Shift("day", 1), "1995")).isEmpty();
    assertThat(Anaphora.resolve(nextYear, "PAST_REF")).isEmpty();
    assertThat(Anaphora.resolve(new Anaphora.Shift("day", 1), "1989-02-30")).isEmpty();
    assertThat(Anaphora.resolve(new Anaphora.Shift("month", 1), "1989-13")).isEmpty();
  }

  @Test
  void explicitDatesNameAYearOrAMonth() {
    assertThat(Anaphora.explicit("May 22, 1995")).isTrue();
    assertThat(Anaphora.explicit("June")).isTrue();
    assertThat(Anaphora.explicit("last month")).isFalse();
    assertThat(Anaphora.explicit("Friday")).isFalse();
  }
}
