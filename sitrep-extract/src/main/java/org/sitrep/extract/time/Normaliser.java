package org.sitrep.extract.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.core.model.TimexType;
import org.sitrep.extract.lexicon.CardinalWords;

/**
 * Gives a time expression its TIMEX3 value, anchored on the document creation time (DCT, the
 * publication date) and the tense of its clause. Conventions follow the TimeML annotation
 * guidelines 1.2.1 (Saurí et al. 2006) and TimeBank 1.2 practice: relative dates resolve against
 * the DCT at the granularity of the expression ("last month" → 2018-01, "two years ago" → 2016),
 * unanchored months, weekdays and seasons go backwards in a past-tense clause and forwards in a
 * future one. Without a DCT a relative expression keeps an unresolved value ({@code XXXX-12}),
 * never one guessed from today's date. Pure and thread-safe.
 */
final class Normaliser {
  private Normaliser() {}

  private static final Map<String, Integer> MONTHS =
      Map.ofEntries(
          Map.entry("jan", 1),
          Map.entry("january", 1),
          Map.entry("feb", 2),
          Map.entry("february", 2),
          Map.entry("mar", 3),
          Map.entry("march", 3),
          Map.entry("apr", 4),
          Map.entry("april", 4),
          Map.entry("may", 5),
          Map.entry("jun", 6),
          Map.entry("june", 6),
          Map.entry("jul", 7),
          Map.entry("july", 7),
          Map.entry("aug", 8),
          Map.entry("august", 8),
          Map.entry("sep", 9),
          Map.entry("sept", 9),
          Map.entry("september", 9),
          Map.entry("oct", 10),
          Map.entry("october", 10),
          Map.entry("nov", 11),
          Map.entry("november", 11),
          Map.entry("dec", 12),
          Map.entry("december", 12));

  /** TIMEX3 part-of-day codes (TimeML guidelines 1.2.1, section 2.2.1.2). */
  private static final Map<String, String> PARTS_OF_DAY =
      Map.of("morning", "MO", "afternoon", "AF", "evening", "EV", "night", "NI", "overnight", "NI");

  /** Season codes and the month each begins in (northern meteorological seasons). */
  private static final Map<String, String> SEASONS =
      Map.of("spring", "SP", "summer", "SU", "fall", "FA", "autumn", "FA", "winter", "WI");

  private static final Map<String, Integer> SEASON_START =
      Map.of("SP", 3, "SU", 6, "FA", 9, "WI", 12);

  /** English cardinal number words, one to ninety, plus "a", "an" and "hundred". */
  private static final Map<String, Integer> NUMBERS = numbers();

  private static Map<String, Integer> numbers() {
    Map<String, Integer> m = new java.util.HashMap<>(CardinalWords.ONES);
    m.remove("zero");
    m.putAll(CardinalWords.TENS);
    m.put("a", 1);
    m.put("an", 1);
    m.put("hundred", 100);
    return Map.copyOf(m);
  }

  private static final Map<String, Integer> ORDINALS =
      Map.of(
          "first", 1, "1st", 1, "second", 2, "2nd", 2, "third", 3, "3rd", 3, "fourth", 4, "4th", 4);

  /** Leading words that modify but do not change the value ("late last month" → 2018-01). */
  private static final Pattern MODIFIERS =
      Pattern.compile(
          "^(?:(?:in|on|at|over|during|for|since|until|by|around|about|of|from|through|"
              + "the|late|early|mid|middle|end|beginning|start|later|earlier|"
              + "sometime|as\\s+recently\\s+as|as\\s+early\\s+as)\\b[\\s-]*)+");

  private static final String MONTH_RE =
      "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
          + "|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
  private static final String REL = "(?:(last|next|this|past|coming|previous|current)\\s+)?";

  private static final Pattern WEEKDAY =
      Pattern.compile(
          "^"
              + REL
              + "(monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:'s)?"
              + "(?:\\s+(morning|afternoon|evening|night|overnight))?$");
  private static final Pattern WEEKDAY_SET =
      Pattern.compile(
          "^(?:(?:each|every)\\s+(monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
              + "(?:\\s+(morning|afternoon|evening|night))?"
              + "|(monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
              + "(?:s|\\s+(morning|afternoon|evening|night)s))$");
  private static final Pattern MONTH_DAY =
      Pattern.compile("^" + REL + MONTH_RE + "(?:\\s+(\\d{1,2})(?:st|nd|rd|th)?)?$");
  private static final Pattern SEASON =
      Pattern.compile("^" + REL + "(spring|summer|fall|autumn|winter)$");
  private static final Pattern RELATIVE_UNIT =
      Pattern.compile("^(last|next|this|coming|previous|current)\\s+(week|weekend|month|year)$");
  private static final Pattern AGO =
      Pattern.compile(
          "^(?:(?:more\\s+than|less\\s+than|about|nearly|almost|some|around|roughly|just|only|"
              + "barely|over|under)\\s+)?(\\d+|a\\s+few|a\\s+couple\\s+of|[a-z]+)\\s+"
              + "(day|week|month|year|decade)s?\\s+ago$");
  private static final Pattern ORDINAL_QUARTER =
      Pattern.compile(
          "^(?:fiscal[\\s-]+)?(first|second|third|fourth|1st|2nd|3rd|4th)(?:[\\s-]+fiscal)?"
              + "[\\s-]+quarter$");
  private static final Pattern THIS_QUARTER =
      Pattern.compile("^(?:this|current|latest|most\\s+recent|recent)?\\s*quarter$");

  /**
   * An ordinal of a running count, from the second on ("the eighth day", "a second consecutive
   * day", "the fourth straight week", "fourth week in a row"); "the first day" more often opens
   * something ahead ("on his first day in office").
   */
  private static final Pattern STREAK =
      Pattern.compile(
          "^(?:a\\s+)?(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|[2-9]\\d*(?:nd|rd|th))"
              + "\\s+(?:(?:consecutive|straight|successive)\\s+)?(day|week|month)"
              + "(?:\\s+in\\s+a\\s+row)?$");

