package org.sitrep.extract.event;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiPredicate;
import org.sitrep.core.model.Actor;
import org.sitrep.core.model.DateRef;
import org.sitrep.core.model.Event;
import org.sitrep.core.model.PlaceRef;
import org.sitrep.core.model.Range;
import org.sitrep.core.model.Source;
import org.sitrep.core.text.Span;

/** An event being assembled from the triggers of one clause, before merging across the article. */
final class Draft {
  AcledType type;
  Cue cue;
  DateRef date;
  PlaceRef place;
  Range fatalities;
  Range injured;
  Source source;
  boolean definite;

  /** Whether a cue of this event killed or wounded people ("attacked ..., killing dozens"). */
  boolean harm;

  int trigger;
  final Map<String, Actor> actors = new LinkedHashMap<>();
  final Set<String> weapons = new LinkedHashSet<>();
  final List<Span> evidence = new ArrayList<>();

  Draft(AcledType type, Cue cue) {
    this.type = type;
    this.cue = cue;
  }

  void addActor(Actor actor) {
    actors.putIfAbsent(
        actor.role() + "\u0000" + actor.name().toLowerCase(java.util.Locale.ROOT), actor);
  }

  /**
   * Whether {@code later} can be the same real event as this one: same ACLED type and sub-type,
   * dates that do not contradict (one is a prefix of the other, or one is missing) and places that
   * do not contradict (same name, or one is missing).
   */
  boolean compatible(Draft later) {
    return compatible(later, NOT_NESTED);
  }

  /**
   * As {@link #compatible(Draft)}, with places also compatible when one lies inside the other
   * ({@code nested}: a town in its province or country).
   */
  boolean compatible(Draft later, BiPredicate<PlaceRef, PlaceRef> nested) {
    return type == later.type && consistent(later, nested);
  }

  /** No place lies inside another: places compare by id or name only. */
  static final BiPredicate<PlaceRef, PlaceRef> NOT_NESTED = (a, b) -> false;

  /**
   * Whether the draft is a specific event rather than talk of violence in general: ACLED codes an
   * event only with its actors, place and date (Codebook, "event definition"); here one of them, a
   * weapon or a casualty figure is required.
   */
  boolean specific() {
    return !actors.isEmpty()
        || !weapons.isEmpty()
        || place != null
        || date != null
        || fatalities != null
        || injured != null;
  }

  /** Whether the two drafts name the same place or the same (or a more precise) date. */
  boolean sharesAnchor(Draft later) {
    boolean samePlace = place != null && later.place != null && samePlace(place, later.place);
    boolean sameDate =
        date != null
            && later.date != null
            && date.value() != null
            && later.date.value() != null
            && prefixes(date.value(), later.date.value());
    return samePlace || sameDate;
  }

  /** Whether the dates and places of {@code later} do not contradict this draft's. */
  boolean consistent(Draft later) {
    return consistent(later, NOT_NESTED);
  }

  /**
   * As {@link #consistent(Draft)}, a place inside the other's ({@code nested}) not contradicting.
   */
  boolean consistent(Draft later, BiPredicate<PlaceRef, PlaceRef> nested) {
    if (date != null && later.date != null && !prefixes(date.value(), later.date.value())) {
      return false;
    }
    return place == null
        || later.place == null
        || samePlace(place, later.place)
        || nested.test(place, later.place);
  }

  private static boolean prefixes(String a, String b) {
    if (a == null || b == null) {
      return true;
    }
    return a.startsWith(b) || b.startsWith(a);
  }

  static boolean samePlace(PlaceRef a, PlaceRef b) {
    if (a.geonamesId() != null && b.geonamesId() != null) {
      return a.geonamesId().equals(b.geonamesId());
    }
    return Objects.equals(
        a.name().toLowerCase(java.util.Locale.ROOT), b.name().toLowerCase(java.util.Locale.ROOT));
  }

  /**
   * Whether this headline event can be {@code lead}'s: dates not contradicting, and its place
   * missing, the same, or named in the lead's sentences ("Near Mosul" in the headline, "south of
   * Mosul" in the lead, whose place is the town it names next).
   */
  boolean consistentHeadline(Draft lead) {
    if (date != null && lead.date != null && !prefixes(date.value(), lead.date.value())) {
      return false;
    }
    if (place == null || lead.place == null || samePlace(place, lead.place)) {
      return true;
    }
    String name = place.name().toLowerCase(java.util.Locale.ROOT);
    return lead.evidence.stream()
        .anyMatch(
            e -> e.text() != null && e.text().toLowerCase(java.util.Locale.ROOT).contains(name));
  }

  /** Absorbs {@code other}, keeping the more precise date and the first place and figures. */
  void absorb(Draft other) {
    if (date == null
        || other.date != null
            && other.date.value() != null
            && date.value() != null
            && other.date.value().length() > date.value().length()) {
      date = other.date;
    }
    place = place != null ? place : other.place;
    fatalities = fatalities != null ? fatalities : other.fatalities;
    injured = injured != null ? injured : other.injured;
    source = source != null ? source : other.source;
    other.actors.values().forEach(this::addActor);
    weapons.addAll(other.weapons);
    harm |= other.harm;
    for (Span s : other.evidence) {
      if (!evidence.contains(s)) {
        evidence.add(s);
      }
    }
  }

  Event build(String id, String component, boolean background) {
    return new Event(
        id,
        type.type(),
        type.subType(),
        date,
        place,
        List.copyOf(actors.values()),
        fatalities,
        injured,
        source,
        evidence,
        List.copyOf(weapons),
        background,
        component);
  }
}
