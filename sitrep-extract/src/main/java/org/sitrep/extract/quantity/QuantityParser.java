package org.sitrep.extract.quantity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.extract.lexicon.MonthNames;

/**
 * Finds quantities in raw text: a hedge, a currency, a number in digits or words or a vague amount,
 * an optional second number of a range, and a unit. Dates, times, years, ordinals, model numbers,
 * ages in apposition and phone numbers are left out.
 */
final class QuantityParser {
  private QuantityParser() {}

  private static final Set<String> MONTHS =
      java.util.stream.Stream.concat(MonthNames.FULL.stream(), MonthNames.ABBREVIATED.stream())
          .collect(java.util.stream.Collectors.toUnmodifiableSet());

  private static final Set<String> ORDINAL_SUFFIXES = Set.of("st", "nd", "rd", "th");

  private static final Set<String> CLOCK_WORDS =
      Set.of(
          "am", "pm", "a.m.", "p.m.", "gmt", "utc", "bst", "est", "edt", "pst", "pdt", "cet",
          "cest", "hrs", "h");

  /** Words after which a "to" reads as a change ("rose 5 % to 7 %"), not a range. */
  private static final Set<String> CHANGE_WORDS =
      Set.of(
          "up",
          "down",
          "rose",
          "rise",
          "rises",
          "risen",
          "fell",
          "fall",
          "falls",
          "fallen",
          "gained",
          "gain",
          "gains",
          "lost",
          "climbed",
          "climb",
          "jumped",
          "jump",
          "dropped",
          "drop",
          "declined",
          "decline",
          "increased",
          "increase",
          "decreased",
          "decrease",
          "grew",
          "grow",
          "slid",
          "slipped",
          "rallied",
          "added",
          "shed",
          "soared",
          "surged",
          "plunged",
          "tumbled",
          "sank",
          "by",
          "advanced",
          "eased",
          "lifted",
          "cut",
          "raised",
          "boosted");

  /** Capitalised words that may start a sentence and precede a number without naming it. */
  private static final Set<String> FUNCTION_WORDS =
      Set.of(
          "the", "a", "an", "and", "or", "but", "in", "on", "at", "of", "for", "with", "by", "to",
          "from", "only", "just", "all", "about", "some", "nearly", "almost", "over", "under",
          "after", "before", "since", "until", "than", "are", "were", "was", "is", "had", "has",
          "have", "its", "their", "his", "her", "our", "my", "your", "those", "these", "another",
          "every", "each", "minus", "plus", "i");

  /**
   * Nouns after which a number names rather than counts: "category 4", "stage 3", "page 12". A
   * general list of label nouns, not tuned to any document.
   */
  private static final Set<String> LABELS =
      Set.of(
          "category",
          "level",
          "phase",
          "stage",
          "grade",
          "type",
          "class",
          "tier",
          "section",
          "row",
          "game",
          "round",
          "chapter",
          "article",
          "page",
          "flight",
          "route",
          "highway",
          "platform",
          "gate",
          "room",
          "episode",
          "season",
          "series",
          "version",
          "model",
          "number",
          "figure",
          "table",
          "item",
          "step",
          "division",
          "district",
          "ward",
          "zone",
          "sector",
          "block",
          "resolution",
          "channel",
          "track",
          "lane",
          "runway",
          "pier",
          "apartment",
          "suite",
          "floor",
          "bus",
          "line");

  /** Street words that end an address after a house number. */
  private static final Set<String> STREETS =
      Set.of(
          "St",
          "Street",
          "Rd",
          "Road",
          "Ave",
          "Avenue",
          "Way",
          "Blvd",
          "Boulevard",
          "Lane",
          "Ln",
          "Drive",
          "Dr",
          "Place",
          "Pl",
          "Court",
          "Ct",
          "Terrace",
          "Square",
          "Highway",
          "Hwy");

  /** Vague plurals and the scale they multiply ("hundreds" reads as [200, 1,000]). */
  private static final Map<String, Double> VAGUE_PLURALS =
      Map.of(
          "dozens", 12.0,
          "scores", 20.0,
          "hundreds", 100.0,
          "thousands", 1e3,
          "millions", 1e6,
          "billions", 1e9,
          "trillions", 1e12);

  /** Multipliers of "tens of thousands", "hundreds of millions", "dozens of thousands". */
  private static final Map<String, Double> VAGUE_MULTIPLIERS =
      Map.of("tens", 10.0, "hundreds", 100.0, "dozens", 12.0);

  private static final Pattern PHONE =
      Pattern.compile("(?:\\+\\d{1,3}[ .-]?)?\\(?\\b\\d{3}\\)?[ .-]\\d{3}[.-]\\d{4}\\b");

