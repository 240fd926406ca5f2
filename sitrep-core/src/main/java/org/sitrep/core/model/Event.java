package org.sitrep.core.model;

import java.util.List;
import org.sitrep.core.text.Span;

/**
 * A conflict event coded in the ACLED taxonomy, with its evidence; {@code background} marks a past
 * event the article recalls (dated two years or more before the year it reports from).
 */
public record Event(
    String id,
    String type,
    String subType,
    DateRef date,
    PlaceRef place,
    List<Actor> actors,
    Range fatalities,
    Range injured,
    Source source,
    List<Span> evidence,
    List<String> weapons,
    boolean background,
    String component) {

  /** Copies the lists. */
  public Event {
    actors = List.copyOf(actors);
    evidence = List.copyOf(evidence);
    weapons = List.copyOf(weapons);
  }
}
