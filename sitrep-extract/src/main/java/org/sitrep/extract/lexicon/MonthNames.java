package org.sitrep.extract.lexicon;

import java.util.Set;

/** English month names, shared by the extractors that read dates around their own findings. */
public final class MonthNames {
  private MonthNames() {}

  /** The twelve full names, lower case. */
  public static final Set<String> FULL =
      Set.of(
          "january",
          "february",
          "march",
          "april",
          "may",
          "june",
          "july",
          "august",
          "september",
          "october",
          "november",
          "december");

  /** The abbreviations of wire style ("Jan.", "Sept."), lower case, without the dot. */
  public static final Set<String> ABBREVIATED =
      Set.of("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");
}