  /**
   * Spans that hold no quantity: ISO dates and times ("2015-12-02", "20:39:05"), long digit strings
   * that identify rather than count ("699320266804092929"), and attribute values of markup left in
   * the text ({@code id="123"}).
   */
  private static final Pattern CODES =
      Pattern.compile(
          "\\b\\d{4}-\\d{2}-\\d{2}(?:[T ]\\d{2}:\\d{2}(?::\\d{2})?)?\\b"
              + "|\\b\\d{1,2}:\\d{2}(?::\\d{2})?\\b|\\b\\d{10,}\\b|=\"[^\"]*\"");

  /** Hedge phrases as token sequences, longest first. */
  private static final List<Map.Entry<List<String>, Hedge>> HEDGES = hedges();

  private static List<Map.Entry<List<String>, Hedge>> hedges() {
    List<Map.Entry<List<String>, Hedge>> out = new ArrayList<>();
    for (Hedge h : Hedge.values()) {
      for (String p : h.phrases()) {
        List<String> toks = Lexer.lex(p).stream().map(Tok::lower).toList();
        out.add(Map.entry(toks, h));
      }
    }
    out.sort(Comparator.comparingInt((Map.Entry<List<String>, Hedge> e) -> -e.getKey().size()));
    return List.copyOf(out);
  }

  /**
   * Every quantity in {@code text}; numbers starting inside an {@code excluded} span are skipped.
   */
  static List<Found> parse(String text, List<int[]> excluded) {
    List<int[]> skip = new ArrayList<>(excluded);
    for (Pattern p : List.of(PHONE, CODES)) {
      Matcher m = p.matcher(text);
      while (m.find()) {
        skip.add(new int[] {m.start(), m.end()});
      }
    }
    Run run = new Run(text, Lexer.lex(text), skip);
    List<Found> out = new ArrayList<>();
    int i = 0;
    while (i < run.toks.size()) {
      Step s = run.at(i);
      if (s == null) {
        i++;
        continue;
      }
      if (s.found != null) {
        out.add(inheritHedge(text, out, s.found));
      }
      i = Math.max(i + 1, s.next);
    }
    return List.copyOf(shareUnits(text, out));
  }

  /**
   * "8 or $9", "5 and 10 percent": a bare figure joined by "or" or "and" to the next one takes its
   * unit.
   */
  private static List<Found> shareUnits(String text, List<Found> found) {
    List<Found> out = new ArrayList<>(found);
    for (int k = out.size() - 2; k >= 0; k--) {
      Found a = out.get(k);
      Found b = out.get(k + 1);
      if (a.unit() != null || b.unit() == null || a.range() || b.start() < a.end()) {
        continue;
      }
      String gap = text.substring(a.end(), b.start()).strip();
      if (!gap.equals("or") && !gap.equals("and")) {
        continue;
      }
      out.set(
          k,
          new Found(
              a.start(),
              a.end(),
              a.interval(),
              b.unit(),
              a.approximate(),
              a.nounFrom(),
              a.hedge(),
              false));
    }
    return out;
  }

  /**
   * A conversion in brackets shares the bound of the figure it converts: "more than 7.5 million
   * crowns (US$1.1 million)" bounds both.
   */
  private static Found inheritHedge(String text, List<Found> before, Found f) {
    if (before.isEmpty() || f.hedge() != Hedge.EXACT || f.range()) {
      return f;
    }
    Found prev = before.get(before.size() - 1);
    if (!prev.hedge().bound() || prev.range() || prev.end() > f.start()) {
      return f;
    }
    if (!text.substring(prev.end(), f.start()).strip().equals("(")) {
      return f;
    }
    double v = f.interval().low();
    return new Found(
        f.start(),
        f.end(),
        Interval.of(prev.hedge(), v, f.unit() == null),
        f.unit(),
        prev.hedge().approximate(),
        f.nounFrom(),
        prev.hedge(),
        false);
  }

  /** What one attempt gave: a quantity (or null for an excluded number) and where to go on. */
  private record Step(Found found, int next) {}

  /** A number read at one place: its interval before hedging, and how it was written. */
  private record Num(
      double low,
      double high,
      boolean vague,
      boolean scaled,
      boolean digits,
      boolean plain,
      int next) {}

  /** One parse of one text. */
  private static final class Run {
    final String text;
    final List<Tok> toks;
    final List<int[]> skip;
    private final Map<Integer, Boolean> headlines = new java.util.HashMap<>();

    Run(String text, List<Tok> toks, List<int[]> skip) {
      this.text = text;
      this.toks = toks;
      this.skip = skip;
    }

