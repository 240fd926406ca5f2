package org.sitrep.extract.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Named holidays without a year ("Thanksgiving Day", "Christmas"), resolved with the clause's tense
 * like a month and day: SUTime gives the DCT year's occurrence even in a past-tense clause ("he was
 * rescued on Thanksgiving Day", written in January). The dates are the fixed or rule-based US and
 * Western holidays SUTime itself recognises.
 */
final class Holidays {
  private Holidays() {}

  private static final Pattern NAME =
      Pattern.compile(
          "^(?:last\\s+|this\\s+|next\\s+)?(thanksgiving|christmas|new\\s+year's|independence|"
              + "veterans|memorial|labor|halloween|valentine's|election)(?:\\s+day|\\s+eve)?$");

  /** The occurrence of holiday {@code text} the tense points to, or null when unknown. */
  static LocalDate resolve(String text, LocalDate dct, Tense tense) {
    if (dct == null) {
      return null;
    }
    Matcher m = NAME.matcher(text.toLowerCase(Locale.ROOT).trim());
    if (!m.matches() || text.toLowerCase(Locale.ROOT).trim().matches("^(?:last|this|next)\\b.*")) {
      return null;
    }
    IntFunction<LocalDate> inYear = dateRule(m.group(1).replaceAll("\\s+", " "));
    if (inYear == null || text.toLowerCase(Locale.ROOT).endsWith(" eve")) {
      return null;
    }
    LocalDate same = inYear.apply(dct.getYear());
    LocalDate before = same.isAfter(dct) ? inYear.apply(dct.getYear() - 1) : same;
    LocalDate after = same.isAfter(dct) ? same : inYear.apply(dct.getYear() + 1);
    long back = ChronoUnit.DAYS.between(before, dct);
    long ahead = ChronoUnit.DAYS.between(dct, after);
    return switch (tense) {
      case PAST -> before;
      case FUTURE -> after;
      default -> back <= ahead ? before : after;
    };
  }

  private static IntFunction<LocalDate> dateRule(String name) {
    return switch (name) {
      case "thanksgiving" -> y -> nth(y, 11, DayOfWeek.THURSDAY, 4);
      case "christmas" -> y -> LocalDate.of(y, 12, 25);
      case "new year's" -> y -> LocalDate.of(y, 1, 1);
      case "independence" -> y -> LocalDate.of(y, 7, 4);
      case "veterans" -> y -> LocalDate.of(y, 11, 11);
      case "memorial" ->
          y -> LocalDate.of(y, 5, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY));
      case "labor" -> y -> nth(y, 9, DayOfWeek.MONDAY, 1);
        // US Election Day: the Tuesday after the first Monday in November (2 U.S.C. 7)
      case "election" -> y -> nth(y, 11, DayOfWeek.MONDAY, 1).plusDays(1);
      case "halloween" -> y -> LocalDate.of(y, 10, 31);
      case "valentine's" -> y -> LocalDate.of(y, 2, 14);
      default -> null;
    };
  }

  private static LocalDate nth(int year, int month, DayOfWeek day, int n) {
    return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(n, day));
  }
}
