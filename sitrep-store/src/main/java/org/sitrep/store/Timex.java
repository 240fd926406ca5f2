package org.sitrep.store;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The calendar days a TIMEX3 date value covers ({@code 2018-01-20}, {@code 2018-01}, {@code
 * 2018-W05}, {@code 2018}), so dates of different precision can be compared (TimeML TIMEX3 value
 * grammar, ISO-TimeML, ISO 24617-1).
 */
final class Timex {
  private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2}).*");
  private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2}).*");
  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
  private static final Pattern YEAR = Pattern.compile("(\\d{4})");

  private Timex() {}

  /** The first and last day of an interval, inclusive. */
  record Days(LocalDate from, LocalDate to) {}

  /** The days {@code value} covers, or null when it is not a calendar date. */
  static Days days(String value) {
    if (value == null) {
      return null;
    }
    try {
      Matcher m = DAY.matcher(value);
      if (m.matches()) {
        LocalDate d = LocalDate.of(num(m, 1), num(m, 2), num(m, 3));
        return new Days(d, d);
      }
      m = WEEK.matcher(value);
      if (m.matches()) {
        LocalDate monday =
            LocalDate.of(num(m, 1), 6, 1)
                .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, num(m, 2))
                .with(TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
        return new Days(monday, monday.plusDays(6));
      }
      m = MONTH.matcher(value);
      if (m.matches()) {
        YearMonth ym = YearMonth.of(num(m, 1), num(m, 2));
        return new Days(ym.atDay(1), ym.atEndOfMonth());
      }
      m = YEAR.matcher(value);
      if (m.matches()) {
        int y = num(m, 1);
        return new Days(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31));
      }
    } catch (java.time.DateTimeException e) {
      return null;
    }
    return null;
  }

  private static int num(Matcher m, int group) {
    return Integer.parseInt(m.group(group));
  }
}