    /**
     * Whether the line holding token {@code i} is set in title case or capitals ("Bomb Kills 12 in
     * Baghdad"), where a capital says nothing about a name.
     */
    boolean headline(int i) {
      int from = text.lastIndexOf('\n', toks.get(i).start()) + 1;
      return headlines.computeIfAbsent(from, this::headlineAt);
    }

    private boolean headlineAt(int from) {
      int to = text.indexOf('\n', from);
      to = to < 0 ? text.length() : to;
      int words = 0;
      int capitalised = 0;
      for (Tok t : toks) {
        if (t.start() < from || t.end() > to || !t.isWord() || t.text().length() < 4) {
          continue;
        }
        words++;
        if (Character.isUpperCase(t.text().charAt(0))) {
          capitalised++;
        }
      }
      return words >= 3 && capitalised * 10 >= words * 8;
    }

    Tok tok(int i) {
      return i >= 0 && i < toks.size() ? toks.get(i) : null;
    }

    boolean is(int i, String s) {
      Tok t = tok(i);
      return t != null && t.is(s);
    }

    boolean attached(int i) {
      Tok t = tok(i);
      return t != null && !t.spaceBefore();
    }

    boolean sentenceStart(int i) {
      if (i == 0) {
        return true;
      }
      Tok prev = toks.get(i - 1);
      String gap = text.substring(prev.end(), toks.get(i).start());
      return gap.contains("\n")
          || Set.of(".", "!", "?", "\"", "“", "(", "-", "—").contains(prev.text());
    }

    boolean skipped(int offset) {
      for (int[] s : skip) {
        if (offset >= s[0] && offset < s[1]) {
          return true;
        }
      }
      return false;
    }

