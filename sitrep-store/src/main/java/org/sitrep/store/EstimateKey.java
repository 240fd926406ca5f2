package org.sitrep.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sitrep.core.model.Place;
import org.sitrep.core.model.Quantity;
import org.sitrep.core.text.Span;

/**
 * What an estimate is an estimate of: what is counted and where. Two figures with the same key, in
 * any articles, are estimates of the same quantity; when they were given is kept beside them.
 *
 * <p>What is counted is reduced to its head (the first plural noun, singular) and its event verb (a
 * final past participle: fled, killed, wounded), so "ISIS fighters fled", "Islamic State foreign
 * fighters and family members fled" and "fighters fled" agree. Where is the country of the place
 * named in the figure's sentence, else of the article's most-mentioned place: articles name the
 * same town differently and at different levels, the country they agree on.
 */
final class EstimateKey {
  /** A place this close to a figure, in the same sentence, is where it was counted. */
  static final int NEAR_CHARS = 150;

  private EstimateKey() {}

  /** The key, or null when the figure does not say what it counts. */
  static String of(String counts, Place place) {
    if (counts == null || counts.isBlank()) {
      return null;
    }
    String where = "";
    if (place != null) {
      where =
          place.countryCode() != null
              ? place.countryCode().toUpperCase(Locale.ROOT)
              : place.name().toLowerCase(Locale.ROOT);
    }
    return normalise(counts) + "|" + where;
  }

  /** The head noun (singular) and the final past participle, if any. */
  static String normalise(String counts) {
    List<String> words = new ArrayList<>();
    for (String w : counts.split("[^\\p{L}\\p{N}]+")) {
      // An acronym (ISIS, SDF) is a name, never a plural; it is kept upper case so it is not read
      // as one.
      if (!w.isEmpty()) {
        words.add(
            w.length() > 1 && w.equals(w.toUpperCase(Locale.ROOT))
                ? w
                : w.toLowerCase(Locale.ROOT));
      }
    }
    if (words.isEmpty()) {
      return counts.strip().toLowerCase(Locale.ROOT);
    }
    String verb = "";
    if (words.size() > 1 && words.get(words.size() - 1).toLowerCase(Locale.ROOT).endsWith("ed")) {
      verb = words.remove(words.size() - 1).toLowerCase(Locale.ROOT);
    }
    String head = words.get(words.size() - 1);
    for (String w : words) {
      if (isPlural(w)) {
        head = w;
        break;
      }
    }
    head = singular(head).toLowerCase(Locale.ROOT);
    return verb.isEmpty() ? head : head + " " + verb;
  }

  private static boolean isPlural(String w) {
    return !w.equals(w.toUpperCase(Locale.ROOT))
        && w.length() > 3
        && w.endsWith("s")
        && !w.endsWith("ss")
        && !w.endsWith("us");
  }

  static String singular(String w) {
    if (w.endsWith("ies") && w.length() > 4) {
      return w.substring(0, w.length() - 3) + "y";
    }
    if (isPlural(w)) {
      return w.substring(0, w.length() - 1);
    }
    return w;
  }

  /**
   * Where a figure was counted: the place named nearest to it in its own sentence (within {@link
   * #NEAR_CHARS}), otherwise the article's most-mentioned place, otherwise null.
   */
  static Place placeOf(Quantity q, List<Place> places, String text) {
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
        int from = Math.min(s.end(), q.end());
        int to = Math.max(s.start(), q.start());
        int d = Math.max(0, to - from);
        if (d < best && d <= NEAR_CHARS && sameSentence(text, from, to)) {
          best = d;
          nearest = p;
        }
      }
    }
    return nearest != null ? nearest : most;
  }

  private static boolean sameSentence(String text, int from, int to) {
    if (text == null || from >= to) {
      return true;
    }
    String between = text.substring(Math.max(0, from), Math.min(text.length(), to));
    return !between.matches("(?s).*([.!?][\\s\"”’]|\\n).*");
  }
}
