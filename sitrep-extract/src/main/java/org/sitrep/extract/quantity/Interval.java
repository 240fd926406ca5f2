package org.sitrep.extract.quantity;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * A closed interval with optional open sides, the form of every Sitrep quantity.
 *
 * @param low lower bound, null when open
 * @param high upper bound, null when open
 */
record Interval(Double low, Double high) {

  Interval {
    if (low != null && high != null && low > high) {
      throw new IllegalArgumentException("low " + low + " above high " + high);
    }
  }

  static Interval point(double v) {
    return new Interval(v, v);
  }

  /** The interval between two figures in either order ("4.8 to 4.7" is [4.7, 4.8]). */
  static Interval range(double a, double b) {
    return new Interval(Math.min(a, b), Math.max(a, b));
  }

  /**
   * The interval a hedge gives a figure {@code v}; {@code wholeCount} when {@code v} counts things
   * one by one, so that "more than 120" starts at 121 and "fewer than 10" ends at 9, and the ends
   * of "about 295" are rounded to whole numbers (266 to 325, halves up).
   */
  static Interval of(Hedge hedge, double v, boolean wholeCount) {
    double t = Hedge.TOLERANCE;
    boolean whole = wholeCount && v == Math.rint(v);
    return switch (hedge) {
      case EXACT -> point(v);
      case ABOUT ->
          whole
              ? range(whole(v * (1 - t)), whole(v * (1 + t)))
              : range(round(v * (1 - t)), round(v * (1 + t)));
      case NEARLY -> range(whole ? whole(v * (1 - t)) : round(v * (1 - t)), v);
      case MORE_THAN -> new Interval(whole ? v + 1 : v, null);
      case AT_LEAST -> new Interval(v, null);
      case UP_TO -> v >= 0 ? new Interval(0.0, v) : new Interval(null, v);
      case LESS_THAN -> {
        double high = whole ? v - 1 : v;
        yield v > 0 ? new Interval(0.0, Math.max(0, high)) : new Interval(null, high);
      }
    };
  }

  /** The nearest whole number, halves up, after rounding away floating-point noise. */
  static double whole(double x) {
    return Math.round(round(x));
  }

  /** Rounds away floating-point noise such as 17.100000000000001. */
  static double round(double x) {
    return new BigDecimal(x).round(new MathContext(12)).doubleValue();
  }
}
