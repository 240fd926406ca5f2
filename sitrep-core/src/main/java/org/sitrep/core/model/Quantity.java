package org.sitrep.core.model;

/**
 * A quantity as an interval.
 *
 * @param low lower bound, null when open
 * @param high upper bound, null when open
 * @param unit ISO 4217 code for money, a unit name otherwise, null for counts
 * @param counts what is counted: "fighters", "foreign fighters and family members"
 * @param role what happened to what is counted, when a verb says so: "killed", "fled"
 * @param approximate whether the text hedged ("about", "some", "dozens")
 * @param source who the figure is attributed to; null in the article's own voice
 * @param claim id of the innermost claim whose statement holds the figure; null when the article
 *     itself asserts it
 * @param certainty how firmly that claim is put; null when no claim holds the figure
 */
public record Quantity(
    int start,
    int end,
    String text,
    Double low,
    Double high,
    String unit,
    String counts,
    String role,
    boolean approximate,
    Source source,
    String claim,
    Certainty certainty,
    String component) {

  /** A quantity not linked to a claim. */
  public Quantity(
      int start,
      int end,
      String text,
      Double low,
      Double high,
      String unit,
      String counts,
      String role,
      boolean approximate,
      Source source,
      String component) {
    this(
        start,
        end,
        text,
        low,
        high,
        unit,
        counts,
        role,
        approximate,
        source,
        null,
        null,
        component);
  }

  /** A quantity without a role. */
  public Quantity(
      int start,
      int end,
      String text,
      Double low,
      Double high,
      String unit,
      String counts,
      boolean approximate,
      Source source,
      String component) {
    this(start, end, text, low, high, unit, counts, null, approximate, source, component);
  }

  /** This quantity inside claim {@code claim}, put with {@code certainty}. */
  public Quantity withClaim(String claim, Certainty certainty) {
    return new Quantity(
        start,
        end,
        text,
        low,
        high,
        unit,
        counts,
        role,
        approximate,
        source,
        claim,
        certainty,
        component);
  }
}