  /** "the same month a year ago", "the corresponding period last year" (after {@link #clean}). */
  static final Pattern SAME_PERIOD =
      Pattern.compile(
          "^(?:same|corresponding|comparable)\\s+(period|month|quarter|week)\\s+(?:of\\s+)?"
              + "(?:last\\s+year|a\\s+year\\s+(?:ago|earlier)|the\\s+(?:previous|prior|last)\\s+year)$");

  private static final Pattern YEAR_AGO =
      Pattern.compile(
          "^(?:(?:a|one)\\s+year\\s+(?:ago|earlier)|(?:comparable\\s+)?year-(?:ago|earlier)"
              + "(?:\\s+(?:quarter|period))?|last\\s+year's\\s+(?:quarter|period))$");
  private static final Pattern YEAR_AGO_QUARTER =
      Pattern.compile(
          "^(?:comparable\\s+)?year-(?:ago|earlier)\\s+(first|second|third|fourth)\\s+quarter$");
  private static final Pattern QUARTER_YEAR_AGO =
      Pattern.compile("^(?:quarter|period)\\s+a\\s+year\\s+(?:ago|earlier)$");
  private static final Pattern YEAR_QUARTER =
      Pattern.compile("^((?:19|20)\\d\\d)\\s+(quarter|period)$");
  private static final Pattern YEAR_EARLIER = Pattern.compile("^(?:a|one)\\s+year\\s+earlier$");
  private static final Pattern LAST_QUARTER =
      Pattern.compile("^(?:last|past|previous|prior)\\s+quarter$");
  private static final Pattern HALF_OF_YEAR =
      Pattern.compile(
          "^(first|second|last|latter|final)\\s+(?:half|two\\s+quarters)\\s+of\\s+"
              + "((?:19|20)\\d\\d|this\\s+year|last\\s+year|next\\s+year)$");
  private static final Pattern DAY_OFF = Pattern.compile("^day\\s+(before|after)\\s+(\\S.*)$");
  private static final Pattern WEEK_OF = Pattern.compile("^week\\s+of\\s+(\\S.*)$");
  private static final Pattern YEAR_AGO_MONTHS =
      Pattern.compile(
          "^(?:comparable\\s+)?year-(?:ago|earlier)\\s+((?:first\\s+)?\\S+\\s+months)$");
  private static final Pattern YEAR_AGO_BARE =
      Pattern.compile("^(?:comparable\\s+)?year-(?:ago|earlier)$");
  private static final Pattern PRE_POST_YEAR = Pattern.compile("^(?:pre|post)-(\\d{4})$");
  private static final Pattern MID_YEAR = Pattern.compile("^(\\d{4})$");
  private static final Map<String, String> DECADE_WORDS =
      Map.of(
          "twenties",
          "2",
          "thirties",
          "3",
          "forties",
          "4",
          "fifties",
          "5",
          "sixties",
          "6",
          "seventies",
          "7",
          "eighties",
          "8",
          "nineties",
          "9");
  private static final Pattern WEEKEND = Pattern.compile("^(?:this\\s+)?weekend$");
  private static final Pattern SHORT_DECADE = Pattern.compile("^[’']?(\\d)0[’']?s$");
  private static final Pattern DECADE = Pattern.compile("^(\\d{3})0'?s$");
  private static final Pattern VAGUE_AGO =
      Pattern.compile("^(?:just\\s+|only\\s+)?(?:days|weeks|months|years|decades)\\s+ago$");
  private static final Pattern DAY_WORD =
      Pattern.compile(
          "^(today|yesterday|tomorrow|tonight)(?:'s)?(?:\\s+(morning|afternoon|evening|night))?$");
  private static final Pattern PAST_UNITS =
      Pattern.compile("^past\\s+(?:weeks|months|years|decades)$");
  private static final Pattern COMING_UNITS = Pattern.compile("^coming\\s+(year|month|week|day)s$");
  private static final Pattern PAST_SPAN = Pattern.compile("^(?:past|last)\\s+(decade|century)$");
  private static final Pattern LONG =
      Pattern.compile("^(decade|year|month|week|day|hour)(s)?-long$");
  private static final Map<String, String> LENGTH_LETTERS =
      Map.of("decade", "Y", "year", "Y", "month", "M", "week", "W", "day", "D", "hour", "H");
  private static final Pattern ZONED_CLOCK =
      Pattern.compile("^([01]\\d|2[0-3])([0-5]\\d)\\s+(?:gmt|utc|z)$");
  private static final Pattern FISCAL_YEAR = Pattern.compile("^fiscal\\s+(\\d{4})$");
  private static final Pattern EXPLICIT_MONTH_DAY =
      Pattern.compile("^" + MONTH_RE + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})$");
  private static final Pattern EXPLICIT_MONTH = Pattern.compile("^" + MONTH_RE + ",?\\s+(\\d{4})$");
  private static final Pattern QUARTER_OF_YEAR =
      Pattern.compile(
          "^(first|second|third|fourth|1st|2nd|3rd|4th|final|last)[\\s-]+quarter\\s+of\\s+(\\d{4})$");

  /**
   * A duration written out: "2 1/2 years", "two and a half years", "a minute and a half", "two more
   * weeks", "an additional year", "the first nine months", "more than four hours", "eight trading
   * days".
   */
  private static final Pattern DURATION =
      Pattern.compile(
          "^(?:(?:more\\s+than|less\\s+than|about|nearly|almost|some|at\\s+least|over|under|"
              + "around|roughly|first|last|past|next)\\s+)*"
              + "(\\d+|a\\s+few|a\\s+couple\\s+of|[a-z]+)(\\s+1/2|\\s+and\\s+a\\s+half)?"
              + "\\s+(?:more\\s+|straight\\s+|consecutive\\s+|trading\\s+|full\\s+|business\\s+"
              + "|additional\\s+|extra\\s+|further\\s+)?"
              + "(second|minute|hour|day|week|month|quarter|year|decade|century|centurie)s?"
              + "(\\s+and\\s+a\\s+half)?$");

  private static final Pattern THIS_PART = Pattern.compile("^this\\s+(morning|afternoon|evening)$");

  /**
   * The value of {@code text}; {@code fallback} is the candidate tagger's own reading (SUTime,
   * possibly null), used when no Sitrep rule applies.
   */
  static Optional<Timex> normalise(String text, Timex fallback, LocalDate dct, Tense tense) {
    return normalise(text, fallback, dct, tense, false);
  }

  /**
   * As {@link #normalise(String, Timex, LocalDate, Tense)}; {@code quarterly} says the clause
   * reports a quarter's results, where "a year ago" means the same quarter a year earlier (TimeBank
   * practice on Wall Street Journal earnings reports).
   */
  static Optional<Timex> normalise(
      String text, Timex fallback, LocalDate dct, Tense tense, boolean quarterly) {
    String s = clean(text);
    if ((quarterly || s.contains("quarter") || s.endsWith("period"))
        && dct != null
        && YEAR_AGO.matcher(s).matches()) {
      // "the year-earlier period" is a reporting period: a quarter in TimeBank's earnings reports
      LocalDate q = dct.minusMonths(3).minusYears(1);
      return Optional.of(Timex.date(q.getYear() + "-Q" + ((q.getMonthValue() - 1) / 3 + 1)));
    }
    Matcher same = SAME_PERIOD.matcher(s);
    if (same.matches() && dct != null) {
      // "the same month a year ago", "the corresponding period last year": the period the clause
      // reports, a year earlier. Without a period named before it in the sentence (resolved by
      // TimeAnnotator), a quarterly report's period is its reporting quarter, a month the DCT's
      // month and a period the year before the DCT's.
      if (quarterly || same.group(1).equals("quarter")) {
        LocalDate q = dct.minusMonths(3).minusYears(1);
        return Optional.of(Timex.date(q.getYear() + "-Q" + ((q.getMonthValue() - 1) / 3 + 1)));
      }
      return Optional.of(
          Timex.date(
              switch (same.group(1)) {
                case "month" -> YearMonth.from(dct).minusYears(1).toString();
                case "week" -> isoWeek(dct.minusYears(1));
                default -> Integer.toString(dct.getYear() - 1);
              }));
    }
    Matcher ym = YEAR_AGO_MONTHS.matcher(s);
    if (ym.matches()) {
      // "the year-earlier nine months": the stretch of a report a year before, a duration like
      // "the nine months" (TimeBank: DURATION P9M)
      return duration(ym.group(1));
    }
    Matcher yq = YEAR_AGO_QUARTER.matcher(s);
    if (yq.matches() && dct != null) {
      // "the year-earlier third quarter": that quarter's latest occurrence, a year before.
      String latest = ordinalQuarter(ORDINALS.get(yq.group(1)), dct, Tense.PAST).value();
      return Optional.of(
          Timex.date((Integer.parseInt(latest.substring(0, 4)) - 1) + latest.substring(4)));
    }
    if ((s.equals("year-end") || s.equals("year end") || s.equals("year's end")) && dct != null) {
      // "by year-end", "since year-end": the year whose end it is, the DCT's unless looking back.
      return Optional.of(
          Timex.date(Integer.toString(tense == Tense.PAST ? dct.getYear() - 1 : dct.getYear())));
    }
    if ((quarterly || s.contains("quarter"))
        && dct != null
        && QUARTER_YEAR_AGO.matcher(s).matches()) {
      // "the quarter a year ago": the same quarter a year before the last completed one.
      LocalDate q = dct.minusMonths(3).minusYears(1);
      return Optional.of(Timex.date(q.getYear() + "-Q" + ((q.getMonthValue() - 1) / 3 + 1)));
    }
    Matcher yearQuarter = YEAR_QUARTER.matcher(s);
    if (yearQuarter.matches() && yearQuarter.group(2).equals("period")) {
      // "the 1988 period": a stretch of that year whose length the report gave before (nine
      // months, a quarter), read at the year's granularity (TimeBank: 1988, 1988-Q1, 1989-Q3)
      return Optional.of(Timex.date(yearQuarter.group(1)));
    }
    if (yearQuarter.matches() && dct != null) {
      // "the 1988 quarter" in an earnings report: the reporting quarter (the last completed one)
      // of that year (TimeBank on WSJ earnings reports: "the 1988 quarter" → 1988-Q3 in October).
      LocalDate q = dct.minusMonths(3);
      return Optional.of(
          Timex.date(yearQuarter.group(1) + "-Q" + ((q.getMonthValue() - 1) / 3 + 1)));
    }
    if (YEAR_EARLIER.matcher(s).matches() && dct != null) {
      // "a year earlier" outside a quarterly report: the year before the DCT's, at the granularity
      // of the unit like "a year ago" (TimeML guidelines 1.2.1: the value has the granularity of
      // the expression; TimeBank: "a year earlier" → 1988 in 1989 stories, 5 of 7 outside
      // quarterly reports in the development split).
      return Optional.of(Timex.date(Integer.toString(dct.getYear() - 1)));
    }
    if (YEAR_AGO_BARE.matcher(s).matches() && dct != null) {
      return Optional.of(Timex.date(Integer.toString(dct.getYear() - 1)));
    }
    if (s.equals("latest period") || s.equals("latest quarter")) {
      return Optional.of(thisQuarter(dct, Tense.PAST));
    }
    if (s.equals("latest fiscal year")) {
      // the last completed fiscal year, named by the year it mostly lies in: the one before the
      // DCT's (TimeBank, DCT 1989-10-26 → 1988)
      return Optional.of(Timex.date(dct == null ? "XXXX" : Integer.toString(dct.getYear() - 1)));
    }
    if (s.equals("a later date") || s.equals("a future date")) {
      // "at a later date": an indefinite time ahead (TimeML guidelines 1.2.1, FUTURE_REF)
      return Optional.of(Timex.date("FUTURE_REF"));
    }
    if (s.equals("a while")) {
      // "for a while": a stretch of unknown length (TimeML: X for the unknown amount and unit)
      return Optional.of(new Timex(TimexType.DURATION, "PXX"));
    }
    if (s.equals("near term") || s.equals("short term") || s.equals("long term")) {
      return Optional.of(Timex.date("FUTURE_REF"));
    }
    Matcher prePost = PRE_POST_YEAR.matcher(s);
    if (prePost.matches()) {
      // "the post-1959 politics": the year named (TimeML marks the year, the prefix relates it)
      return Optional.of(Timex.date(prePost.group(1)));
    }
    if (MID_YEAR.matcher(s).matches()) {
      return Optional.of(Timex.date(s));
    }
    if (DECADE_WORDS.containsKey(s)) {
      return Optional.of(Timex.date("19" + DECADE_WORDS.get(s)));
    }
    Matcher dayOff = DAY_OFF.matcher(s);
    if (dayOff.matches()) {
      // "the day before last Tuesday": the date named, shifted by a day
      Optional<Timex> inner = normalise(dayOff.group(2), null, dct, tense, quarterly);
      if (inner.isPresent() && inner.get().value().matches("\\d{4}-\\d\\d-\\d\\d")) {
        LocalDate d = LocalDate.parse(inner.get().value());
        return Optional.of(
            Timex.date(
                (dayOff.group(1).equals("before") ? d.minusDays(1) : d.plusDays(1)).toString()));
      }
    }
    Matcher weekOf = WEEK_OF.matcher(s);
    if (weekOf.matches()) {
      // "the week of March 6": the ISO week containing that date
      Optional<Timex> inner = normalise(weekOf.group(1), null, dct, tense, quarterly);
      if (inner.isPresent() && inner.get().value().matches("\\d{4}-\\d\\d-\\d\\d")) {
        return Optional.of(Timex.date(isoWeek(LocalDate.parse(inner.get().value()))));
      }
    }
    Optional<Timex> own = rules(s, dct, tense);
    if (own.isPresent()) {
      return own;
    }
    if (fallback == null) {
      return duration(s);
    }
    return Optional.of(repair(text, fallback, dct));
  }

  static String clean(String text) {
    String s = text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim();
    s = s.replaceAll("[,.;:]+$", "").trim();
    // "a week or so ago": the approximation does not change the value
    s = s.replaceFirst("\\s+or\\s+so\\b", "");
    String stripped = MODIFIERS.matcher(s).replaceFirst("");
    stripped = stripped.isEmpty() ? s : stripped;
    // "overnight on Friday", "late at night on Friday", "mid-afternoon yesterday": the day with
    // its part of the day
    Matcher part = PART_BEFORE_DAY.matcher(stripped);
    return part.matches() ? part.group(2) + " " + part.group(1) : stripped;
  }

  private static final Pattern PART_BEFORE_DAY =
      Pattern.compile(
          "^(morning|afternoon|evening|night|overnight)\\s+(?:on\\s+)?"
              + "((?:last\\s+|this\\s+|next\\s+)?"
              + "(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
              + "|yesterday|today|tomorrow)$");

  private static Optional<Timex> rules(String s, LocalDate dct, Tense tense) {
    Matcher m0;
    m0 = PAST_SPAN.matcher(s);
    if (m0.matches()) {
      // "the past decade" is ten years back from now, like "the past three years" (DURATION P3Y in
      // TimeBank), not the decade 199X.
      return Optional.of(
          new Timex(TimexType.DURATION, m0.group(1).equals("decade") ? "P10Y" : "P100Y"));
    }
    if (s.equals("this century")) {
      // "the worst flooding this century": the stretch of the century so far, annotated as P100Y
      // in AQUAINT (2 of 2 in the development split; TimeBank has none), like "the past century",
      // not the century's name "19"
      return Optional.of(new Timex(TimexType.DURATION, "P100Y"));
    }
    m0 = COMING_UNITS.matcher(s);
    if (m0.matches()) {
      // "the coming years": a vague stretch ahead, as "the next few years" (DURATION PXY).
      String letter =
          switch (m0.group(1)) {
            case "year" -> "Y";
            case "month" -> "M";
            case "week" -> "W";
            default -> "D";
          };
      return Optional.of(new Timex(TimexType.DURATION, "PX" + letter));
    }
    if (s.equals("recent years")) {
      // "in recent years": a vague past, DATE PAST_REF (TimeBank 1.2: 3 of 5 in the development
      // split's TimeBank part; MEANTIME likewise), not a duration.
      return Optional.of(Timex.date("PAST_REF"));
    }
    if (s.equals("future quarters") || s.equals("coming quarters")) {
      // "will cut tax payments in future quarters": an indefinite future, FUTURE_REF (TimeBank 2
      // of 2 in the development split; "coming months" keeps its duration reading)
      return Optional.of(Timex.date("FUTURE_REF"));
    }
    if (PAST_UNITS.matcher(s).matches()) {
      // "sell programs in past years" (no article): an indefinite past, PAST_REF (TimeML
      // guidelines 1.2.1), not the duration "the past three years".
      return Optional.of(Timex.date("PAST_REF"));
    }
    if (s.equals("these days") || s.equals("nowadays")) {
      // "these days": the present, as "now" (TimeML guidelines 1.2.1, PRESENT_REF).
      return Optional.of(Timex.date("PRESENT_REF"));
    }
    Matcher m = ZONED_CLOCK.matcher(s);
    if (m.matches()) {
      // "0800 UTC": a clock time on the DCT, written with Z (ISO 8601).
      return Optional.of(
          new Timex(
              TimexType.TIME,
              (dct == null ? "XXXX-XX-XX" : dct.toString())
                  + "T"
                  + m.group(1)
                  + ":"
                  + m.group(2)
                  + "Z"));
    }
    m = FISCAL_YEAR.matcher(s);
    if (m.matches()) {
      return Optional.of(Timex.date(m.group(1)));
    }
    m = EXPLICIT_MONTH_DAY.matcher(s);
    if (m.matches() && month(m.group(1)) != null) {
      int day = Integer.parseInt(m.group(2));
      if (day >= 1 && day <= 31) {
        return Optional.of(
            Timex.date(String.format("%s-%02d-%02d", m.group(3), month(m.group(1)), day)));
      }
    }
    m = EXPLICIT_MONTH.matcher(s);
    if (m.matches() && month(m.group(1)) != null) {
      return Optional.of(Timex.date(String.format("%s-%02d", m.group(2), month(m.group(1)))));
    }
    m = QUARTER_OF_YEAR.matcher(s);
    if (m.matches()) {
      int q =
          m.group(1).equals("final") || m.group(1).equals("last") ? 4 : ORDINALS.get(m.group(1));
      return Optional.of(Timex.date(m.group(2) + "-Q" + q));
    }
    m = DAY_WORD.matcher(s);
    if (m.matches()) {
      return Optional.of(dayWord(m.group(1), m.group(2), dct));
    }
    m = THIS_PART.matcher(s);
    if (m.matches()) {
      return Optional.of(
          new Timex(
              TimexType.TIME,
              (dct == null ? "XXXX-XX-XX" : dct.toString()) + "T" + PARTS_OF_DAY.get(m.group(1))));
    }
    m = WEEKDAY_SET.matcher(s);
    if (m.matches()) {
      // "on Tuesdays", "Monday and Tuesday nights", "each Thursday": a recurring weekday is a SET
      // (TimeML guidelines 1.2.1: "every Tuesday" → XXXX-WXX-2).
      String day = m.group(1) != null ? m.group(1) : m.group(3);
      String part = m.group(1) != null ? m.group(2) : m.group(4);
      return Optional.of(
          new Timex(
              TimexType.SET,
              "XXXX-WXX-"
                  + dayOfWeek(day).getValue()
                  + (part == null ? "" : "T" + PARTS_OF_DAY.get(part))));
    }
    m = WEEKDAY.matcher(s);
    if (m.matches()) {
      return Optional.of(weekday(m.group(1), dayOfWeek(m.group(2)), m.group(3), dct, tense));
    }
    m = MONTH_DAY.matcher(s);
    if (m.matches()) {
      return monthDay(m.group(1), month(m.group(2)), m.group(3), dct, tense);
    }
    m = SEASON.matcher(s);
    if (m.matches()) {
      return Optional.of(season(m.group(1), SEASONS.get(m.group(2)), dct, tense));
    }
    if (s.equals("this weekend") && dct != null) {
      // "this weekend": the weekend of the DCT's ISO week, whatever the tense.
      return Optional.of(Timex.date(isoWeek(dct) + "-WE"));
    }
    m = WEEKEND.matcher(s);
    if (m.matches()) {
      return Optional.of(weekend(dct, tense));
    }
    m = DECADE.matcher(s);
    if (m.matches()) {
      return Optional.of(Timex.date(m.group(1)));
    }
    m = SHORT_DECADE.matcher(s);
    if (m.matches()) {
      // "the '80s", "the 70s": the twentieth century's, as in TimeBank and MEANTIME.
      return Optional.of(Timex.date("19" + m.group(1)));
    }
    m = LONG.matcher(s);
    if (m.matches()) {
      String letter = LENGTH_LETTERS.get(m.group(1));
      return Optional.of(
          new Timex(
              TimexType.DURATION,
              m.group(1).equals("decade")
                  ? (m.group(2) == null ? "P10Y" : "PXY")
                  : "P"
                      + (letter.equals("H") ? "T" : "")
                      + (m.group(2) == null ? "1" : "X")
                      + letter));
    }
    if (s.equals("past year") && dct != null) {
      // "the past year" as a date: TimeBank and MEANTIME give the year before the DCT's, as for
      // "last year" (its DURATION reading, P1Y, is SUTime's when it gives one).
      return Optional.of(Timex.date(Integer.toString(dct.getYear() - 1)));
    }
    m = RELATIVE_UNIT.matcher(s);
    if (m.matches()) {
      return Optional.of(relativeUnit(m.group(1), m.group(2), dct));
    }
    if (VAGUE_AGO.matcher(s).matches()) {
      return Optional.of(Timex.date("PAST_REF"));
    }
    m = AGO.matcher(s);
    if (m.matches()) {
      return ago(m.group(1), m.group(2), dct);
    }
    m = ORDINAL_QUARTER.matcher(s);
    if (m.matches()) {
      return Optional.of(ordinalQuarter(ORDINALS.get(m.group(1)), dct, tense));
    }
    if (s.equals("quarter")) {
      // "the quarter" (definite, without "this" or "current"): in a news report the period
      // reported on, the last completed quarter unless the clause looks ahead ("during the
      // quarter, leaving it within $100 million of its goal" → the quarter just reported; the
      // present-tense participle does not make it the current one). The current quarter is "this
      // quarter" or "the current quarter".
      return Optional.of(thisQuarter(dct, tense == Tense.FUTURE ? Tense.FUTURE : Tense.PAST));
    }
    m = THIS_QUARTER.matcher(s);
    if (m.matches()) {
      return Optional.of(thisQuarter(dct, tense));
    }
    m = STREAK.matcher(s);
    if (m.matches() && dct != null && tense != Tense.FUTURE) {
      // "the eighth day of Desert Shield", "a second consecutive day", "gains for fourth week in a
      // row": the latest unit of a running count is the reference time's own day, week or month
      // (TimeML guidelines 1.2.1: a DATE names the calendar unit it refers to), not the DCT
      // shifted by the ordinal as SUTime reads it.
      return Optional.of(
          Timex.date(
              switch (m.group(1)) {
                case "day" -> dct.toString();
                case "week" -> isoWeek(dct);
                default -> YearMonth.from(dct).toString();
              }));
    }
    if (LAST_QUARTER.matcher(s).matches()) {
      // "the last quarter": the quarter before the DCT's, like "last month" (SUTime gives the
      // current one)
      return Optional.of(thisQuarter(dct, Tense.PAST));
    }
    m = HALF_OF_YEAR.matcher(s);
    if (m.matches()) {
      // "the last half of 1989": a half year, H1 or H2 (TIMEX2/TimeBank value "1989-H2")
      String year =
          switch (m.group(2)) {
            case "this year" -> dct == null ? "XXXX" : Integer.toString(dct.getYear());
            case "last year" -> dct == null ? "XXXX" : Integer.toString(dct.getYear() - 1);
            case "next year" -> dct == null ? "XXXX" : Integer.toString(dct.getYear() + 1);
            default -> m.group(2);
          };
      return Optional.of(Timex.date(year + (m.group(1).equals("first") ? "-H1" : "-H2")));
    }
    return Optional.empty();
  }

  private static Integer month(String word) {
    return MONTHS.get(word.replace(".", ""));
  }

  private static Timex dayWord(String word, String part, LocalDate dct) {
    LocalDate d =
        dct == null
            ? null
            : switch (word) {
              case "yesterday" -> dct.minusDays(1);
              case "tomorrow" -> dct.plusDays(1);
              default -> dct;
            };
    String date = d == null ? "XXXX-XX-XX" : d.toString();
    if ("tonight".equals(word)) {
      return new Timex(TimexType.TIME, date + "TNI");
    }
    if (part != null) {
      return new Timex(TimexType.TIME, date + "T" + PARTS_OF_DAY.get(part));
    }
    return Timex.date(date);
  }

  /** A weekday's name (lower case, as the patterns match it) as a {@link DayOfWeek}. */
  private static DayOfWeek dayOfWeek(String name) {
    return DayOfWeek.valueOf(name.toUpperCase(Locale.ROOT));
  }

  /** Weekdays: "last"/past tense → the most recent one, "next"/future → the coming one. */
  static Timex weekday(String rel, DayOfWeek day, String part, LocalDate dct, Tense tense) {
    String suffix = part == null ? "" : "T" + PARTS_OF_DAY.get(part);
    TimexType type = part == null ? TimexType.DATE : TimexType.TIME;
    if (dct == null) {
      return new Timex(type, "XXXX-WXX-" + day.getValue() + suffix);
    }
    LocalDate d;
    if ("last".equals(rel) || "past".equals(rel) || "previous".equals(rel)) {
      d = previous(dct, day, false);
    } else if ("next".equals(rel) || "coming".equals(rel)) {
      d = next(dct, day, false);
    } else if (tense == Tense.FUTURE) {
      d = next(dct, day, true);
    } else if (tense == Tense.PAST || tense == Tense.UNKNOWN) {
      d = previous(dct, day, true);
    } else {
      LocalDate back = previous(dct, day, true);
      LocalDate ahead = next(dct, day, true);
      d = ChronoUnit.DAYS.between(back, dct) <= ChronoUnit.DAYS.between(dct, ahead) ? back : ahead;
    }
    return new Timex(type, d + suffix);
  }

  private static LocalDate previous(LocalDate dct, DayOfWeek day, boolean orSame) {
    LocalDate d = orSame ? dct : dct.minusDays(1);
    while (d.getDayOfWeek() != day) {
      d = d.minusDays(1);
    }
    return d;
  }

  private static LocalDate next(LocalDate dct, DayOfWeek day, boolean orSame) {
    LocalDate d = orSame ? dct : dct.plusDays(1);
    while (d.getDayOfWeek() != day) {
      d = d.plusDays(1);
    }
    return d;
  }

  /** Months and month-days without a year: the year comes from the DCT and the tense. */
  static Optional<Timex> monthDay(
      String rel, Integer month, String dayText, LocalDate dct, Tense tense) {
    if (month == null) {
      return Optional.empty();
    }
    Integer day = dayText == null ? null : Integer.valueOf(dayText);
    if (day != null && (day < 1 || day > 31)) {
      return Optional.empty();
    }
    String tail = String.format("%02d", month) + (day == null ? "" : String.format("-%02d", day));
    if (dct == null) {
      return Optional.of(Timex.date("XXXX-" + tail));
    }
    int year = dct.getYear();
    int here = dct.getMonthValue() * 100 + (day == null ? 0 : dct.getDayOfMonth());
    int there = month * 100 + (day == null ? 0 : day);
    if ("last".equals(rel) || "past".equals(rel) || "previous".equals(rel)) {
      year = there < here ? year : year - 1;
    } else if ("next".equals(rel) || "coming".equals(rel)) {
      year = there > here ? year : year + 1;
    } else if ("this".equals(rel) || "current".equals(rel)) {
      year = dct.getYear();
    } else {
      year = yearByTense(dct, month, day == null ? 15 : Math.min(day, 28), tense);
    }
    return Optional.of(Timex.date(year + "-" + tail));
  }

  /**
   * A past-tense clause may still name a date up to this many days ahead of the DCT ("the offer was
   * extended to Nov. 16", written on Nov. 1): reports of deadlines and schedules. Measured on the
   * development split: 30, 45, 60 and 90 days all beat 0; 60 is best.
   */
  private static final int PAST_HORIZON_DAYS = 60;

  /**
   * The year of a month (and day) without one: in a past-tense clause the latest occurrence (or one
   * within {@link #PAST_HORIZON_DAYS} ahead), in a future one the next, else the nearest.
   */
  private static int yearByTense(LocalDate dct, int month, int day, Tense tense) {
    LocalDate same = LocalDate.of(dct.getYear(), month, day);
    LocalDate before = same.isAfter(dct) ? same.minusYears(1) : same;
    LocalDate after = same.isAfter(dct) ? same : same.plusYears(1);
    long back = ChronoUnit.DAYS.between(before, dct);
    long ahead = ChronoUnit.DAYS.between(dct, after);
    if (back == 0) {
      return dct.getYear();
    }
    return switch (tense) {
      case PAST -> ahead <= PAST_HORIZON_DAYS ? after.getYear() : before.getYear();
      case FUTURE -> after.getYear();
      default -> back <= ahead ? before.getYear() : after.getYear();
    };
  }

  /** Seasons: a past-tense "the fall" in February 2018 is 2017-FA, a future one 2018-FA. */
  static Timex season(String rel, String code, LocalDate dct, Tense tense) {
    if (dct == null) {
      return Timex.date("XXXX-" + code);
    }
    int start = SEASON_START.get(code);
    // The season's year is the year it begins in; winter begins in December.
    LocalDate thisYears = LocalDate.of(dct.getYear(), start, 1);
    LocalDate lastStarted = thisYears.isAfter(dct) ? thisYears.minusYears(1) : thisYears;
    LocalDate current = lastStarted.plusMonths(3).isAfter(dct) ? lastStarted : null;
    int year;
    if ("last".equals(rel) || "past".equals(rel) || "previous".equals(rel)) {
      year = (current != null ? lastStarted.minusYears(1) : lastStarted).getYear();
    } else if ("next".equals(rel) || "coming".equals(rel)) {
      year = lastStarted.plusYears(1).getYear();
    } else if ("this".equals(rel) || "current".equals(rel)) {
      // "this summer" is the DCT year's summer whatever the tense (TimeML: "this" names the
      // period containing, or of the same year as, the DCT); a winter in progress is the current.
      year = current != null ? current.getYear() : dct.getYear();
    } else if (tense == Tense.PAST) {
      year = lastStarted.getYear();
    } else if (tense == Tense.FUTURE) {
      year = current != null ? current.getYear() : lastStarted.plusYears(1).getYear();
    } else {
      year = current != null ? current.getYear() : dct.getYear();
    }
    return Timex.date(year + "-" + code);
  }

  /** "the weekend": the one just past in a past-tense clause, the coming one in a future one. */
  static Timex weekend(LocalDate dct, Tense tense) {
    if (dct == null) {
      return Timex.date("XXXX-WXX-WE");
    }
    LocalDate d =
        tense == Tense.FUTURE
            ? next(dct, DayOfWeek.SATURDAY, true)
            : tense == Tense.PAST ? previous(dct, DayOfWeek.SATURDAY, true) : dct;
    return Timex.date(isoWeek(d) + "-WE");
  }

  /** "last week" → the ISO week before the DCT's, "next month" → the month after, and so on. */
  static Timex relativeUnit(String rel, String unit, LocalDate dct) {
    int shift =
        switch (rel) {
          case "last", "previous" -> -1;
          case "next", "coming" -> 1;
          default -> 0;
        };
    if (dct == null) {
      return Timex.date(
          switch (unit) {
            case "week" -> "XXXX-WXX";
            case "weekend" -> "XXXX-WXX-WE";
            case "month" -> "XXXX-XX";
            default -> "XXXX";
          });
    }
    return Timex.date(
        switch (unit) {
          case "week" -> isoWeek(dct.plusWeeks(shift));
          case "weekend" -> isoWeek(dct.plusWeeks(shift)) + "-WE";
          case "month" -> dct.plusMonths(shift).toString().substring(0, 7);
          default -> Integer.toString(dct.getYear() + shift);
        });
  }

  static String isoWeek(LocalDate d) {
    return String.format(
        "%d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  /** "two years ago" → the DCT's year minus two, at the granularity of the unit. */
  static Optional<Timex> ago(String amount, String unit, LocalDate dct) {
    Integer n =
        amount.chars().allMatch(Character::isDigit)
            ? Integer.valueOf(amount)
            : amount.equals("a couple of") ? Integer.valueOf(2) : NUMBERS.get(amount);
    if (n == null) {
      // "several years ago", "a few weeks ago": a vague past (TimeBank practice).
      return Optional.of(Timex.date("PAST_REF"));
    }
    if (dct == null) {
      return Optional.of(
          Timex.date(
              switch (unit) {
                case "day" -> "XXXX-XX-XX";
                case "week" -> "XXXX-WXX";
                case "month" -> "XXXX-XX";
                default -> "XXXX";
              }));
    }
    return Optional.of(
        Timex.date(
            switch (unit) {
              case "day" -> dct.minusDays(n).toString();
              case "week" -> isoWeek(dct.minusWeeks(n));
              case "month" -> dct.minusMonths(n).toString().substring(0, 7);
              case "decade" -> Integer.toString(dct.getYear() - 10 * n);
              default -> Integer.toString(dct.getYear() - n);
            }));
  }

  /**
   * A written-out duration, for candidates the candidate tagger gave no value: "2 1/2 years" →
   * P2Y6M, "5 1/2 hours" → PT5H30M, "a minute and a half" → PT1M30S (a half written in the next
   * smaller unit, as TimeBank does), "two more weeks" → P2W, "a decade" → P10Y.
   */
  static Optional<Timex> duration(String s) {
    Matcher m = DURATION.matcher(s);
    if (!m.matches()) {
      return Optional.empty();
    }
    String amount = m.group(1);
    String unit = m.group(3);
    boolean half = m.group(2) != null || m.group(4) != null;
    if (!half
        && (amount.equals("a few")
            || amount.equals("few")
            || amount.equals("several")
            || amount.equals("many"))) {
      // A vague amount: X for the number (TimeML guidelines 1.2.1, "a few days" → PXD).
      String letter =
          switch (unit) {
            case "second" -> "S";
            case "minute", "month" -> "M";
            case "hour" -> "H";
            case "day" -> "D";
            case "week" -> "W";
            case "quarter" -> "Q";
            case "year" -> "Y";
            default -> null;
          };
      if (letter == null) {
        return Optional.empty();
      }
      return Optional.of(
          new Timex(TimexType.DURATION, "P" + (isTimeUnit(unit) ? "TX" : "X") + letter));
    }
    Integer n =
        amount.equals("a couple of")
            ? Integer.valueOf(2)
            : amount.chars().allMatch(Character::isDigit)
                ? Integer.valueOf(amount)
                : NUMBERS.get(amount);
    if (n == null || n == 100) {
      return Optional.empty();
    }
    String v =
        switch (unit) {
          case "second" -> half ? null : "PT" + n + "S";
          case "minute" -> "PT" + n + "M" + (half ? "30S" : "");
          case "hour" -> "PT" + n + "H" + (half ? "30M" : "");
          case "day" -> "P" + n + "D" + (half ? "T12H" : "");
          case "week" -> half ? null : "P" + n + "W";
          case "month" -> half ? null : "P" + n + "M";
          case "quarter" -> half ? null : "P" + n + "Q";
          case "year" -> "P" + n + "Y" + (half ? "6M" : "");
          case "decade" -> half ? null : "P" + 10 * n + "Y";
          default -> half ? null : "P" + 100 * n + "Y";
        };
    return v == null ? Optional.empty() : Optional.of(new Timex(TimexType.DURATION, v));
  }

  /** "the third quarter" without a year: the latest such quarter in the past tense. */
  static Timex ordinalQuarter(int q, LocalDate dct, Tense tense) {
    if (dct == null) {
      return Timex.date("XXXX-Q" + q);
    }
    int current = (dct.getMonthValue() - 1) / 3 + 1;
    int year = dct.getYear();
    if (tense == Tense.PAST && q > current) {
      year--;
    } else if (tense == Tense.FUTURE && q < current) {
      year++;
    }
    return Timex.date(year + "-Q" + q);
  }

  /**
   * "the quarter", "the latest quarter" in a past-tense report is the last completed quarter
   * (quarterly earnings are reported after the quarter ends); otherwise the current one.
   */
  static Timex thisQuarter(LocalDate dct, Tense tense) {
    if (dct == null) {
      return Timex.date("XXXX-QX");
    }
    LocalDate d = tense == Tense.PAST ? dct.minusMonths(3) : dct;
    return Timex.date(d.getYear() + "-Q" + ((d.getMonthValue() - 1) / 3 + 1));
  }

  private static boolean isTimeUnit(String unit) {
    return unit.equals("hour") || unit.equals("minute") || unit.equals("second");
  }

  private static String unitLetter(String lower) {
    if (lower.matches(".*\\bdays?\\b.*")) {
      return "D";
    }
    if (lower.matches(".*\\bweeks?\\b.*")) {
      return "W";
    }
    if (lower.matches(".*\\bmonths?\\b.*")) {
      return "M";
    }
    if (lower.matches(".*\\byears?\\b.*")) {
      return "Y";
    }
    if (lower.matches(".*\\bhours?\\b.*")) {
      return "H";
    }
    return null;
  }

  private static final Pattern EXPLICIT_YEAR = Pattern.compile("\\b\\d{4}s?\\b|'\\d\\d");

  /**
   * Corrections of the candidate tagger's value: a value computed from a missing DCT is blanked to
   * its unresolved form, decade values follow TimeBank ({@code 199X} → {@code 199}) and a duration
   * counted in quarters keeps the quarter unit.
   */
  static Timex repair(String text, Timex fallback, LocalDate dct) {
    if (fallback.type() == TimexType.DURATION) {
      // "the past two quarters", "several quarters": counted in quarters, as the expression
      // counts them (TimeBank P2Q, PXQ; SUTime writes months, P6M, PXM)
      String s = clean(text);
      if (s.endsWith("quarters")) {
        Optional<Timex> quarters = duration(s);
        if (quarters.isPresent()) {
          return quarters.get();
        }
      }
    }
    String v = fallback.value();
    String lower = text.toLowerCase(Locale.ROOT);
    // TimeBank writes clock times without a zone offset: 5 p.m. EST → T17:00.
    v = v.replaceFirst("(T\\d\\d:\\d\\d)[-+]\\d{4}$", "$1");
    // Coordinated universal time is written with a Z (ISO 8601; TimeML guidelines 1.2.1).
    if (lower.matches(".*\\b(utc|gmt)\\b.*")) {
      if (v.matches(".*T\\d\\d:\\d\\d")) {
        v = v + "Z";
      } else if (v.matches("\\d{4}") && dct != null) {
        return new Timex(
            TimexType.TIME, dct + "T" + v.substring(0, 2) + ":" + v.substring(2) + "Z");
      }
    }
    // Centuries: TimeML writes the 20th century as 19, SUTime as 19XX; decades likewise ("the
    // last half of the '80s": SUTime 198X, TimeML 198).
    if (v.matches("\\d\\dXX")) {
      v = v.substring(0, 2);
    } else if (v.matches("\\d{3}X")) {
      v = v.substring(0, 3);
    }
    if (fallback.type() == TimexType.SET && v.equals("P3M") && lower.contains("quarter")) {
      v = "P1Q";
    }
    // SUTime gives vague spans as intervals ("1989-07-30/1989-10-30"), which are no TIMEX3
    // values: the past few quarters are a vague past (PAST_REF), the next few days a duration.
    if (v.contains("/")) {
      if (lower.matches(".*\\b(past|last|recent)\\b.*")) {
        return Timex.date("PAST_REF");
      }
      if (lower.matches(".*\\b(next|coming)\\b.*")) {
        String unit = unitLetter(lower);
        if (unit != null) {
          return new Timex(TimexType.DURATION, "P" + (unit.equals("H") ? "TX" : "X") + unit);
        }
        return Timex.date("FUTURE_REF");
      }
    }
    if (dct == null
        && fallback.type() != TimexType.DURATION
        && fallback.type() != TimexType.SET
        && !v.endsWith("_REF")
        && !EXPLICIT_YEAR.matcher(text).find()) {
      v = v.replaceAll("\\d", "X");
    }
    return new Timex(fallback.type(), v);
  }
}
