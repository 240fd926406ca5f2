package org.sitrep.extract.time;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.core.model.TimexType;
import org.sitrep.core.nlp.Sentence;
import org.sitrep.core.nlp.Token;

/**
 * Readings of a candidate that depend on the words around it, following the TimeML annotation
 * guidelines 1.2.1 (Saurí et al. 2006) and TimeBank 1.2 practice: a sentence-opening "Now," is a
 * discourse marker, not a time; "three-quarters of" is a fraction, not a duration; "twice a day" is
 * a frequency, annotated as SET, while "$2 million a year" is a quantity's rate, left unannotated.
 */
final class Surroundings {
  private Surroundings() {}

  private static final Pattern FRACTION =
      Pattern.compile(
          "(?i)^(?:(?:more|less)\\s+than\\s+|about\\s+|nearly\\s+|almost\\s+|roughly\\s+)?"
              + "(?:a|one|two|three)[\\s-]quarters?$");

  private static final Set<String> TIME_UNITS =
      Set.of("century", "decade", "year", "month", "week", "day", "hour", "minute");

  private static final Pattern RATE =
      Pattern.compile("(?i)^(?:a|an|per)\\s+(year|month|week|day|hour|night)$");

  private static final Pattern BARE_UNIT =
      Pattern.compile("(?i)^(?:year|month|week|day|hour|night)$");

  private static final Map<String, String> RATE_VALUES =
      Map.of(
          "year", "P1Y", "month", "P1M", "week", "P1W", "day", "P1D", "hour", "PT1H", "night",
          "P1D");

  private static final Set<String> FREQUENCY_WORDS = Set.of("once", "twice", "thrice", "times");

  /**
   * Whether tokens {@code [from, to)} are a sentence-opening "Now" followed by a comma ("Now, he
   * says, ..."): a discourse marker that TimeBank and AQUAINT leave unannotated.
   */
  static boolean discourseNow(List<Token> tokens, Sentence sentence, int from, int to) {
    if (to - from != 1 || !tokens.get(from).word().equalsIgnoreCase("now")) {
      return false;
    }
    boolean first =
        from == sentence.tokenFrom()
            || (from - 1 == sentence.tokenFrom() && isQuote(tokens.get(from - 1).word()));
    return first && to < tokens.size() && tokens.get(to).word().equals(",");
  }

  private static boolean isQuote(String w) {
    return w.equals("``") || w.equals("\"") || w.equals("'") || w.equals("`");
  }

