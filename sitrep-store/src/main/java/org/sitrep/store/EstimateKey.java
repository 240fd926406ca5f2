package org.sitrep.store;

import java.util.List;
import java.util.Locale;
import org.sitrep.core.model.Place;
import org.sitrep.core.model.Quantity;
import org.sitrep.core.text.Span;

/**
 * What an estimate is an estimate of: what is counted and where. Two figures with the same key, in
 * any articles, are estimates of the same quantity; when they were given is kept beside them.
 */
final class EstimateKey {
  /** A place mentioned this close to a figure (characters) is taken as where it was counted. */
  static final int NEAR_CHARS = 300;

  private EstimateKey() {}

  /** The key, or null when the figure does not say what it counts. */
  static String of(String counts, String place) {
    if (counts == null || counts.isBlank()) {
      return null;
    }
    return normalise(counts) + "|" + (place == null ? "" : place.toLowerCase(Locale.ROOT));
  }

  /** Lower case, single spaces, the last word singular ("Fighters" and "fighter" agree). */
  static String normalise(String counts) {
    String s = counts.toLowerCase(Locale.ROOT).trim().replaceAll("\\s+", " ");
    int space = s.lastIndexOf(' ');
    String head = s.substring(space + 1);
    String singular = head;
    if (head.endsWith("ies") && head.length() > 4) {
      singular = head.substring(0, head.length() - 3) + "y";
    } else if (head.endsWith("s") && !head.endsWith("ss") && head.length() > 3) {
      singular = head.substring(0, head.length() - 1);
    }
    return s.substring(0, space + 1) + singular;
  }

  /**
   * Where a figure was counted: the place mentioned nearest to it within {@link #NEAR_CHARS},
   * otherwise the article's most-mentioned place, otherwise null.
   */
  static Place placeOf(Quantity q, List<Place> places) {
    Place nearest = null;
    int best = Integer.MAX_VALUE;
    Place most = null;
    for (Place p : places) {
      if (p.name() == null) {
        continue;
      }
      if (most == null || p.mentions().size() > most.mentions().size()) {
        most = p;
      }
      for (Span s : p.mentions()) {
        int d = s.end() <= q.start() ? q.start() - s.end() : Math.max(0, s.start() - q.end());
        if (d < best) {
          best = d;
          nearest = p;
        }
      }
    }
    return best <= NEAR_CHARS ? nearest : most;
  }
}