    Step at(int i) {
      int j = i;
      Hedge hedge = Hedge.EXACT;
      boolean between = false;
      boolean from = false;
      boolean negative = false;
      for (Map.Entry<List<String>, Hedge> e : HEDGES) {
        if (matches(j, e.getKey())) {
          hedge = e.getValue();
          j += e.getKey().size();
          break;
        }
      }
      if (hedge == Hedge.EXACT) {
        if (is(j, "between")) {
          between = true;
          j++;
        } else if (is(j, "from")) {
          from = true;
          j++;
        }
      }
      if (is(j, "minus") || is(j, "negative")) {
        negative = true;
        j++;
      }
      if (negative && is(j, "-") && attached(j)) {
        j++; // "minus-5"
      } else if (minusSign(j)) {
        negative = true;
        j++;
      }
      String currency = null;
      int[] cur = currency(j);
      if (cur != null) {
        currency = Units.PREFIX_CURRENCIES.get(currencyKey(j, cur[0]));
        j += cur[0];
        if (minusSign(j) && tok(j).spaceBefore() == false) {
          negative = true;
          j++;
        }
      }
      Tok first = tok(j);
      if (first == null) {
        return null;
      }
      if (skipped(first.start())) {
        return null;
      }
      Num num = number(j, currency != null);
      if (num == null) {
        return null;
      }
      if (num.low < 0) {
        // an excluded number (ordinal, model number): consume it and go on
        return new Step(null, num.next);
      }
      if (hedge == Hedge.EXACT && !between && !from && currency == null) {
        // the hedge or currency belongs to the quantity; otherwise start at the number
        i = j;
      }
      int k = num.next;
      if (currency != null && "USD".equals(currency) && is(k, "A") && attached(k)) {
        currency = "AUD"; // "$A"
        k++;
      }
      String unit = currency;
      boolean vague = num.vague;
      boolean approximate = hedge.approximate() || vague;
      double low = num.low;
      double high = num.high;
      int nounFrom;
      // unit after the number
      int[] u = unit(k, num.scaled || vague);
      if (u != null && unit == null) {
        unit = unitName(k, u[0], num.scaled || vague);
        k += u[0];
      } else if (u != null && Units.isCurrency(unitName(k, u[0], true))) {
        k += u[0]; // "$5 USD"
      }
      if (unit == null && currency == null && !vague) {
        if (ageBefore(j) || ageApposition(j, num)) {
          unit = "year"; // "aged 25", "over the age of 21": an age is a measure in years
        } else {
          Integer excluded = excluded(j, num, hedge);
          if (excluded != null) {
            int e = excluded;
            while ((is(e, "-") || is(e, "–"))
                && attached(e)
                && tok(e + 1) != null
                && tok(e + 1).isNum()
                && attached(e + 1)) {
              e += 2; // "2-1" after a name, "ISO 3888-2"
            }
            return new Step(null, e);
          }
        }
      }
      // range
      boolean rangeFound = false;
      Tok sep = tok(k);
      if (sep != null && !vague && hedge != Hedge.MORE_THAN && hedge != Hedge.LESS_THAN) {
        boolean dash = Set.of("-", "–", "—").contains(sep.text());
        boolean slash = sep.is("/") && currency != null && currency(k + 1) != null;
        boolean to = sep.is("to") || (between && sep.is("and"));
        if (dash && is(k + 1, "to") && is(k + 2, "-")) {
          k += 2; // "0-to-60-mph"
          to = true;
          dash = false;
        }
        boolean change = !from && !between && changeBefore(i);
        if (dash || slash || (to && !change) || (to && between)) {
          int r = k + 1;
          if (is(r, "-") && attached(r) && to) {
            r++; // "0-to-60"
          }
          String cur2 = null;
          int[] c2 = currency(r);
          if (c2 != null) {
            cur2 = Units.PREFIX_CURRENCIES.get(currencyKey(r, c2[0]));
            r += c2[0];
          }
          Num second = tok(r) != null && !skipped(tok(r).start()) ? number(r, cur2 != null) : null;
          if (second != null && second.low >= 0 && !second.vague && !yearLike(r, second)) {
            int after = second.next;
            if (is(after, "-")
                && attached(after)
                && dash
                && tok(after + 1) != null
                && tok(after + 1).isNum()) {
              second = null; // "555-12-34" and the like
            }
          }
          if (second != null && second.low >= 0 && !second.vague) {
            int e = second.next;
            String unit2 = cur2;
            int[] u2 = unit(e, second.scaled);
            if (u2 != null && unit2 == null) {
              unit2 = unitName(e, u2[0], second.scaled);
              e += u2[0];
            }
            boolean unitsAgree = unit == null || unit2 == null || unit.equals(unit2);
            boolean years = yearLike(j, num) && unit2 == null && unit == null;
            if (unitsAgree && !years) {
              double a = low;
              double scale = scaleOf(second);
              if (!num.scaled
                  && second.scaled
                  && second.digits == num.digits
                  && a < second.high / scale) {
                a = a * scale; // "3 to 5 million", "four to five thousand"
              }
              low = a;
              high = second.high;
              if (unit == null) {
                unit = unit2;
              }
              k = e;
              rangeFound = true;
            }
          }
        }
      }
      if (unit != null) {
        int[] per = per(k, unit);
        if (per != null) {
          unit = unit + " per " + unitName(k + per[1], per[0] - per[1], false);
          k += per[0];
        }
      }
      // proportions: "4 in 10", "one out of three"
      if (!rangeFound && unit == null && !vague && !num.scaled) {
        int d = is(k, "in") ? k + 1 : is(k, "out") && is(k + 1, "of") ? k + 2 : -1;
        Num den = d > 0 && tok(d) != null && !skipped(tok(d).start()) ? number(d, false) : null;
        if (den != null
            && den.low > 0
            && !den.vague
            && !yearLike(d, den)
            && den.low > low
            && unit(den.next, den.scaled) == null) {
          low = Interval.round(low / den.low);
          high = low;
          unit = "proportion";
          k = den.next;
        }
      }
      // postfix hedges: "100 or so", "100-plus", "100 or more"
      if (!rangeFound && hedge == Hedge.EXACT) {
        if (is(k, "or") && is(k + 1, "so")) {
          hedge = Hedge.ABOUT;
          approximate = true;
          k += 2;
        } else if (is(k, "or") && (is(k + 1, "more") || is(k + 1, "greater"))) {
          hedge = Hedge.AT_LEAST;
          k += 2;
        } else if (is(k, "or") && (is(k + 1, "fewer") || is(k + 1, "less"))) {
          hedge = Hedge.UP_TO;
          k += 2;
        } else if (is(k, "-") && is(k + 1, "plus") && attached(k)) {
          hedge = Hedge.AT_LEAST;
          k += 2;
        }
      }
      if (yearLike(j, num) && unit == null && hedge == Hedge.EXACT && !rangeFound) {
        int next = num.next;
        if ((is(next, "-") || is(next, "–") || is(next, "/"))
            && tok(next + 1) != null
            && tok(next + 1).isNum()) {
          next += 2; // "2014-15"
        }
        return new Step(null, next);
      }
      if (negative) {
        double l = -high;
        high = -low;
        low = l;
      }
      Interval interval;
      if (rangeFound || vague) {
        interval = Interval.range(low, high);
      } else {
        interval = Interval.of(hedge, low, unit == null);
      }
      nounFrom = tok(k - 1).end();
      if (vague && is(k, "of")) {
        nounFrom = tok(k).end();
      }
      int start = tok(i).start();
      int end = tok(k - 1).end();
      return new Step(
          new Found(start, end, interval, unit, approximate, nounFrom, hedge, rangeFound || vague),
          k);
    }

