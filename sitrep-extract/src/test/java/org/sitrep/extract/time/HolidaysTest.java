package org.sitrep.extract.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class HolidaysTest {
  private static final LocalDate JAN_2000 = LocalDate.of(2000, 1, 7);

  @Test
  void aPastTenseHolidayIsTheLatestOne() {
    // Thanksgiving is the fourth Thursday of November: 1999-11-25.
    assertThat(Holidays.resolve("Thanksgiving Day", JAN_2000, Tense.PAST))
        .isEqualTo(LocalDate.of(1999, 11, 25));
    assertThat(Holidays.resolve("Christmas", JAN_2000, Tense.PAST))
        .isEqualTo(LocalDate.of(1999, 12, 25));
  }

  @Test
  void aFutureHolidayIsTheNextOne() {
    assertThat(Holidays.resolve("Thanksgiving", JAN_2000, Tense.FUTURE))
        .isEqualTo(LocalDate.of(2000, 11, 23));
    assertThat(Holidays.resolve("Memorial Day", JAN_2000, Tense.FUTURE))
        .isEqualTo(LocalDate.of(2000, 5, 29));
    assertThat(Holidays.resolve("Labor Day", JAN_2000, Tense.FUTURE))
        .isEqualTo(LocalDate.of(2000, 9, 4));
  }

  @Test
  void unknownNamesAndExplicitModifiersAreLeftToTheCandidateTagger() {
    assertThat(Holidays.resolve("Easter", JAN_2000, Tense.PAST)).isNull();
    assertThat(Holidays.resolve("last Thanksgiving", JAN_2000, Tense.PAST)).isNull();
    assertThat(Holidays.resolve("Christmas Eve", JAN_2000, Tense.PAST)).isNull();
    assertThat(Holidays.resolve("Christmas", null, Tense.PAST)).isNull();
  }

  @Test
  void electionDayIsTheTuesdayAfterTheFirstMondayOfNovember() {
    LocalDate oct98 = LocalDate.of(1998, 10, 26);
    assertThat(Holidays.resolve("Election Day", oct98, Tense.FUTURE))
        .isEqualTo(LocalDate.of(1998, 11, 3));
    // 2000: November 1 is a Wednesday, so the first Monday is the 6th and Election Day the 7th
    assertThat(Holidays.resolve("Election Day", oct98, Tense.UNKNOWN).getYear()).isEqualTo(1998);
    assertThat(Holidays.resolve("election day", LocalDate.of(2000, 12, 1), Tense.PAST))
        .isEqualTo(LocalDate.of(2000, 11, 7));
  }
}
