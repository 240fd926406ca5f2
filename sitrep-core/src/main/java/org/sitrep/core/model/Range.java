package org.sitrep.core.model;

/**
 * A numeric interval; either side may be null for an open side. An exact figure has low == high.
 */
public record Range(Double low, Double high) {

  /** Rejects an interval whose low side exceeds its high side. */
  public Range {
    if (low != null && high != null && low > high) {
      throw new IllegalArgumentException("range low " + low + " > high " + high);
    }
  }

  /** The point interval [value, value]. */
  public static Range point(double value) {
    return new Range(value, value);
  }
}
