package org.sitrep.extract.event;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.core.model.Claim;
import org.sitrep.core.model.DateRef;
import org.sitrep.core.model.Entity;
import org.sitrep.core.model.Place;
import org.sitrep.core.model.PlaceRef;
import org.sitrep.core.model.Quantity;
import org.sitrep.core.model.Quote;
import org.sitrep.core.model.Source;
import org.sitrep.core.model.TimeExpression;
import org.sitrep.core.nlp.NerMention;
import org.sitrep.core.nlp.TimexCandidate;
import org.sitrep.core.pipeline.AnnotatedArticle;
import org.sitrep.core.pipeline.Layers;

/**
 * What an event or movement borrows from the other layers of an article: dates from the time layer,
 * places from the place layer, figures from the quantity layer, sources from quotes and claims,
 * entity ids. Each lookup falls back gracefully when its layer is absent: dates from CoreNLP's raw
 * SUTime values, places as the text of a LOCATION mention without coordinates, figures and sources
 * as null.
 */
public final class Anchors {
  private static final Set<String> LOCATION_PREPOSITIONS =
      Set.of("in", "at", "near", "on", "outside", "inside", "into", "from", "to", "toward");

  private static final java.util.regex.Pattern DAY_OF_TIME =
      java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}T.*");

  private final AnnotatedArticle article;
  private final List<Dated> dates;
  private final Integer referenceYear;
  private final List<Located> places;
  private final Map<PlaceRef, Place> resolved = new HashMap<>();

  /** The anchors of {@code article}, from whatever layers it has. */
  public Anchors(AnnotatedArticle article) {
    this.article = article;
    this.dates = dates(article);
    this.referenceYear =
        article.article().published() != null
            ? Integer.valueOf(article.article().published().getYear())
            : latestYear(dates);
    this.places = places(article);
    if (article.has(Layers.PLACES)) {
      for (Place p : article.list(Layers.PLACES)) {
        resolved.putIfAbsent(new PlaceRef(p.name(), p.lat(), p.lon(), p.geonamesId()), p);
      }
    }
  }

  /**
   * Whether one place lies inside the other by the gazetteer's hierarchy: a town or district in its
   * country, or in its first-level division ("Al Qayyarah" in "Nineveh" province, "Sebba" in
   * "Burkina Faso"). Places not resolved against the gazetteer are never nested.
   */
  boolean nested(PlaceRef a, PlaceRef b) {
    return inside(a, b) || inside(b, a);
  }

  private boolean inside(PlaceRef inner, PlaceRef outer) {
    Place i = resolved.get(inner);
    Place o = resolved.get(outer);
    if (i == null || o == null || i == o || o.countryCode() == null) {
      return false;
    }
    if (!o.countryCode().equals(i.countryCode())) {
      return false;
    }
    if ("country".equals(o.feature())) {
      return !"country".equals(i.feature());
    }
    return "admin1".equals(o.feature())
        && o.admin1() != null
        && o.admin1().equals(i.admin1())
        && !"admin1".equals(i.feature())
        && !"country".equals(i.feature());
  }

  /** A date value with its span. */
  record Dated(int start, int end, String text, String value) {}

  /** A place mention with what it resolves to. */
  public record Located(int start, int end, PlaceRef place) {}

  private static List<Dated> dates(AnnotatedArticle a) {
    List<Dated> out = new ArrayList<>();
    if (a.has(Layers.TIMES)) {
      for (TimeExpression t : a.list(Layers.TIMES)) {
        // "now", "at the time": PRESENT_REF / PAST_REF / FUTURE_REF name no calendar date
        if (t.value() != null
            && !t.value().endsWith("_REF")
            && t.type() != null
            && t.type().name().equals("DATE")) {
          out.add(new Dated(t.start(), t.end(), t.text(), t.value()));
        } else if (t.value() != null
            && t.type() != null
            && t.type().name().equals("TIME")
            && DAY_OF_TIME.matcher(t.value()).matches()) {
          // "overnight on Friday" (2021-06-04TNI), "at dawn on Monday": the day it names.
          out.add(new Dated(t.start(), t.end(), t.text(), t.value().substring(0, 10)));
        }
      }
    } else {
      // Fallback until the time layer is present: SUTime's own value, only if fully resolved.
      for (TimexCandidate t : a.list(Layers.SUTIME)) {
        if ("DATE".equals(t.type()) && t.value() != null && t.value().matches("\\d{4}.*")) {
          out.add(new Dated(t.start(), t.end(), t.text(), t.value()));
        }
      }
    }
    out.sort(Comparator.comparingInt(Dated::start));
    return List.copyOf(out);
  }

  private static List<Located> places(AnnotatedArticle a) {
    List<Located> out = new ArrayList<>();
    if (a.has(Layers.PLACES)) {
      for (Place p : a.list(Layers.PLACES)) {
        for (var m : p.mentions()) {
          out.add(
              new Located(
                  m.start(), m.end(), new PlaceRef(p.name(), p.lat(), p.lon(), p.geonamesId())));
        }
      }
    } else {
      for (NerMention m : a.list(Layers.NER)) {
        if (m.type().equals("LOCATION") || m.type().equals("CITY") || m.type().equals("COUNTRY")) {
          out.add(new Located(m.start(), m.end(), new PlaceRef(m.text(), null, null, null)));
        }
      }
    }
    out.sort(Comparator.comparingInt(Located::start));
    return List.copyOf(out);
  }

  /**
   * The year the article reports from: its publication year, else the latest year among its dates
   * (a wire report without a dateline names the current year or none); null when unknown.
   */
  public Integer referenceYear() {
    return referenceYear;
  }

  /** The latest year a date value starts with, or null. */
  static Integer latestYear(List<Dated> dates) {
    Integer best = null;
    for (Dated d : dates) {
      Integer y = year(d.value());
      if (y != null && (best == null || y > best)) {
        best = y;
      }
    }
    return best;
  }

  /** The year a date value starts with ("1989-11-16" gives 1989), or null ("XXXX-WXX-5"). */
  static Integer year(String value) {
    if (value == null || value.length() < 4) {
      return null;
    }
    for (int k = 0; k < 4; k++) {
      if (!Character.isDigit(value.charAt(k))) {
        return null;
      }
    }
    return value.length() == 4 || !Character.isDigit(value.charAt(4))
        ? Integer.valueOf(value.substring(0, 4))
        : null;
  }

  /**
   * The date of a clause: the time expression inside [{@code from}, {@code to}) nearest to the
   * trigger at {@code anchor}; null when the clause has none (see docs/events.md, date fallback).
   */
  public DateRef date(int from, int to, int anchor) {
    Dated best = null;
    for (Dated d : dates) {
      if (d.start() >= from && d.end() <= to) {
        if (best == null
            || distance(d.start(), d.end(), anchor) < distance(best.start(), best.end(), anchor)) {
          best = d;
        }
      }
    }
    return best == null ? null : new DateRef(best.value(), best.text());
  }

  /**
   * The place an event in [{@code from}, {@code to}) happened at: the first place mention after the
   * trigger introduced by a locative preposition ("in Al Shafah, Syria" gives Al Shafah), else the
   * locative mention nearest the trigger, else null.
   */
  public Located place(int from, int to, int anchor) {
    Located after = null;
    Located nearest = null;
    for (Located p : places) {
      if (p.start() < from || p.end() > to || !(locative(p.start()) || objectOf(anchor, p))) {
        continue;
      }
      if (p.start() >= anchor && after == null) {
        after = p;
      }
      if (nearest == null
          || distance(p.start(), p.end(), anchor)
              < distance(nearest.start(), nearest.end(), anchor)) {
        nearest = p;
      }
    }
    return after != null ? after : nearest;
  }

  /** Place mentions inside [{@code from}, {@code to}), in text order. */
  public List<Located> placesIn(int from, int to) {
    return places.stream().filter(p -> p.start() >= from && p.end() <= to).toList();
  }

  /**
   * Whether the word before offset {@code start}, past a determiner and compass adjectives ("in
   * northern Burkina Faso", "near the eastern city of"), is a locative preposition.
   */
  private boolean locative(int start) {
    int end = start;
    for (int words = 0; words < 3; words++) {
      String word = wordBefore(end);
      if (word.isEmpty()) {
        return false;
      }
      if (LOCATION_PREPOSITIONS.contains(word.toLowerCase(Locale.ROOT))) {
        return true;
      }
      if (!word.equalsIgnoreCase("the") && !COMPASS.contains(word.toLowerCase(Locale.ROOT))) {
        return false;
      }
      end = article.text().lastIndexOf(word, end - 1);
    }
    return false;
  }

  /**
   * The place is the object of the trigger at {@code anchor}: "struck Kyiv", "shelled the Aleppo".
   */
  private boolean objectOf(int anchor, Located p) {
    if (p.start() <= anchor) {
      return false;
    }
    String text = article.text();
    int i = anchor;
    while (i < p.start() && Character.isLetter(text.charAt(i))) {
      i++;
    }
    String between = text.substring(i, p.start()).strip().toLowerCase(Locale.ROOT);
    return i > anchor && (between.isEmpty() || between.equals("the"));
  }

  /** The letters-only word that ends before offset {@code end} (skipping spaces), or "". */
  private String wordBefore(int end) {
    String text = article.text();
    int i = end - 1;
    while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
      i--;
    }
    int e = i + 1;
    while (i >= 0 && Character.isLetter(text.charAt(i))) {
      i--;
    }
    return text.substring(i + 1, e);
  }

  /** Compass adjectives between a preposition and a place name. */
  private static final Set<String> COMPASS =
      Set.of(
          "north",
          "south",
          "east",
          "west",
          "northern",
          "southern",
          "eastern",
          "western",
          "central",
          "northeastern",
          "northwestern",
          "southeastern",
          "southwestern",
          "northeast",
          "northwest",
          "southeast",
          "southwest",
          "upper",
          "lower");

  /** Quantities from the quantity layer inside [{@code from}, {@code to}), in text order. */
  public List<Quantity> quantitiesIn(int from, int to) {
    return article.list(Layers.QUANTITIES).stream()
        .filter(q -> q.start() >= from && q.end() <= to)
        .sorted(Comparator.comparingInt(Quantity::start))
        .toList();
  }

  /**
   * Who reports what is said at [{@code start}, {@code end}): the speaker of a quote or the source
   * of a claim covering it; null in the article's own voice or without those layers.
   */
  public Source source(int start, int end) {
    for (Quote q : article.list(Layers.QUOTES)) {
      if (q.start() <= start && end <= q.end() && q.speaker() != null) {
        return q.speaker();
      }
    }
    for (Claim c : article.list(Layers.CLAIMS)) {
      if (c.start() <= start && end <= c.end() && c.source() != null) {
        return c.source();
      }
    }
    return null;
  }

  /**
   * The place that {@code name} names in this article, when one of its mentions reads so: a
   * country's name and its demonym ("Russia", "Russian") give the same place name; null if none.
   */
  public String placeNamed(String name) {
    for (Located p : places) {
      if (article.text().substring(p.start(), p.end()).equalsIgnoreCase(name)) {
        return p.place().name();
      }
    }
    return null;
  }

  /** Whether {@code name} is how the article names a place ("Burkina Faso", "Kyiv"). */
  public boolean isPlaceName(String name) {
    return placeNamed(name) != null;
  }

  /**
   * Whether an actor named {@code name} (entity {@code entity}, may be null) is the speaker of a
   * quote or claim in [{@code start}, {@code end}): "A local official, Ahmed Saleh, put the number
   * of wounded higher" makes Saleh a source, not a victim.
   */
  public boolean speaksIn(String name, String entity, int start, int end) {
    List<Source> speakers = new java.util.ArrayList<>();
    for (Quote q : article.list(Layers.QUOTES)) {
      if (q.start() < end && start < q.end()) {
        speakers.add(q.speaker());
      }
    }
    for (Claim c : article.list(Layers.CLAIMS)) {
      if (c.start() < end && start < c.end()) {
        speakers.add(c.source());
      }
    }
    for (Source sp : speakers) {
      if (sp == null) {
        continue;
      }
      if (entity != null && entity.equals(sp.entity())
          || name.equalsIgnoreCase(sp.name() == null ? "" : sp.name())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The id of the entity with a mention covering [{@code start}, {@code end}) (the phrase is the
   * mention or lies inside it), or null; a mention inside the phrase ("Salvadoran" in "the
   * Salvadoran embassy") names something else.
   */
  public String entity(int start, int end) {
    for (Entity e : article.list(Layers.ENTITIES)) {
      for (var m : e.mentions()) {
        if (m.start() <= start && end <= m.end()) {
          return e.id();
        }
      }
    }
    return null;
  }

  private static int distance(int start, int end, int anchor) {
    return anchor < start ? start - anchor : anchor >= end ? anchor - end + 1 : 0;
  }
}
