package org.sitrep.extract.quantity;

import java.util.List;
import java.util.Map;
import org.sitrep.extract.lexicon.CardinalWords;

/** English cardinal number words and scale words, read from lexer tokens. */
final class NumberWords {
  private NumberWords() {}

  static final Map<String, Integer> ONES = CardinalWords.ONES;

  static final Map<String, Integer> TENS = CardinalWords.TENS;

  /** Multipliers written as words; "dozen" multiplies like a scale ("three dozen" = 36). */
  static final Map<String, Double> SCALES =
      Map.of(
          "dozen", 12.0,
          "hundred", 100.0,
          "thousand", 1e3,
          "million", 1e6,
          "billion", 1e9,
          "trillion", 1e12);

  /**
   * Scales abbreviated in news copy: "2.5m", "$1.8bn", "25k", "RM3.06mil", "8 B". "m" is left to
   * the parser because it is also the metre.
   */
  static final Map<String, Double> SCALE_ABBREVIATIONS =
      Map.ofEntries(
          Map.entry("k", 1e3),
          Map.entry("mn", 1e6),
          Map.entry("mil", 1e6),
          Map.entry("mln", 1e6),
          Map.entry("bn", 1e9),
          Map.entry("b", 1e9),
          Map.entry("tn", 1e12),
          Map.entry("trn", 1e12));

  /** A number read from the text: its value and the index after its last token. */
  record Read(double value, int next) {}

  /** The value of a digit token such as "1,500" or "2.5". */
  static double digits(String s) {
    return Double.parseDouble(s.replace(",", ""));
  }

  static boolean isNumberWord(String lower) {
    return ONES.containsKey(lower) || TENS.containsKey(lower);
  }

  /**
   * Reads a cardinal written in words from {@code i}: "three", "twenty-five", "three dozen",
   * "twenty-eight thousand six hundred forty-two", "a hundred", "half a million". Returns null when
   * no number word starts there.
   */
  static Read words(List<Tok> toks, int i) {
    int j = i;
    double total = 0;
    double group = 0;
    boolean any = false;
    if (j < toks.size() && toks.get(j).is("half")) {
      // "half a million", "half a dozen"
      if (j + 2 < toks.size()
          && (toks.get(j + 1).is("a") || toks.get(j + 1).is("an"))
          && SCALES.containsKey(toks.get(j + 2).lower())) {
        return new Read(0.5 * SCALES.get(toks.get(j + 2).lower()), j + 3);
      }
      return null;
    }
    if (j + 1 < toks.size()
        && (toks.get(j).is("a") || toks.get(j).is("an"))
        && SCALES.containsKey(toks.get(j + 1).lower())) {
      group = 1;
      any = true;
      j++;
    }
    int lastGood = j;
    while (j < toks.size()) {
      Tok t = toks.get(j);
      String w = t.lower();
      if (ONES.containsKey(w)) {
        int v = ONES.get(w);
        boolean fresh = group % 100 == 0;
        boolean afterTens = group % 100 >= 20 && group % 10 == 0 && v < 10 && v > 0;
        if (!fresh && !afterTens) {
          break;
        }
        group += v;
      } else if (TENS.containsKey(w) && group % 100 == 0) {
        group += TENS.get(w);
      } else if (SCALES.containsKey(w) && any) {
        double scale = SCALES.get(w);
        if (scale == 100) {
          group = (group == 0 ? 1 : group) * 100;
        } else {
          total += (group == 0 ? 1 : group) * scale;
          group = 0;
        }
      } else if ((w.equals("-") || w.equals("and")) && any && j + 1 < toks.size()) {
        // "twenty-five"; "one hundred and five"
        String next = toks.get(j + 1).lower();
        boolean ok =
            w.equals("-")
                ? ONES.containsKey(next) && !toks.get(j + 1).spaceBefore() && !t.spaceBefore()
                : (ONES.containsKey(next) || TENS.containsKey(next))
                    && group % 100 == 0
                    && group > 0;
        if (!ok) {
          break;
        }
        j++;
        continue;
      } else {
        break;
      }
      any = true;
      j++;
      lastGood = j;
    }
    if (!any || lastGood == i) {
      return null;
    }
    return new Read(total + group, lastGood);
  }
}
