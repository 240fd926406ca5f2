package org.sitrep.extract.event;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.core.nlp.Token;
import org.sitrep.extract.lexicon.MonthNames;
import org.sitrep.extract.lexicon.WeekdayNames;

/**
 * A base noun phrase found by part-of-speech chunking around a trigger: tokens [{@code from},
 * {@code to}) of the article, without leading determiners or numbers.
 */
record Phrase(int from, int to) {

  private static final Set<String> SKIP_LEFT = Set.of("DT", "PDT", "PRP$", "CD", "WP$");

  /** Rejects an empty phrase. */
  Phrase {
    if (to <= from) {
      throw new IllegalArgumentException("empty phrase " + from + ".." + to);
    }
  }

  /** Whether a token can sit inside a base noun phrase. */
  static boolean inside(Token t) {
    String p = t.pos();
    if (Set.of("DATE", "TIME", "DURATION", "SET").contains(t.ner())) {
      return false; // "the embassy last night": the phrase ends before the time
    }
    return p.startsWith("NN")
        || p.startsWith("JJ")
        || p.equals("CD")
        || p.equals("FW")
        || p.equals("POS")
        || p.equals("HYPH")
        || t.word().equals("-")
        || t.word().equals("\"")
        || t.word().equals("``")
        || t.word().equals("''");
  }

  /**
   * The base noun phrase starting at or after {@code i} (determiners, possessives and numbers
   * skipped) and ending before {@code limit}; null when none starts there.
   */
  static Phrase rightOf(List<Token> tokens, int i, int limit) {
    int s = i;
    while (s < limit && (SKIP_LEFT.contains(tokens.get(s).pos()) || isQuote(tokens.get(s)))) {
      s++;
    }
    int e = s;
    while (e < limit && inside(tokens.get(e))) {
      int close = isQuote(tokens.get(e)) ? closingQuote(tokens, e, limit) : -1;
      e = close > 0 ? close + 1 : e + 1;
    }
    e = trimRight(tokens, s, e);
    return e > s && hasNoun(tokens, s, e) ? new Phrase(s, e) : null;
  }

  /**
   * The closing quote of a quoted name of at most six words opening at {@code open} ('the maoist
   * "shining path" group': any word class inside the quotes), or -1.
   */
  private static int closingQuote(List<Token> tokens, int open, int limit) {
    for (int k = open + 1; k < Math.min(limit, open + 8); k++) {
      if (isQuote(tokens.get(k))) {
        return k > open + 1 ? k : -1;
      }
      if (tokens.get(k).pos().equals(",") || tokens.get(k).pos().equals(".")) {
        return -1;
      }
    }
    return -1;
  }

  /** The base noun phrase ending just before {@code end} (exclusive), not before {@code floor}. */
  static Phrase leftOf(List<Token> tokens, int end, int floor) {
    int e = trimRight(tokens, floor, end);
    int s = e;
    while (s > floor && inside(tokens.get(s - 1))) {
      s--;
    }
    while (s < e && (SKIP_LEFT.contains(tokens.get(s).pos()) || isQuote(tokens.get(s)))) {
      s++;
    }
    return e > s && hasNoun(tokens, s, e) ? new Phrase(s, e) : null;
  }

  private static int trimRight(List<Token> tokens, int s, int e) {
    while (e > s) {
      Token last = tokens.get(e - 1);
      if (last.pos().startsWith("NN") || last.pos().equals("FW")) {
        break;
      }
      e--;
    }
    return e;
  }

  private static boolean hasNoun(List<Token> tokens, int s, int e) {
    for (int k = s; k < e; k++) {
      if (tokens.get(k).pos().startsWith("NN")) {
        return true;
      }
    }
    return false;
  }

  private static boolean isQuote(Token t) {
    return t.word().equals("\"") || t.word().equals("``") || t.word().equals("''");
  }

  /** The head token (the last one). */
  Token head(List<Token> tokens) {
    return tokens.get(to - 1);
  }

  /** The head word, lower case. */
  String headWord(List<Token> tokens) {
    return head(tokens).word().toLowerCase(Locale.ROOT);
  }

  /** The head lemma, lower case. */
  String headLemma(List<Token> tokens) {
    return head(tokens).lemma().toLowerCase(Locale.ROOT);
  }

  /** The exact text of the phrase. */
  String text(String text, List<Token> tokens) {
    return text.substring(tokens.get(from).start(), tokens.get(to - 1).end());
  }

  /** This phrase without its first {@code n} tokens, or null when nothing is left. */
  Phrase dropFirst(int n) {
    return from + n < to ? new Phrase(from + n, to) : null;
  }

  /**
   * This phrase without the nationality adjectives or country abbreviations that open it ("u.s.
   * embassy" gives "embassy"); the phrase itself when nothing else would be left or when the
   * nationality is part of a hyphenated or possessive name ("u.s.-chilean cultural institute").
   */
  Phrase withoutNationality(List<Token> tokens) {
    int s = from;
    while (s < to - 1
        && RoleLexicon.nationality(tokens.get(s).word())
        && !tokens.get(s + 1).pos().equals("POS")
        && !tokens.get(s + 1).pos().equals("HYPH")
        && !tokens.get(s + 1).word().startsWith("-")) {
      s++;
    }
    return s == from ? this : new Phrase(s, to);
  }

  private static final Set<String> TIME_NOUNS =
      java.util.stream.Stream.concat(
              java.util.stream.Stream.concat(MonthNames.FULL.stream(), WeekdayNames.FULL.stream()),
              Set.of(
                  "hour",
                  "hours",
                  "day",
                  "days",
                  "week",
                  "weeks",
                  "month",
                  "months",
                  "year",
                  "years",
                  "today",
                  "yesterday",
                  "night",
                  "morning",
                  "evening",
                  "afternoon",
                  "weekend",
                  "caliber",
                  "calibre",
                  "type",
                  "reports",
                  "report")
                  .stream())
          .collect(java.util.stream.Collectors.toUnmodifiableSet());

  /**
   * The phrase without material that is not part of a name: everything up to the last number, date
   * word or time noun ("last few hours terrorists" gives "terrorists"), then leading hedges
   * ("several", "alleged").
   */
  Phrase clean(List<Token> tokens) {
    return clean(tokens, true);
  }

  /** As {@link #clean(List)}; a possessive is kept when {@code cutPossessive} is false. */
  Phrase clean(List<Token> tokens, boolean cutPossessive) {
    int s = from;
    for (int k = from; k < to - 1; k++) {
      Token t = tokens.get(k);
      String w = t.word().toLowerCase(Locale.ROOT);
      if (t.pos().equals("CD")
          || TIME_NOUNS.contains(w)
          || t.ner().equals("DATE")
          || t.ner().equals("NUMBER")
          || cutPossessive && t.pos().equals("POS")) {
        s = k + 1;
      }
    }
    while (s < to - 1
        && RoleLexicon.HEDGES.contains(tokens.get(s).word().toLowerCase(Locale.ROOT))) {
      s++;
    }
    return s == from ? this : new Phrase(s, to);
  }
}