    /** A hyphen or minus sign glued to the number after it and standing apart before: "-5". */
    boolean minusSign(int j) {
      Tok t = tok(j);
      Tok n = tok(j + 1);
      if (t == null || n == null || !n.isNum() || n.spaceBefore()) {
        return false;
      }
      if (!(t.is("-") || t.is("−"))) {
        return false;
      }
      Tok p = tok(j - 1);
      if (p != null && p.isWord() && hasUpper(p.text()) && t.spaceBefore()) {
        return false; // "COVID -19"
      }
      return t.spaceBefore() || p == null || Units.PREFIX_CURRENCIES.containsKey(p.lower());
    }

    /** Whether the number at {@code j} is an age: "aged 25", "the age of 21", "ages 5". */
    boolean ageBefore(int j) {
      return is(j - 1, "aged")
          || is(j - 1, "ages")
          || (is(j - 1, "of") && is(j - 2, "age"))
          || (is(j - 1, "age") && !attached(j));
    }

    double scaleOf(Num n) {
      // the multiplier the second number of a range carried ("3 to 5 million")
      if (!n.scaled) {
        return 1;
      }
      Tok t = tok(n.next - 1);
      String w = t.lower();
      Double s = NumberWords.SCALES.get(w);
      if (s == null) {
        s = NumberWords.SCALE_ABBREVIATIONS.get(w);
      }
      if (s == null && w.equals("m")) {
        s = 1e6;
      }
      return s == null ? 1 : s;
    }

    boolean matches(int j, List<String> words) {
      for (int k = 0; k < words.size(); k++) {
        Tok t = tok(j + k);
        if (t == null || !t.lower().equals(words.get(k))) {
          return false;
        }
      }
      // a hedge only counts before a number, currency or vague amount
      Tok next = tok(j + words.size());
      return next != null;
    }

    boolean changeBefore(int i) {
      for (int b = i - 1; b >= Math.max(0, i - 2); b--) {
        if (CHANGE_WORDS.contains(toks.get(b).lower())) {
          return true;
        }
      }
      return false;
    }

    /** {count of tokens} of a currency written before a number at {@code j}, or null. */
    int[] currency(int j) {
      for (int n = 3; n >= 1; n--) {
        Tok after = tok(j + n);
        boolean number =
            after != null
                && (after.isNum()
                    || (after.is("-") || after.is("−"))
                        && !after.spaceBefore()
                        && tok(j + n + 1) != null
                        && tok(j + n + 1).isNum()); // "$-50.8bn"
        if (!number) {
          continue;
        }
        String key = currencyKey(j, n);
        if (key != null && Units.PREFIX_CURRENCIES.containsKey(key)) {
          return new int[] {n};
        }
      }
      return null;
    }

    String currencyKey(int j, int n) {
      StringBuilder sb = new StringBuilder();
      for (int k = j; k < j + n; k++) {
        Tok t = tok(k);
        if (t == null) {
          return null;
        }
        if (k > j && t.spaceBefore()) {
          sb.append(' ');
        }
        sb.append(t.lower());
      }
      return sb.toString();
    }

    /**
     * Reads a number at {@code j}. Returns null when none starts there, and a Num with a negative
     * low when the number is no quantity (ordinal, model number) and should be skipped whole.
     */
    Num number(int j, boolean money) {
      Tok t = tok(j);
      if (t == null) {
        return null;
      }
      if (t.isNum()) {
        return digitNumber(j, money);
      }
      Num vague = vagueNumber(j);
      if (vague != null) {
        return vague;
      }
      NumberWords.Read w = NumberWords.words(toks, j);
      if (w == null) {
        return null;
      }
      String lastWord = toks.get(w.next() - 1).lower();
      boolean scaled = NumberWords.SCALES.containsKey(lastWord);
      boolean plain = w.next() == j + 1;
      boolean idiom =
          is(j - 1, "no")
              || is(j + 1, "another")
              || is(j - 1, "at") && (is(j + 1, "point") || is(j + 1, "time") || is(j + 1, "stage"))
              || is(j - 1, "for") && is(j + 1, ",");
      if (plain && t.is("one") && idiom) {
        return new Num(-1, -1, false, false, false, true, j + 1);
      }
      if (is(w.next(), "-")
          && attached(w.next())
          && tok(w.next() + 1) != null
          && ORDINAL_SUFFIXES.contains(tok(w.next() + 1).lower())) {
        return new Num(-1, -1, false, false, false, true, w.next() + 2);
      }
      return new Num(w.value(), w.value(), false, scaled, false, plain, w.next());
    }