  /**
   * Whether the candidate {@code text} at tokens {@code [from, to)} is a fraction of something
   * else: "three-quarters of the shares", "more than a quarter of its sales" (but not "a quarter of
   * a century").
   */
  static boolean fraction(String text, List<Token> tokens, int to) {
    if (!FRACTION.matcher(text.trim()).matches()) {
      return false;
    }
    int of = to < tokens.size() && tokens.get(to).word().equals(",") ? to + 1 : to;
    if (of >= tokens.size() || !tokens.get(of).word().equalsIgnoreCase("of")) {
      return false;
    }
    for (int k = of + 1; k < Math.min(tokens.size(), of + 3); k++) {
      String lemma = tokens.get(k).lemma();
      if (lemma != null && TIME_UNITS.contains(lemma.toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    return true;
  }

  private static final Pattern LOWER_MARCH = Pattern.compile("\\bmarch\\b");

  private static final Set<String> SEASON_MODIFIERS =
      Set.of("early", "late", "last", "next", "this", "past", "previous", "coming");

  /**
   * Whether a one-word candidate is a common noun, not a time: "a large fall in sales", "its
   * biggest fall", "the Dow's 344.65-point fall", "a 9% fall", "to fall on" (a determiner "a", a
   * possessive, a number, a noun, "to" or an adjective other than "early" or "late" before "fall",
   * or "in", "of", "on" after it), "the march" in lower case (a procession), "a second group" (an
   * ordinal before a noun), "high noon" (an idiom).
   */
  static boolean commonNoun(String text, List<Token> tokens, int from, int to) {
    String s = text.trim();
    if (s.equals("march") || s.equals("may") || s.equals("this may") || s.equals("falls")) {
      // lower-case "march" / "may" are the verb and the modal ("this may have an impact"); plural
      // "falls" are declines ("large falls"), never a season
      return true;
    }
    if (LOWER_MARCH.matcher(s).find() && s.chars().noneMatch(Character::isDigit)) {
      // "at this march", "the march": a procession, in lower case; with a day or a year it is
      // the month of a lower-cased text ("march 1980", "16 march")
      return true;
    }
    if (s.endsWith("March") && to + 1 < tokens.size()) {
      // "the annual March for Life", "the March of the Combatant Mothers": an event's name in
      // title case, not the month ("in March for the first time", "March of 1998")
      String next = tokens.get(to).word();
      int name = next.equals("of") && tokens.get(to + 1).word().equals("the") ? to + 2 : to + 1;
      if ((next.equals("for") || next.equals("of"))
          && name < tokens.size()
          && Character.isUpperCase(tokens.get(name).word().charAt(0))) {
        return true;
      }
    }
    if (s.equalsIgnoreCase("fall") && from > 0) {
      Token prev = tokens.get(from - 1);
      String w = prev.word().toLowerCase(Locale.ROOT);
      if (to < tokens.size()) {
        String next = tokens.get(to).word().toLowerCase(Locale.ROOT);
        if (next.equals("in") || next.equals("of") || next.equals("on")) {
          return true; // "the fall in prices", "the fall of the index", "suspicion to fall on"
        }
      }
      return w.equals("a")
          || w.equals("an")
          || "PRP$".equals(prev.pos())
          || "POS".equals(prev.pos())
          || "CD".equals(prev.pos())
          || prev.posStartsWith("NN")
          || "TO".equals(prev.pos())
          || ((prev.posStartsWith("JJ")) && !SEASON_MODIFIERS.contains(w));
    }
    if (s.equalsIgnoreCase("noon")
        && from > 0
        && tokens.get(from - 1).word().equalsIgnoreCase("high")) {
      // "high noon": the idiom for a decisive moment (and the film), no clock time
      return true;
    }
    if (s.equalsIgnoreCase("a second") && to < tokens.size()) {
      Token next = tokens.get(to);
      return next.posStartsWith("NN") || next.posStartsWith("JJ") || "CD".equals(next.pos());
    }
    return false;
  }

  /**
   * Whether "one day" at tokens {@code [from, to)} is an indefinite future ("Islam will one day be
   * the second largest religion", "the hope he one day follow"): after a modal or before a verb it
   * names no day but a vague time ahead, DATE FUTURE_REF (TimeML guidelines 1.2.1), not the
   * duration P1D of "in one day".
   */
  static boolean indefiniteFuture(String text, List<Token> tokens, int from, int to) {
    if (!text.trim().equalsIgnoreCase("one day")) {
      return false;
    }
    boolean afterModal = from > 0 && "MD".equals(tokens.get(from - 1).pos());
    boolean beforeVerb =
        to < tokens.size()
            && ("VB".equals(tokens.get(to).pos())
                || "VBP".equals(tokens.get(to).pos())
                || "MD".equals(tokens.get(to).pos()));
    return afterModal || beforeVerb;
  }

  private static final Pattern CAPITALISED_TITLE =
      Pattern.compile("^(?:[A-Z0-9][\\w'-]*)(?:\\s+[A-Z0-9][\\w'-]*)*$");

  private static final Pattern NAMED_DAY =
      Pattern.compile(
          "(?i).*\\b(?:now|today|tomorrow|yesterday|tonight|monday|tuesday|wednesday|thursday"
              + "|friday|saturday|sunday|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\\w*\\b.*");

  /**
   * Whether the candidate opens a quoted title in title case ("This Week With David Brinkley", ABC
   * News' "This Week", CBS's "60 Minutes", "Spring of Life" demonstrations): a name, not a time.
   * Quoted "Today" or "Friday" still count as times.
   */
  static boolean quotedTitle(String text, List<Token> tokens, int from) {
    if (from < 1
        || !isQuote(tokens.get(from - 1).word()) && !"''".equals(tokens.get(from - 1).word())) {
      return false;
    }
    String s = text.trim();
    return CAPITALISED_TITLE.matcher(s).matches() && !NAMED_DAY.matcher(s).matches();
  }

  /**
   * The SET reading of a frequency ("twice a day", "three times a week"), or null: TimeML annotates
   * "a day" after a frequency word as SET P1D (TimeML annotation guidelines 1.2.1, SET with freq).
   */
  static Timex rate(String text, List<Token> tokens, int from) {
    Matcher m = RATE.matcher(text.trim());
    if (!m.matches() || from < 1) {
      return null;
    }
    if (!FREQUENCY_WORDS.contains(tokens.get(from - 1).word().toLowerCase(Locale.ROOT))) {
      return null;
    }
    return new Timex(TimexType.SET, RATE_VALUES.get(m.group(1).toLowerCase(Locale.ROOT)));
  }

  /**
   * Whether the candidate is the unit of a quantity's rate ("$500 million a year", "15 a year",
   * "four flights a week", "$28 an hour", "$55 a night"): TimeBank 1.2 leaves these unannotated far
   * more often than not (counted on the development split: 2 of 8 in TimeBank, 1 of 2 in AQUAINT, 1
   * of 4 in MEANTIME), so they are no markables; a frequency ("twice a day") is ({@link #rate}).
   */
  static boolean amountRate(String text, List<Token> tokens, int from) {
    if (from >= 2
        && BARE_UNIT.matcher(text.trim()).matches()
        && RATE.matcher(tokens.get(from - 1).word() + " " + text.trim()).matches()) {
      // "$55 a night" where the tagger marked only "night": the rate's unit after its article
      return amountRate(tokens.get(from - 1).word() + " " + text.trim(), tokens, from - 1);
    }
    if (!RATE.matcher(text.trim()).matches() || from < 1) {
      return false;
    }
    Token prev = tokens.get(from - 1);
    return "CD".equals(prev.pos())
        || (from >= 2 && prev.posStartsWith("NN") && "CD".equals(tokens.get(from - 2).pos()));
  }
}
