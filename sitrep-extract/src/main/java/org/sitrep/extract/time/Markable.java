package org.sitrep.extract.time;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which candidate spans are TIMEX3 markables under TimeBank practice. Ages ("a 6-year-old", "52
 * years old") are properties of people, not times; adverbs of vague past and adjectives of
 * frequency or relative time ("previously", "once", "annual", "quarterly", "future" as in "future
 * quarters") are left unannotated in TimeBank 1.2 and AQUAINT far more often than annotated
 * (counted on the development split: "once" 1 annotated of 23, "previously" 3 of 23, "quarterly" 1
 * of 11, "annually" 2 of 6). A bare plural unit without a number or determiner ("within minutes",
 * "for years", "just days after") is a vague stretch that TimeBank and AQUAINT seldom annotate: of
 * the 27 the tagger proposed in the development split, 11 overlap a gold time and 7 of those have
 * the tagger's value, fewer than marking pays for. An all-capital "SEC" is the agency, not seconds.
 */
final class Markable {
  private Markable() {}

  private static final Pattern AGE =
      Pattern.compile("(?i).*\\b[\\w-]+[- ](?:year|month|week|day)s?[- ]old\\b.*");

  private static final Pattern BARE_PLURAL_UNIT =
      Pattern.compile("(?:seconds|minutes|hours|days|nights|weeks|months|years|decades|centuries)");

  private static final Set<String> NOT_MARKABLE =
      Set.of(
          "previously",
          "once",
          "future",
          "present",
          "past",
          "quarterly",
          "annual",
          "annually",
          "year",
          "day",
          "sec");

  /** Whether the candidate {@code text} should be kept as a time expression. */
  static boolean test(String text) {
    if (AGE.matcher(text).matches()) {
      return false;
    }
    if (text.equals("SEC") || text.endsWith(" SEC")) {
      return false;
    }
    String s = text.toLowerCase(Locale.ROOT).trim();
    return !NOT_MARKABLE.contains(s) && !BARE_PLURAL_UNIT.matcher(s).matches();
  }
}