    Num digitNumber(int j, boolean money) {
      Tok t = tok(j);
      double v = NumberWords.digits(t.text());
      int k = j + 1;
      Tok next = tok(k);
      if (next != null
          && !next.spaceBefore()
          && next.isWord()
          && ORDINAL_SUFFIXES.contains(next.lower())) {
        return new Num(-1, -1, false, false, true, false, k + 1); // "101st"
      }
      // fractions "1/16", "1⁄32"
      if (next != null
          && (next.is("/") || next.is("⁄"))
          && !next.spaceBefore()
          && tok(k + 1) != null
          && tok(k + 1).isNum()
          && attached(k + 1)
          && !t.text().contains(".")
          && !(is(k + 2, "/") && attached(k + 2))) {
        double d = NumberWords.digits(tok(k + 1).text());
        if (d > v && d != 0) {
          double f = v / d;
          return new Num(f, f, false, false, true, false, k + 2);
        }
      }
      boolean scaled = false;
      if (next != null && (next.is("×") || next.is("x")) && is(k + 1, "10")) {
        // "2.998×10−8", "1.99 x 10-30"
        int e = k + 2;
        double sign = 1;
        if ((is(e, "−") || is(e, "-") || is(e, "^")) && attached(e)) {
          sign = is(e, "^") ? 1 : -1;
          e++;
          if (is(e, "-") || is(e, "−")) {
            sign = -1;
            e++;
          }
        }
        if (tok(e) != null && tok(e).isNum() && attached(e)) {
          v = v * Math.pow(10, sign * NumberWords.digits(tok(e).text()));
          return new Num(v, v, false, true, true, false, e + 1);
        }
      }
      if (next != null && next.isWord()) {
        String w = next.lower();
        Double s = NumberWords.SCALES.get(w);
        if (s != null) {
          v *= s;
          k++;
          scaled = true;
        } else if (NumberWords.SCALE_ABBREVIATIONS.containsKey(w)
            && (!next.spaceBefore() || w.length() > 1)
            && !(w.equals("b") && !next.spaceBefore() && Units.lookup("b") != null)) {
          v *= NumberWords.SCALE_ABBREVIATIONS.get(w);
          k++;
          scaled = true;
        } else if (next.text().equals("B")
            && next.spaceBefore()
            && tok(k + 1) != null
            && tok(k + 1).isWord()
            && Character.isLowerCase(tok(k + 1).text().charAt(0))) {
          v *= 1e9; // "8 B people"
          k++;
          scaled = true;
        } else if (w.equals("m") && !next.spaceBefore() && millionM(k, money)) {
          v *= 1e6;
          k++;
          scaled = true;
        }
      }
      v = Interval.round(v);
      return new Num(v, v, false, scaled, true, !scaled, k);
    }

    /** Whether an "m" glued to a number is "million" ("$1.8m", "12.3m tonnes"), not metres. */
    boolean millionM(int k, boolean money) {
      if (money) {
        return true;
      }
      Tok after = tok(k + 1);
      return after != null
          && after.isWord()
          && after.spaceBefore()
          && Character.isLowerCase(after.text().charAt(0))
          && !after.is("and")
          && !after.is("long")
          && !after.is("high")
          && !after.is("wide")
          && !after.is("deep")
          && !after.is("tall");
    }

    Num vagueNumber(int j) {
      int k = j;
      if (is(k, "the")) {
        k++;
      }
      Tok t = tok(k);
      if (t == null || !t.isWord()) {
        return null;
      }
      String w = t.lower();
      // "the low thousands", "the mid-hundreds", "the high teens" (not covered)
      if (Set.of("low", "mid", "high", "upper", "lower").contains(w)) {
        int s = k + 1;
        if (is(s, "-") && attached(s)) {
          s++;
        }
        Tok p = tok(s);
        if (p != null
            && VAGUE_PLURALS.containsKey(p.lower())
            && !p.is("dozens")
            && !p.is("scores")) {
          double n = VAGUE_PLURALS.get(p.lower());
          double[] r =
              switch (w) {
                case "low", "lower" -> new double[] {n, 4 * n};
                case "mid" -> new double[] {4 * n, 7 * n};
                default -> new double[] {7 * n, 10 * n};
              };
          return new Num(r[0], r[1], true, true, false, false, s + 1);
        }
        return null;
      }
      if (k != j) {
        return null; // "the" only before low/mid/high
      }
      if (is(k - 1, "-") || (tok(k - 1) != null && tok(k - 1).isNum())) {
        return null;
      }
      // "tens of thousands", "hundreds of millions"
      if (VAGUE_MULTIPLIERS.containsKey(w)
          && is(k + 1, "of")
          && tok(k + 2) != null
          && VAGUE_PLURALS.containsKey(tok(k + 2).lower())
          && !tok(k + 2).is("dozens")) {
        double n = VAGUE_MULTIPLIERS.get(w) * VAGUE_PLURALS.get(tok(k + 2).lower());
        return new Num(2 * n, 10 * n, true, true, false, false, k + 3);
      }
      if (VAGUE_PLURALS.containsKey(w)) {
        double n = VAGUE_PLURALS.get(w);
        return new Num(2 * n, 10 * n, true, true, false, false, k + 1);
      }
      // "several hundred", "a few thousand"
      boolean several = w.equals("several");
      boolean few = w.equals("a") && is(k + 1, "few");
      if (several || few) {
        int s = several ? k + 1 : k + 2;
        Tok p = tok(s);
        if (p != null && NumberWords.SCALES.containsKey(p.lower())) {
          double n = NumberWords.SCALES.get(p.lower());
          return several
              ? new Num(3 * n, 9 * n, true, true, false, false, s + 1)
              : new Num(2 * n, 5 * n, true, true, false, false, s + 1);
        }
      }
      return null;
    }

