package org.sitrep.extract.time;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.core.model.TimexType;

/**
 * Expressions anchored on the narrative's reference time rather than on the document creation time:
 * "the following year", "the previous month", "the day before", "that year", "later that year",
 * "earlier that day", "that same day", "the year previous". In news, "next year" is counted from
 * the DCT but "the following year" from the last date the story named ("On May 22, 1995, he was
 * made a general, and the following year" → 1996): TimeML anchors such an expression on its
 * reference time (TimeML annotation guidelines 1.2.1, anchorTimeID; HeidelTime's "reference time"
 * strategy for narratives, Strötgen and Gertz 2013). Pure and thread-safe.
 */
final class Anaphora {
  private Anaphora() {}

  private static final Pattern PHRASE =
      Pattern.compile(
          "^(?:the\\s+(following|previous|prior|same)\\s+(year|month|day)"
              + "|the\\s+(next)\\s+(day)"
              + "|the\\s+(year|month|day)\\s+(before|after|previous)"
              + "|(?:(?:earlier|later)\\s+)?(that)\\s+(?:same\\s+)?(year|month|day))$");

  /** A date a story names outright: a four-digit year or a month name. */
  private static final Pattern EXPLICIT =
      Pattern.compile(
          "(?i).*(?:\\b(?:1[5-9]|20)\\d\\d\\b|\\b(?:jan|feb|march|april|may|june|july|aug|sep|oct"
              + "|nov|dec)[a-z]*\\b).*");

  /** The shift and unit of an anaphoric {@code text}, or empty when it is no such expression. */
  static Optional<Shift> of(String text) {
    String s = text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim();
    s = s.replaceAll("[,.;:]+$", "");
    Matcher m = PHRASE.matcher(s);
    if (!m.matches()) {
      return Optional.empty();
    }
    if (m.group(3) != null) {
      return Optional.of(new Shift(m.group(4), 1));
    }
    if (m.group(1) != null) {
      int shift =
          switch (m.group(1)) {
            case "following", "next" -> 1;
            case "previous", "prior" -> -1;
            default -> 0;
          };
      return Optional.of(new Shift(m.group(2), shift));
    }
    if (m.group(5) != null) {
      return Optional.of(new Shift(m.group(5), m.group(6).equals("after") ? 1 : -1));
    }
    return Optional.of(new Shift(m.group(8), 0));
  }

  /** Whether {@code text}, a preceding time expression, names its date outright. */
  static boolean explicit(String text) {
    return EXPLICIT.matcher(text).matches();
  }

  /** The value unresolved: what an anaphoric expression gets when no reference date is found. */
  static Timex unresolved(Shift shift) {
    return Timex.date(
        switch (shift.unit()) {
          case "year" -> "XXXX";
          case "month" -> "XXXX-XX";
          default -> "XXXX-XX-XX";
        });
  }

  /**
   * The value of {@code shift} from the reference value {@code reference} (a TIMEX3 DATE value), or
   * empty when the reference is coarser than the unit ("the following day" after "1995").
   */
  static Optional<Timex> resolve(Shift shift, String reference) {
    try {
      return resolveOrThrow(shift, reference);
    } catch (java.time.DateTimeException e) {
      return Optional.empty(); // a malformed reference value ("1989-02-30") resolves nothing
    }
  }

  private static Optional<Timex> resolveOrThrow(Shift shift, String reference) {
    Matcher day = Pattern.compile("^(\\d{4})-(\\d\\d)-(\\d\\d)").matcher(reference);
    Matcher month = Pattern.compile("^(\\d{4})-(\\d\\d)(?!\\d)").matcher(reference);
    int n = shift.shift();
    switch (shift.unit()) {
      case "year" -> {
        if (!Pattern.compile("^\\d{4}(?!\\d)").matcher(reference).find()) {
          return Optional.empty();
        }
        return Optional.of(
            Timex.date(Integer.toString(Integer.parseInt(reference.substring(0, 4)) + n)));
      }
      case "month" -> {
        if (!month.find()) {
          return Optional.empty();
        }
        YearMonth ym =
            YearMonth.of(Integer.parseInt(month.group(1)), Integer.parseInt(month.group(2)));
        return Optional.of(Timex.date(ym.plusMonths(n).toString()));
      }
      default -> {
        if (!day.find()) {
          return Optional.empty();
        }
        LocalDate d =
            LocalDate.of(
                Integer.parseInt(day.group(1)),
                Integer.parseInt(day.group(2)),
                Integer.parseInt(day.group(3)));
        return Optional.of(new Timex(TimexType.DATE, d.plusDays(n).toString()));
      }
    }
  }

  /** An anaphoric expression's unit ("year", "month", "day") and shift from its reference. */
  record Shift(String unit, int shift) {}
}
