package org.sitrep.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Estimates of the same quantity (same {@link EstimateKey}: what is counted, where) grouped across
 * articles, in publication order, with outliers marked by Tukey's fences (Tukey 1977, Exploratory
 * Data Analysis: beyond 1.5 interquartile ranges of the quartiles) on the log of each estimate's
 * midpoint, since counts vary by ratios, not differences. Fewer than four estimates mark none.
 */
public final class Estimates {
  private Estimates() {}

  /**
   * One figure one article gives.
   *
   * @param certainty how firmly the claim stating the figure puts it ("believed", "denied", ...);
   *     null when the article gives the figure in its own voice
   */
  public record Estimate(
      String key,
      String counts,
      String place,
      Double low,
      Double high,
      String unit,
      String text,
      String source,
      String certainty,
      String docId,
      String outlet,
      String published,
      boolean outlier) {

    Estimate asOutlier() {
      return new Estimate(
          key, counts, place, low, high, unit, text, source, certainty, docId, outlet, published,
          true);
    }

    Double mid() {
      if (low != null && high != null) {
        return (low + high) / 2;
      }
      return low != null ? low : high;
    }
  }

  /** Every estimate of one quantity and the range they span. */
  public record Group(
      String counts,
      String place,
      Double low,
      Double high,
      int outliers,
      List<Estimate> estimates) {
    /** Copies the list. */
    public Group {
      estimates = List.copyOf(estimates);
    }
  }

  /** Groups rows already ordered by key and date. */
  static List<Group> group(List<Estimate> rows) {
    Map<String, List<Estimate>> byKey = new LinkedHashMap<>();
    for (Estimate e : rows) {
      byKey.computeIfAbsent(e.key(), k -> new ArrayList<>()).add(e);
    }
    List<Group> out = new ArrayList<>();
    for (List<Estimate> list : byKey.values()) {
      List<Estimate> marked = markOutliers(list);
      Double low = null;
      Double high = null;
      int outliers = 0;
      boolean lowOpen = false;
      boolean highOpen = false;
      for (Estimate e : marked) {
        if (e.outlier()) {
          outliers++;
        }
        if (e.low() == null && e.high() == null) {
          continue;
        }
        // An open side ("more than 6,000", "up to 30") leaves the group's range open on that side.
        lowOpen |= e.low() == null;
        highOpen |= e.high() == null;
        if (e.low() != null) {
          low = low == null ? e.low() : Math.min(low, e.low());
        }
        if (e.high() != null) {
          high = high == null ? e.high() : Math.max(high, e.high());
        }
      }
      Estimate first = list.get(0);
      out.add(
          new Group(
              first.counts(),
              first.place(),
              lowOpen ? null : low,
              highOpen ? null : high,
              outliers,
              marked));
    }
    out.sort((a, b) -> Integer.compare(b.estimates().size(), a.estimates().size()));
    return out;
  }

  /** Marks estimates outside Tukey's fences on log midpoints. */
  static List<Estimate> markOutliers(List<Estimate> list) {
    double[] logs =
        list.stream()
            .map(Estimate::mid)
            .filter(m -> m != null && m > 0)
            .mapToDouble(Math::log)
            .sorted()
            .toArray();
    if (logs.length < 4) {
      return list;
    }
    double q1 = quantile(logs, 0.25);
    double q3 = quantile(logs, 0.75);
    double iqr = q3 - q1;
    double lo = q1 - 1.5 * iqr;
    double hi = q3 + 1.5 * iqr;
    List<Estimate> out = new ArrayList<>();
    for (Estimate e : list) {
      Double m = e.mid();
      boolean outlier = m != null && m > 0 && (Math.log(m) < lo || Math.log(m) > hi);
      out.add(outlier ? e.asOutlier() : e);
    }
    return out;
  }

  /** Linear-interpolation quantile of sorted values (Hyndman and Fan 1996, type 7). */
  static double quantile(double[] sorted, double p) {
    double[] s = Arrays.copyOf(sorted, sorted.length);
    double h = (s.length - 1) * p;
    int i = (int) Math.floor(h);
    int j = Math.min(i + 1, s.length - 1);
    return s[i] + (h - i) * (s[j] - s[i]);
  }
}