    /** {tokens} of a unit written at {@code k} (after an optional attached hyphen), or null. */
    int[] unit(int k, boolean scaled) {
      int start = k;
      if (is(k, "-") && attached(k)) {
        start = k + 1;
      } else if (scaled && is(k, "of")) {
        start = k + 1; // "tens of thousands of dollars"
      }
      for (int n = Units.MAX_TOKENS; n >= 1; n--) {
        String key = unitKey(start, n);
        if (key == null) {
          continue;
        }
        String canon = canonAt(start, n);
        Tok head = tok(start);
        if (canon == null) {
          continue;
        }
        if (n == 1
            && key.length() == 1
            && Character.isLetter(key.charAt(0))
            && (head.spaceBefore()
                || Character.isUpperCase(head.text().charAt(0)) && !head.text().equals("L"))
            && canon.equals(Units.lookup(key))) {
          continue; // "m", "l", "g" only glued to the number: "37m", "1.0l"
        }
        if (start == k + 1 && is(k, "of") && !Units.isCurrency(canon)) {
          continue;
        }
        // a word unit must be a whole word; "pound" without a scale is weight
        Tok last = tok(start + n - 1);
        Tok after = tok(start + n);
        if (last.isWord() && after != null && after.isWord() && !after.spaceBefore()) {
          continue;
        }
        return new int[] {start + n - k};
      }
      return null;
    }

    String unitName(int k, int n, boolean scaled) {
      int start = k;
      if (is(k, "-") || is(k, "of")) {
        start = k + 1;
        n--;
      }
      String canon = canonAt(start, n);
      if ("pound".equals(canon) && scaled) {
        return "GBP"; // "5 million pounds" is money; "2 pounds" is a weight
      }
      return canon;
    }

    /** The canonical unit written by {@code n} tokens from {@code start}, or null. */
    String canonAt(int start, int n) {
      Tok head = tok(start);
      if (n == 1 && head != null && (head.text().equals("C") || head.text().equals("F"))) {
        return head.text().equals("C") ? "celsius" : "fahrenheit"; // "12 C"
      }
      String key = unitKey(start, n);
      return key == null ? null : Units.lookup(key);
    }

    String unitKey(int start, int n) {
      StringBuilder sb = new StringBuilder();
      for (int k = start; k < start + n; k++) {
        Tok t = tok(k);
        if (t == null) {
          return null;
        }
        if (k > start && t.spaceBefore()) {
          sb.append(' ');
        }
        sb.append(t.lower());
      }
      return sb.toString();
    }

    /**
     * {tokens consumed, tokens before the denominator} of "per barrel", "/h", "a year", or null.
     */
    int[] per(int k, String unit) {
      Tok t = tok(k);
      if (t == null || unit.contains(" per ")) {
        return null;
      }
      boolean per = t.is("per") || (t.is("/") && !t.spaceBefore()) || t.is("a") || t.is("an");
      if (!per) {
        return null;
      }
      for (int n = 2; n >= 1; n--) {
        String key = unitKey(k + 1, n);
        String canon = key == null ? null : Units.lookup(key);
        if (canon == null && n == 1 && key != null && (t.is("per") || t.is("/"))) {
          canon = Units.lookup(key + "s") != null ? Units.lookup(key + "s") : null;
        }
        if (canon != null && (Units.isTime(canon) || t.is("per") || t.is("/"))) {
          return new int[] {n + 1, 1};
        }
      }
      return null;
    }

    boolean yearLike(int j, Num n) {
      Tok t = tok(j);
      return n.digits
          && n.plain
          && t != null
          && t.isNum()
          && t.text().length() == 4
          && n.low >= 1800
          && n.low <= 2200
          && n.low == Math.rint(n.low);
    }

