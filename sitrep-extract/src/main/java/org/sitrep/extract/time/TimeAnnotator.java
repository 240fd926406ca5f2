package org.sitrep.extract.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.core.model.TimeExpression;
import org.sitrep.core.model.TimexType;
import org.sitrep.core.nlp.Sentence;
import org.sitrep.core.nlp.TimexCandidate;
import org.sitrep.core.nlp.Token;
import org.sitrep.core.pipeline.AnnotatedArticle;
import org.sitrep.core.pipeline.Annotator;
import org.sitrep.core.pipeline.Layer;
import org.sitrep.core.pipeline.Layers;

/**
 * Sitrep's time tagger ({@code time.v1}): SUTime's candidate spans, re-extented to TimeBank's
 * conventions and re-normalised against the publication date with the tense of their clause.
 */
public final class TimeAnnotator implements Annotator {

  /** The component name stored with every time expression. */
  public static final String NAME = "time.v1";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of(Layers.TOKENS, Layers.SENTENCES, Layers.SUTIME);
  }

  @Override
  public Set<Layer<?>> provides() {
    return Set.of(Layers.TIMES);
  }

  @Override
  public void annotate(AnnotatedArticle article) {
    List<TimeExpression> out = new ArrayList<>();
    for (Candidate raw :
        Candidates.of(article.text(), article.get(Layers.SUTIME), article.get(Layers.TOKENS))) {
      if (!emit(raw, article, out) && raw.fallback() == null) {
        for (Candidate piece : Pieces.of(raw)) {
          emit(piece, article, out);
        }
      }
    }
    article.put(
        Layers.TIMES,
        List.copyOf(
            anchorClockTimes(
                anchorSamePeriod(
                    anchorAnaphora(coordinatedDays(withoutNested(out), article), article), article),
                article)));
  }

  /**
   * Drops an expression that lies inside another one: TIMEX3 tags do not nest (TimeML annotation
   * guidelines 1.2.1), and an extent grown past a neighbouring candidate ("Easter" + "week" →
   * "Easter week") must not leave that candidate ("week") behind as well.
   */
  static List<TimeExpression> withoutNested(List<TimeExpression> out) {
    List<TimeExpression> result = new ArrayList<>();
    for (TimeExpression t : out) {
      boolean inside =
          out.stream()
              .anyMatch(
                  o ->
                      o != t
                          && o.start() <= t.start()
                          && t.end() <= o.end()
                          && o.end() - o.start() > t.end() - t.start());
      if (!inside) {
        result.add(t);
      }
    }
    return result;
  }

  private static final Pattern NEXT_DAY_NUMBER =
      Pattern.compile("^\\s+(?:and|or|to)\\s+([1-9]|[12]\\d|3[01])\\b(?![.,]?\\d)");

  /**
   * "on April 24 and 25": the second day number is a date of the same month (TimeML annotates each
   * date of a coordination; SUTime marks the first only).
   */
  private static List<TimeExpression> coordinatedDays(
      List<TimeExpression> out, AnnotatedArticle article) {
    List<TimeExpression> result = new ArrayList<>(out);
    for (TimeExpression t : out) {
      if (t.type() != TimexType.DATE
          || !t.value().matches("\\d{4}-\\d\\d-\\d\\d")
          || !t.text().matches("(?s).*\\b\\d{1,2}(?:st|nd|rd|th)?$")) {
        continue;
      }
      String after =
          article.text().substring(t.end(), Math.min(article.text().length(), t.end() + 12));
      Matcher m = NEXT_DAY_NUMBER.matcher(after);
      if (!m.find()) {
        continue;
      }
      int start = t.end() + m.start(1);
      int end = t.end() + m.end(1);
      int day = Integer.parseInt(m.group(1));
      String value = String.format("%s-%02d", t.value().substring(0, 7), day);
      try {
        LocalDate.parse(value);
      } catch (java.time.format.DateTimeParseException e) {
        continue; // "Feb. 28 and 30"
      }
      if (result.stream().noneMatch(o -> o.start() < end && start < o.end())) {
        result.add(
            new TimeExpression(
                start, end, article.text().substring(start, end), TimexType.DATE, value, NAME));
      }
    }
    result.sort(Comparator.comparingInt(TimeExpression::start));
    return result;
  }

  private static final Pattern SUB_YEAR_VALUE =
      Pattern.compile("^(\\d{4})(-(?:\\d\\d|Q[1-4]|H[12]))$");

  /**
   * "fell 35% in January, compared to the same month a year ago": the period the sentence named
   * before it (a month, quarter or half year), a year earlier (TimeML's anchoring on the reference
   * time; TimeML annotation guidelines 1.2.1). Without such a period it keeps its own reading.
   */
  private static List<TimeExpression> anchorSamePeriod(
      List<TimeExpression> out, AnnotatedArticle article) {
    List<Token> tokens = article.get(Layers.TOKENS);
    List<TimeExpression> result = new ArrayList<>(out);
    for (int i = 0; i < result.size(); i++) {
      TimeExpression t = result.get(i);
      if (!Normaliser.SAME_PERIOD.matcher(Normaliser.clean(t.text())).matches()) {
        continue;
      }
      int sentence = sentenceOf(tokens, t.start());
      for (int k = i - 1; k >= 0; k--) {
        TimeExpression o = result.get(k);
        if (sentenceOf(tokens, o.start()) != sentence) {
          break;
        }
        Matcher m = SUB_YEAR_VALUE.matcher(o.value());
        if (o.type() == TimexType.DATE && m.matches()) {
          String value = (Integer.parseInt(m.group(1)) - 1) + m.group(2);
          result.set(
              i,
              new TimeExpression(
                  t.start(), t.end(), t.text(), TimexType.DATE, value, t.component()));
          break;
        }
      }
    }
    return result;
  }

  /** How many sentences back an anaphoric expression looks for the date it counts from. */
  private static final int REFERENCE_SENTENCES = 3;

  /**
   * "the following year", "the day before", "later that year" count from the last date the story
   * named outright (a year or a month name in the text, within {@link #REFERENCE_SENTENCES}
   * sentences before), not from the DCT ({@link Anaphora}). Without such a date the expression
   * keeps its reading.
   */
  private static List<TimeExpression> anchorAnaphora(
      List<TimeExpression> out, AnnotatedArticle article) {
    List<Token> tokens = article.get(Layers.TOKENS);
    List<TimeExpression> result = new ArrayList<>(out);
    for (int i = 0; i < result.size(); i++) {
      TimeExpression t = result.get(i);
      Optional<Anaphora.Shift> shift = Anaphora.of(t.text());
      if (shift.isEmpty()) {
        continue;
      }
      int sentence = sentenceOf(tokens, t.start());
      for (int k = i - 1; k >= 0; k--) {
        TimeExpression o = result.get(k);
        if (sentence - sentenceOf(tokens, o.start()) > REFERENCE_SENTENCES) {
          break;
        }
        if (o.type() != TimexType.DATE && o.type() != TimexType.TIME
            || !(Anaphora.explicit(o.text())
                || shift.get().unit().equals("day") && WEEKDAY_NAME.matcher(o.text()).find())) {
          continue;
        }
        Optional<Timex> v = Anaphora.resolve(shift.get(), o.value());
        if (v.isPresent()) {
          result.set(
              i,
              new TimeExpression(
                  t.start(), t.end(), t.text(), v.get().type(), v.get().value(), t.component()));
        }
        break;
      }
    }
    return result;
  }

  private static final Pattern WEEKDAY_NAME =
      Pattern.compile("(?i)\\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b");

  /** A weekday, possibly with its part of the day ("Saturday night"), as in "Saturday's". */
  private static final Pattern POSSESSIVE_DAY =
      Pattern.compile(
          "(?i)^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
              + "(?:\\s+(?:morning|afternoon|evening|night))?$");

  private static final Pattern DAY_VALUE = Pattern.compile("^\\d{4}-\\d\\d-\\d\\d");

  private static final Pattern NAMES_A_DAY =
      Pattern.compile(
          "(?i).*\\b(?:this|today|tonight|yesterday|tomorrow|monday|tuesday|wednesday|thursday|friday"
              + "|saturday|sunday|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\\w*\\b.*"
              + "|(?i).*\\b(?:1[5-9]|20)\\d\\d\\b(?!\\s*(?:gmt|utc|z)\\b).*");

  /**
   * A clock time that names no day ("at 10 p.m.") took the DCT's date; in news it belongs to the
   * day the sentence is about: the nearest expression naming a day in the same sentence ("at 10:35
   * a.m. Friday"), else the latest one in the two sentences before (TimeML's anchoring of a time on
   * its reference date, as HeidelTime does for news).
   */
  private static List<TimeExpression> anchorClockTimes(
      List<TimeExpression> out, AnnotatedArticle article) {
    LocalDate dct = article.article().published();
    if (dct == null) {
      return out;
    }
    List<Token> tokens = article.get(Layers.TOKENS);
    List<TimeExpression> result = new ArrayList<>(out);
    for (int i = 0; i < result.size(); i++) {
      TimeExpression t = result.get(i);
      if (t.type() != TimexType.TIME
          || !t.value().startsWith(dct + "T")
          || NAMES_A_DAY.matcher(t.text()).matches()) {
        continue;
      }
      int sentence = sentenceOf(tokens, t.start());
      TimeExpression anchor = null;
      int best = Integer.MAX_VALUE;
      for (TimeExpression o : result) {
        if (o == t
            || !DAY_VALUE.matcher(o.value()).find()
            || (o.type() == TimexType.TIME && !NAMES_A_DAY.matcher(o.text()).matches())) {
          // another clock time naming no day ("10:35 a.m. (0735 GMT) Friday") took the DCT's
          // date too: it is no anchor
          continue;
        }
        int os = sentenceOf(tokens, o.start());
        int distance;
        if (os == sentence) {
          distance = Math.abs(o.start() - t.start());
        } else if (os < sentence && sentence - os <= 2 && o.start() < t.start()) {
          distance = 1_000_000 * (sentence - os) - o.start();
        } else {
          continue;
        }
        if (distance < best) {
          best = distance;
          anchor = o;
        }
      }
      if (anchor != null) {
        String date = anchor.value().substring(0, 10);
        result.set(
            i,
            new TimeExpression(
                t.start(),
                t.end(),
                t.text(),
                t.type(),
                date + t.value().substring(10),
                t.component()));
      }
    }
    return result;
  }

  private static int sentenceOf(List<Token> tokens, int offset) {
    for (Token t : tokens) {
      if (t.end() > offset) {
        return t.sentence();
      }
    }
    return tokens.isEmpty() ? 0 : tokens.get(tokens.size() - 1).sentence();
  }

  /** Normalises candidate {@code raw} into {@code out}; whether it gave a time expression. */
  private static boolean emit(Candidate raw, AnnotatedArticle article, List<TimeExpression> out) {
    LocalDate dct = article.article().published();
    List<Token> tokens = article.get(Layers.TOKENS);
    List<Sentence> sentences = article.get(Layers.SENTENCES);
    if (!Markable.test(raw.text())) {
      return false;
    }
    Candidate c = raw.trimmed();
    int[] range = tokenRange(tokens, c.start(), c.end());
    if (range != null
        && range[1] - range[0] > 1
        && tokens.get(range[0]).posStartsWith("VB")
        && !PARTICIPLE_ADJECTIVE.matcher(tokens.get(range[0]).word()).matches()
        && tokens.get(range[0]).start() == c.start()) {
      // "to end the day at 7,114": a verb never opens a TIMEX3 (TimeML marks the time phrase only).
      Token second = tokens.get(range[0] + 1);
      c =
          new Candidate(
              second.start(), c.end(), text(article, second.start(), c.end()), c.fallback());
      range = new int[] {range[0] + 1, range[1]};
    }
    if (range != null && trailingPreposition(tokens, range)) {
      // "said Monday before leaving", "later in the day before rallying": "before" / "after" opens
      // the clause or phrase that follows, a signal outside the TIMEX3 (TimeML annotation
      // guidelines 1.2.1: signals are not part of the temporal expression); the anaphoric "the
      // day before" stays whole at the end of its clause.
      Token last = tokens.get(range[1] - 2);
      c = new Candidate(c.start(), last.end(), text(article, c.start(), last.end()), null);
      range = new int[] {range[0], range[1] - 1};
    }
    if (range != null
        && range[1] - range[0] == 1
        && range[1] < tokens.size()
        && tokens.get(range[1]).word().equals("Day")
        && Character.isUpperCase(c.text().charAt(0))
        && !c.text().endsWith("day")) {
      // "Thanksgiving Day", "Memorial Day": the holiday's name includes "Day" (SUTime stops
      // before).
      Token day = tokens.get(range[1]);
      c = new Candidate(c.start(), day.end(), text(article, c.start(), day.end()), c.fallback());
      range = new int[] {range[0], range[1] + 1};
    }
    if (range != null
        && range[0] > 0
        && DECADE.matcher(c.text()).matches()
        && DECADE_MOD.matcher(tokens.get(range[0] - 1).word()).matches()) {
      // "the late 1970s", "the early 1980s": TimeML puts the modifier inside the TIMEX3 (its mod
      // attribute, START / MID / END; TimeML annotation guidelines 1.2.1), with the article.
      int from = range[0] - 1;
      if (from > 0 && tokens.get(from - 1).word().equalsIgnoreCase("the")) {
        from--;
      }
      Token first = tokens.get(from);
      c =
          new Candidate(
              first.start(), c.end(), text(article, first.start(), c.end()), c.fallback());
      range = new int[] {from, range[1]};
    }
    if (range != null
        && range[1] + 1 < tokens.size()
        && tokens.get(range[1]).word().equalsIgnoreCase("or")
        && tokens.get(range[1] + 1).word().equalsIgnoreCase("so")) {
      // "the next year or so", "a week or so ago": the approximation belongs to the TIMEX3
      // (TimeML mod APPROX; TimeBank includes it, 3 of 3 in the development split)
      int to = range[1] + 2;
      if (to < tokens.size() && tokens.get(to).word().equalsIgnoreCase("ago")) {
        to++;
      }
      Token last = tokens.get(to - 1);
      c = new Candidate(c.start(), last.end(), text(article, c.start(), last.end()), c.fallback());
      range = new int[] {range[0], to};
    }
    if (range != null
        && range[1] < tokens.size()
        && ENDS_WITH_MONTH.matcher(c.text()).matches()
        && DAY_OF_MONTH.matcher(tokens.get(range[1]).word()).matches()) {
      // "last Oct. 23": SUTime stops after the month; the day number belongs to the date
      Token day = tokens.get(range[1]);
      c = new Candidate(c.start(), day.end(), text(article, c.start(), day.end()), null);
      range = new int[] {range[0], range[1] + 1};
    }
    if (range != null && CLOCK_DIGITS.matcher(c.text()).matches()) {
      // "0800 UTC", "0735 GMT": a 24-hour clock time with its zone; without a zone a four-digit
      // number starting with 0 is no year.
      if (range[1] >= tokens.size() || !ZONE.matcher(tokens.get(range[1]).word()).matches()) {
        if (c.text().startsWith("0")) {
          return false;
        }
      } else {
        Token zone = tokens.get(range[1]);
        c = new Candidate(c.start(), zone.end(), text(article, c.start(), zone.end()), null);
        range = new int[] {range[0], range[1] + 1};
      }
    }
    Matcher weekdayOrdinal = WEEKDAY_THE_ORDINAL.matcher(c.text());
    if (range != null
        && weekdayOrdinal.matches()
        && range[1] < tokens.size()
        && (tokens.get(range[1]).posStartsWith("NN") || tokens.get(range[1]).posStartsWith("JJ"))) {
      // "announced on Tuesday the first generation of its products": the ordinal modifies the
      // noun after it, no day of the month (SUTime reads "Tuesday the first" as a date)
      int cut = weekdayOrdinal.end(1);
      c = new Candidate(c.start(), c.start() + cut, c.text().substring(0, cut), null);
      range = tokenRange(tokens, c.start(), c.end());
    }
    if (range != null
        && range[0] > 0
        && tokens.get(range[0] - 1).word().equalsIgnoreCase("over")
        && COUNTED_UNIT.matcher(c.text()).matches()) {
      // "over a week", "in over six years": "over" before a number means "more than", which
      // TimeML keeps inside the TIMEX3 (mod MORE_THAN; TimeML annotation guidelines 1.2.1;
      // TimeBank, AQUAINT and MEANTIME include it 5 times of 6 in the development split)
      Token over = tokens.get(range[0] - 1);
      c = new Candidate(over.start(), c.end(), text(article, over.start(), c.end()), c.fallback());
      range = new int[] {range[0] - 1, range[1]};
    }
    if (range != null
        && range[0] > 0
        && APPROXIMATOR.matcher(tokens.get(range[0] - 1).word()).matches()
        && COUNTED_AGO.matcher(c.text()).matches()) {
      // "almost four years ago", "about two years ago": the approximation belongs to the TIMEX3
      // (TimeML mod APPROX / LESS_THAN; TimeBank and AQUAINT include it 5 times of 5 before "ago")
      Token mod = tokens.get(range[0] - 1);
      c = new Candidate(mod.start(), c.end(), text(article, mod.start(), c.end()), c.fallback());
      range = new int[] {range[0] - 1, range[1]};
    }
    if (range != null
        && range[1] < tokens.size()
        && tokens.get(range[1]).word().equalsIgnoreCase("ahead")
        && VAGUE_PLURAL.matcher(c.text()).matches()) {
      // "the weeks ahead", "the years ahead": "ahead" places the stretch, inside the TIMEX3 like
      // "coming" in "the coming weeks"
      Token ahead = tokens.get(range[1]);
      c =
          new Candidate(
              c.start(), ahead.end(), text(article, c.start(), ahead.end()), c.fallback());
      range = new int[] {range[0], range[1] + 1};
    }
    if (range != null
        && range[1] - range[0] > 1
        && range[1] < tokens.size()
        && tokens.get(range[1]).posStartsWith("NN")
        && !TIME_SPAN_NOUN.matcher(tokens.get(range[1]).word()).matches()
        && MODIFIER_LENGTH.matcher(c.text()).matches()) {
      // "the two day rally", "the 30-day period": a length modifying the noun after it; the
      // article belongs to that noun phrase, the TIMEX3 is the modifier alone (TimeML annotation
      // guidelines 1.2.1: the extent of a pre-nominal temporal modifier)
      Token first = tokens.get(range[0] + 1);
      c =
          new Candidate(
              first.start(), c.end(), text(article, first.start(), c.end()), c.fallback());
      range = new int[] {range[0] + 1, range[1]};
    }
    if (range != null && insideName(tokens, range)) {
      return false;
    }
    if (range != null
        && (Surroundings.fraction(c.text(), tokens, range[1])
            || Surroundings.commonNoun(c.text(), tokens, range[0], range[1])
            || Surroundings.amountRate(c.text(), tokens, range[0])
            || Surroundings.quotedTitle(c.text(), tokens, range[0])
            || Surroundings.discourseNow(
                tokens, sentences.get(tokens.get(range[0]).sentence()), range[0], range[1]))) {
      return false;
    }
    Tense tense =
        range == null
            ? Tense.UNKNOWN
            : Tense.around(
                tokens, sentences.get(tokens.get(range[0]).sentence()), range[0], range[1]);
    if (range != null
        && range[0] > 0
        && tokens.get(range[0] - 1).word().equalsIgnoreCase("since")) {
      tense = Tense.PAST; // "since February": a start point lies behind the speaker
    } else if (range != null
        && Tense.deadlineBefore(tokens, range[0])
        && !Tense.pastPerfect(tokens, sentences.get(tokens.get(range[0]).sentence()))) {
      tense = Tense.FUTURE; // "postponed until Tuesday", "as early as Tuesday": still ahead
    } else if (range != null
        && tense != Tense.FUTURE
        && range[1] < tokens.size()
        && tokens.get(range[1]).word().equals("'s")
        && POSSESSIVE_DAY.matcher(c.text()).matches()) {
      // "over Thursday's closing price", "Wednesday's ruling": a weekday owning an event names a
      // day that has been (20 of 21 such weekdays in the development split lie on or before the
      // DCT; the other was read at the nearest weekday, three days ahead)
      tense = Tense.PAST;
    }
    boolean quarterly = range != null && mentionsQuarter(tokens, sentences, range[0]);
    Optional<Timex> timex = Normaliser.normalise(c.text(), c.fallback(), dct, tense, quarterly);
    if (timex.isPresent() && range != null && isYearEnded(c.text(), tokens, range[1])) {
      // "the year ended March 31", "the fiscal year ending June 30": a twelve-month period
      // (TimeBank annotates these as DURATION P1Y).
      timex = Optional.of(new Timex(TimexType.DURATION, "P1Y"));
    }
    LocalDate holiday = Holidays.resolve(c.text(), dct, tense);
    if (holiday != null && (timex.isEmpty() || timex.get().type() == TimexType.DATE)) {
      timex = Optional.of(Timex.date(holiday.toString()));
    }
    if (timex.isEmpty()) {
      // "that year", "later that year": resolved on the story's reference date afterwards
      timex = Anaphora.of(c.text()).map(Anaphora::unresolved);
    }
    if (range != null && Surroundings.indefiniteFuture(c.text(), tokens, range[0], range[1])) {
      timex = Optional.of(Timex.date("FUTURE_REF"));
    }
    Timex rate = range == null ? null : Surroundings.rate(c.text(), tokens, range[0]);
    if (rate != null) {
      timex = Optional.of(rate);
    }
    if (timex.isEmpty()) {
      return false;
    }
    Timex t = timex.get();
    if (range != null
        && range[1] < tokens.size()
        && tokens.get(range[1]).word().equalsIgnoreCase("week")
        && HOLIDAY_NAME.matcher(c.text()).matches()
        && DAY_VALUE.matcher(t.value()).matches()) {
      // "Easter week", "Christmas week": the ISO week of the holiday (SUTime marks the holiday)
      Token week = tokens.get(range[1]);
      c = new Candidate(c.start(), week.end(), text(article, c.start(), week.end()), null);
      t = Timex.date(Normaliser.isoWeek(LocalDate.parse(t.value().substring(0, 10))));
    }
    out.add(new TimeExpression(c.start(), c.end(), c.text(), t.type(), t.value(), NAME));
    return true;
  }

  /**
   * A holiday's name: capitalised words that are no weekday, month or day word ("Easter",
   * "Christmas", "Thanksgiving").
   */
  private static final Pattern HOLIDAY_NAME =
      Pattern.compile(
          "^(?!(?i:.*\\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tomorrow"
              + "|yesterday|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)))"
              + "[A-Z][a-z']+(?:\\s+[A-Z][a-z']+)*$");

  /** Participles used as adjectives of a time noun ("coming weeks", "the following year"). */
  private static final Pattern PARTICIPLE_ADJECTIVE =
      Pattern.compile("(?i)^(?:coming|following|preceding|remaining|ensuing)$");

  private static final Pattern ENDS_WITH_MONTH =
      Pattern.compile(
          "(?i).*\\b(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\\.?"
              + "|(?i).*\\b(?:january|february|march|april|may|june|july|august|september|october"
              + "|november|december)");

  private static final Pattern DAY_OF_MONTH =
      Pattern.compile("^(?:[1-9]|[12]\\d|3[01])(?:st|nd|rd|th)?$");

  private static final Pattern DECADE = Pattern.compile("^(?:1[5-9]|20)\\d0'?s$");

  private static final Pattern WEEKDAY_THE_ORDINAL =
      Pattern.compile(
          "(?i)^((?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\\s+the\\s+"
              + "(?:first|second|third|fourth|fifth|last|next|\\d+(?:st|nd|rd|th))$");

  private static final Pattern APPROXIMATOR =
      Pattern.compile("(?i)^(?:about|almost|nearly|roughly|approximately)$");

  /** A small count in words or digits: "a", "one" ... "twelve", "36". */
  private static final String COUNT =
      "(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d+)";

  /** "four years ago", "a decade ago". */
  private static final Pattern COUNTED_AGO =
      Pattern.compile(
          "(?i)^" + COUNT + "\\s+" + "(?:day|week|month|year|decade|century)s?\\s+ago$");

  /** "the weeks", "the years": a vague stretch that "ahead" may follow. */
  private static final Pattern VAGUE_PLURAL =
      Pattern.compile("(?i)^the\\s+(?:days|weeks|months|years|decades)$");

  /** A counted stretch of time: "a week", "six years", "an hour", "two decades". */
  private static final Pattern COUNTED_UNIT =
      Pattern.compile(
          "(?i)^"
              + COUNT
              + "\\s+"
              + "(?:second|minute|hour|day|week|month|year|decade|century|centurie)s?$");

  /**
   * Nouns that name a stretch of time themselves: "a three-year period", "its one-year term" are
   * one TIMEX3 in TimeBank (2 of 2), so a length before them keeps its article.
   */
  private static final Pattern TIME_SPAN_NOUN =
      Pattern.compile("(?i)^(?:period|term|span|stretch|history)s?$");

  /** "the two day", "the 30-day": an article before a length in the singular. */
  private static final Pattern MODIFIER_LENGTH =
      Pattern.compile(
          "(?i)^the\\s+(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
              + "|[a-z]+-(?:one|two|three|four|five|six|seven|eight|nine)|twenty|thirty|forty|fifty)"
              + "[\\s-](?:second|minute|hour|day|week|month|year|decade)$");

  private static final Pattern DECADE_MOD = Pattern.compile("(?i)^(?:early|late|mid|mid-)$");

  private static final Pattern CLOCK_DIGITS = Pattern.compile("^(?:[01]\\d|2[0-3])[0-5]\\d$");

  private static final Pattern ZONE = Pattern.compile("^(?:GMT|UTC|Z)$");

  private static String text(AnnotatedArticle article, int start, int end) {
    return article.text().substring(start, end);
  }

  /**
   * Whether the candidate at tokens {@code range} ends in "before" or "after" that governs the
   * words after it: a gerund, a determiner, a possessive or a noun ("before leaving", "after the
   * vote").
   */
  static boolean trailingPreposition(List<Token> tokens, int[] range) {
    if (range[1] - range[0] < 2 || range[1] >= tokens.size()) {
      return false;
    }
    String last = tokens.get(range[1] - 1).word();
    if (!last.equalsIgnoreCase("before") && !last.equalsIgnoreCase("after")) {
      return false;
    }
    Token next = tokens.get(range[1]);
    if (DAY_WORD_AFTER.matcher(next.word()).matches()) {
      return false; // "the day before yesterday", "the night before last"
    }
    return "VBG".equals(next.pos())
        || "DT".equals(next.pos())
        || "PRP$".equals(next.pos())
        || "PRP".equals(next.pos())
        || next.posStartsWith("NN");
  }

  private static final Pattern DAY_WORD_AFTER =
      Pattern.compile("(?i)^(?:yesterday|today|tomorrow|last|that|this)$");

  private static boolean isYearEnded(String text, List<Token> tokens, int next) {
    String s = text.toLowerCase(Locale.ROOT);
    return (s.equals("the year") || s.equals("the fiscal year") || s.equals("fiscal year"))
        && next < tokens.size()
        && "end".equalsIgnoreCase(tokens.get(next).lemma());
  }

  /**
   * Whether the tagger put every token of the span inside a person, organisation or location name:
   * "Jan" in "Jan Kavan", "May" in "Theresa May".
   */
  private static boolean insideName(List<Token> tokens, int[] range) {
    for (int k = range[0]; k < range[1]; k++) {
      switch (tokens.get(k).ner()) {
        case "PERSON", "ORGANIZATION", "LOCATION":
          break;
        default:
          return false;
      }
    }
    return true;
  }

  /** Whether "quarter" occurs in the sentence of token {@code i} or the two before it. */
  private static boolean mentionsQuarter(List<Token> tokens, List<Sentence> sentences, int i) {
    int s = tokens.get(i).sentence();
    int from = sentences.get(Math.max(0, s - 2)).tokenFrom();
    int to = sentences.get(s).tokenTo();
    for (int k = from; k < to; k++) {
      if (tokens.get(k).lemma() != null && tokens.get(k).lemma().equalsIgnoreCase("quarter")) {
        return true;
      }
    }
    return false;
  }

  /** The tokens {@code [from, to)} covering characters {@code [start, end)}, or null. */
  private static int[] tokenRange(List<Token> tokens, int start, int end) {
    int from = -1;
    int to = -1;
    for (Token t : tokens) {
      if (t.end() > start && t.start() < end) {
        if (from < 0) {
          from = t.index();
        }
        to = t.index() + 1;
      }
    }
    return from < 0 ? null : new int[] {from, to};
  }

  /** A candidate span with the candidate tagger's own reading (null when it had none). */
  record Candidate(int start, int end, String text, Timex fallback) {
    /**
     * Leading words TimeBank and AQUAINT leave outside the TIMEX3 far more often than inside it
     * (counted on the development split: "over" before a determiner 28 outside, 0 inside; "within"
     * 12 / 1; "about" 9 / 2; "just" 5 / 0): "over the past four years" → "the past four years".
     * "over" before a number ("over a week", "in over six years") is an approximation, kept inside.
     */
    private static final Pattern OUTSIDE =
        Pattern.compile(
            "^(?i:over(?=\\s+(?:the|this|that|these|those|its|his|her|their)\\b)"
                + "|within|about|just|only|right)\\s+(?=\\S)");

    /**
     * "the night of Oct. 23", "the morning of Friday, Oct. 23": TimeBank and AQUAINT annotate the
     * date alone, with its date value.
     */
    private static final Pattern PART_OF =
        Pattern.compile("^(?i:the\\s+(?:night|morning|afternoon|evening)\\s+of)\\s+(?=\\S)");

    /**
     * "Three days later", "a few days later": TimeBank annotates the duration and leaves "later"
     * outside (4 of 5 in the development split).
     */
    private static final Pattern LATER =
        Pattern.compile(
            "(?i)^(?:\\d+|[a-z]+|a\\s+few)\\s+(?:minute|hour|day|week|month|year)s?(\\s+later)$");

    Candidate trimmed() {
      Matcher l = LATER.matcher(text);
      if (l.matches()) {
        int cut = l.start(1);
        return new Candidate(start, start + cut, text.substring(0, cut), null).trimmed();
      }
      Matcher p = PART_OF.matcher(text);
      if (p.find()) {
        int cut = p.end();
        Timex date =
            fallback == null
                ? null
                : Timex.date(fallback.value().replaceFirst("T(?:MO|AF|EV|NI)$", ""));
        return new Candidate(start + cut, end, text.substring(cut), date);
      }
      Matcher m = OUTSIDE.matcher(text);
      if (!m.find()) {
        return this;
      }
      int cut = m.end();
      return new Candidate(start + cut, end, text.substring(cut), fallback);
    }
  }

  /** SUTime's mentions turned into candidates. */
  static final class Candidates {
    private Candidates() {}

    static List<Candidate> of(String text, List<TimexCandidate> sutime, List<Token> tokens) {
      List<Candidate> out = new ArrayList<>();
      TimexCandidate prev = null;
      for (TimexCandidate t : sutime) {
        // CoreNLP splits one timex over two mentions when their NER classes differ ("Friday"
        // DATE + "morning" TIME): join adjacent mentions that carry the same timex.
        if (prev != null
            && !out.isEmpty()
            && sameTimex(prev, t)
            && text.substring(prev.end(), t.start()).isBlank()) {
          Candidate last = out.remove(out.size() - 1);
          out.add(
              new Candidate(
                  last.start(), t.end(), text.substring(last.start(), t.end()), last.fallback()));
          prev = t;
          continue;
        }
        Timex fallback = fallback(t);
        out.add(new Candidate(t.start(), t.end(), t.text(), fallback));
        prev = t;
      }
      for (Candidate c : Lexical.findWider(text)) {
        List<Candidate> inside = new ArrayList<>();
        List<Candidate> cut = new ArrayList<>();
        boolean crossing = false;
        for (Candidate o : out) {
          if (o.start() < c.end() && c.start() < o.end()) {
            if (c.start() <= o.start() && o.end() <= c.end()) {
              inside.add(o);
            } else if (o.fallback() == null && (o.start() < c.start()) != (o.end() > c.end())) {
              // SUTime joined neighbouring expressions into one mention without a value ("quarter,
              // the second quarter" across "the comparable year-ago quarter, the second quarter"):
              // the wider expression keeps its words and the mention keeps the rest
              inside.add(o);
              Candidate rest = outside(text, o, c);
              if (rest != null) {
                cut.add(rest);
              }
            } else {
              crossing = true;
            }
          }
        }
        if (!crossing) {
          out.removeAll(inside);
          out.addAll(cut);
          out.add(c);
        }
      }
      for (Candidate c : Lexical.find(text)) {
        if (out.stream().noneMatch(o -> o.start() < c.end() && c.start() < o.end())) {
          out.add(c);
        }
      }
      out.sort(Comparator.comparingInt(Candidate::start));
      List<Candidate> split = new ArrayList<>();
      for (Candidate c : out) {
        Matcher m = DATE_THEN_SHIFT.matcher(c.text());
        if (m.matches()) {
          // "November 11, three days later than planned": SUTime joins the date and the shift and
          // reads the sum; TimeML annotates the date and the duration separately
          split.add(new Candidate(c.start(), c.start() + m.end(1), m.group(1), null));
          split.add(new Candidate(c.start() + m.start(2), c.start() + m.end(2), m.group(2), null));
        } else {
          split.add(c);
        }
      }
      return split;
    }

    /** "November 11, three days later": a month and day, then a shift from it. */
    private static final Pattern DATE_THEN_SHIFT =
        Pattern.compile(
            "(?i)^((?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2})"
                + ",\\s+((?:\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten)\\s+"
                + "(?:day|week|month|year)s?\\s+(?:later|earlier))$");

    private static boolean sameTimex(TimexCandidate a, TimexCandidate b) {
      return a.value() != null && a.value().equals(b.value()) && a.type().equals(b.type());
    }

    /**
     * The part of candidate {@code o} outside the span of {@code c} (on the side where it sticks
     * out), without surrounding blanks, commas, colons and semicolons, or null when nothing of it
     * is left.
     */
    static Candidate outside(String text, Candidate o, Candidate c) {
      int from = o.start() < c.start() ? o.start() : c.end();
      int to = o.start() < c.start() ? c.start() : o.end();
      while (from < to && " \t\n,;:".indexOf(text.charAt(from)) >= 0) {
        from++;
      }
      while (to > from && " \t\n,;:".indexOf(text.charAt(to - 1)) >= 0) {
        to--;
      }
      return from < to ? new Candidate(from, to, text.substring(from, to), null) : null;
    }

    private static Timex fallback(TimexCandidate t) {
      if (t.value() == null || t.type() == null) {
        return null;
      }
      try {
        return new Timex(TimexType.valueOf(t.type()), t.value());
      } catch (IllegalArgumentException e) {
        return null;
      }
    }
  }
}
