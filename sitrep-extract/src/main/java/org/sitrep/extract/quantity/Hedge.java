package org.sitrep.extract.quantity;

import java.util.List;

/**
 * How the words before a number bound it. Each constant is one row of the conventions table in
 * {@code docs/quantities.md}; the interval it gives is computed by {@link Interval#of}.
 */
enum Hedge {
  /** No hedge: an exact figure is a point. */
  EXACT(false, List.of()),
  /** "about 150": the figure ±10 % (Sitrep's stated tolerance). */
  ABOUT(
      true,
      List.of(
          "about",
          "around",
          "some",
          "roughly",
          "approximately",
          "approx.",
          "an estimated",
          "estimated",
          "circa",
          "ca.",
          "~",
          "≈",
          "close to",
          "in the region of",
          "on the order of")),
  /** "nearly 100": short of the figure by up to 10 %: [0.9 v, v]. */
  NEARLY(true, List.of("nearly", "almost", "just under", "just shy of", "close on")),
  /** "more than 120": open above; a whole count starts at v + 1. */
  MORE_THAN(
      false,
      List.of(
          "more than",
          "over",
          "above",
          "upwards of",
          "in excess of",
          "exceeding",
          "just over",
          "greater than",
          "higher than",
          "north of",
          "well over")),
  /** "at least 5": open above, from v. */
  AT_LEAST(false, List.of("at least", "no fewer than", "no less than", "a minimum of")),
  /** "as many as 1,000", "up to 1,500": from 0 to v. */
  UP_TO(
      false,
      List.of(
          "as many as",
          "as much as",
          "up to",
          "no more than",
          "at most",
          "a maximum of",
          "as high as")),
  /** "fewer than 10": from 0 to below v; a whole count ends at v − 1. */
  LESS_THAN(
      false,
      List.of("fewer than", "less than", "under", "below", "lower than", "just below", "sub-"));

  private final boolean approximate;
  private final List<String> phrases;

  Hedge(boolean approximate, List<String> phrases) {
    this.approximate = approximate;
    this.phrases = phrases;
  }

  /** Whether the hedge says the figure is an estimate. */
  boolean approximate() {
    return approximate;
  }

  /** Whether it opens or closes a side, rather than widening or hedging the figure. */
  boolean bound() {
    return this == MORE_THAN || this == AT_LEAST || this == UP_TO || this == LESS_THAN;
  }

  /** The phrases (lower case, words separated by one space) that express it. */
  List<String> phrases() {
    return phrases;
  }

  /** The tolerance of {@link #ABOUT} and {@link #NEARLY}, as a fraction of the figure. */
  static final double TOLERANCE = 0.10;
}