    /**
     * Where to go on when the plain number at {@code j} is no quantity (date, time, ordinal, model
     * number, age in apposition), or null when it is one.
     */
    Integer excluded(int j, Num n, Hedge hedge) {
      Tok t = tok(j);
      Tok prev = tok(j - 1);
      boolean exact = hedge == Hedge.EXACT;
      if (!t.isNum()) {
        // number words that name: "BBC One", "Formula One"
        boolean named =
            Character.isUpperCase(t.text().charAt(0))
                && !sentenceStart(j)
                && exact
                && prev != null
                && prev.isWord()
                && hasUpper(prev.text())
                && !headline(j);
        return named ? n.next : null;
      }
      int next = n.next;
      Tok after = tok(next);
      boolean small = n.low == Math.rint(n.low) && n.low >= 1 && n.low <= 31;
      // dates: "March 9", "Oct. 31", "9 May", "Sept. 20-24"
      int p = j - 1;
      if (is(p, ".") && attached(p)) {
        p--;
      }
      if (small && tok(p) != null && MONTHS.contains(tok(p).lower())) {
        return dateEnd(next);
      }
      if (small && after != null && MONTHS.contains(after.lower())) {
        return dateEnd(next + 1);
      }
      // times: "17:22", "2 p.m.", "22pm"
      if (after != null
          && after.is(":")
          && attached(next)
          && tok(next + 1) != null
          && tok(next + 1).isNum()
          && attached(next + 1)) {
        return next + 2;
      }
      if (after != null && CLOCK_WORDS.contains(after.lower()) && n.low <= 24) {
        return next + 1;
      }
      // model numbers and names: "S23", "F/A-18", "V-12", "last-32", "ID.3", "#3"
      if (prev != null && !t.spaceBefore() && (prev.isWord() || prev.is("#"))) {
        return next;
      }
      if (prev != null
          && exact
          && !t.spaceBefore()
          && (prev.is("-") || prev.is("/") || prev.is("."))
          && tok(j - 2) != null
          && tok(j - 2).isWord()
          && (!prev.spaceBefore() || hasUpper(tok(j - 2).text()))) {
        return next; // also "COVID -19"
      }
      if (exact && address(next)) {
        return next; // "49 Zorro Ranch Road", "22 Ave Foch"
      }
      if (prev != null
          && exact
          && (prev.is("no.") || prev.is("#") || LABELS.contains(prev.lower()))) {
        return next; // "No. 5", "category 4", "stage 3": a number that names
      }
      if (after != null && after.isWord() && !after.spaceBefore()) {
        return next + 1; // "4x4", "5G", "1960s"
      }
      // "Section 427", "Game 2", "S&P 500": a number naming something after a capitalised word
      if (exact
          && prev != null
          && prev.isWord()
          && hasUpper(prev.text())
          && !sentenceStart(j - 1)
          && !FUNCTION_WORDS.contains(prev.lower())
          && !NumberWords.isNumberWord(prev.lower())
          && !MONTHS.contains(prev.lower())
          && !headline(j)) {
        return next;
      }
      return null;
    }

    /** Whether capitalised words after a number end in a street word within four tokens. */
    boolean address(int k) {
      for (int a = k; a < k + 4 && tok(a) != null; a++) {
        Tok w = tok(a);
        if (STREETS.contains(w.text())) {
          return true;
        }
        boolean partOfName =
            w.isWord() && Character.isUpperCase(w.text().charAt(0))
                || w.isNum() && tok(a + 1) != null && ORDINAL_SUFFIXES.contains(tok(a + 1).lower())
                || ORDINAL_SUFFIXES.contains(w.lower()) && !w.spaceBefore();
        if (!partOfName) {
          return false;
        }
      }
      return false;
    }

    /** An age in apposition to a name: "Senard, 65, now faces". */
    boolean ageApposition(int j, Num n) {
      Tok after = tok(n.next);
      return is(j - 1, ",")
          && tok(j - 2) != null
          && tok(j - 2).isWord()
          && Character.isUpperCase(tok(j - 2).text().charAt(0))
          && after != null
          && (after.is(",") || after.is("."))
          && n.digits
          && n.low >= 1
          && n.low <= 120
          && n.low == Math.rint(n.low);
    }

    int dateEnd(int k) {
      if ((is(k, "-") || is(k, "–")) && tok(k + 1) != null && tok(k + 1).isNum()) {
        k += 2;
      }
      if (is(k, ",")
          && tok(k + 1) != null
          && tok(k + 1).isNum()
          && tok(k + 1).text().length() == 4) {
        k += 2;
      }
      return k;
    }

    static boolean hasUpper(String s) {
      return s.chars().anyMatch(Character::isUpperCase);
    }
  }
}
