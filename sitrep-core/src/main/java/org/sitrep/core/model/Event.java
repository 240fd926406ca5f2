package org.sitrep.core.model;

import java.util.List;
import org.sitrep.core.text.Span;

/**
 * A conflict event coded in the ACLED taxonomy, with its evidence; {@code background} marks a past
 * event the article recalls (dated two years or more before the year it reports from); {@code
 * claim} is the id of the claim whose statement reports the event and {@code certainty} how firmly
 * it is put, both null when the article itself asserts it.
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
    String claim,
    Certainty certainty,
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

  /** An event not linked to a claim. */
  public Event(
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
    this(
        id,
        type,
        subType,
        date,
        place,
        actors,
        fatalities,
        injured,
        source,
        null,
        null,
        evidence,
        weapons,
        background,
        component);
  }

  /** This event reported inside claim {@code claim}, put with {@code certainty}. */
  public Event withClaim(String claim, Certainty certainty) {
    return new Event(
        id,
        type,
        subType,
        date,
        place,
        actors,
        fatalities,
        injured,
        source,
        claim,
        certainty,
        evidence,
        weapons,
        background,
        component);
  }
}
