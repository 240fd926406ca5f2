package org.sitrep.core.model;

import java.util.List;
import org.sitrep.core.text.Span;

/**
 * Who moved from where to where, how many, when, and who says so; {@code claim} is the id of the
 * claim whose statement reports the movement and {@code certainty} how firmly it is put, both null
 * when the article itself asserts it.
 */
public record Movement(
    String who,
    Range count,
    PlaceRef from,
    PlaceRef to,
    DateRef date,
    Source source,
    String claim,
    Certainty certainty,
    List<Span> evidence,
    String component) {

  /** Copies the evidence list. */
  public Movement {
    evidence = List.copyOf(evidence);
  }

  /** A movement not linked to a claim. */
  public Movement(
      String who,
      Range count,
      PlaceRef from,
      PlaceRef to,
      DateRef date,
      Source source,
      List<Span> evidence,
      String component) {
    this(who, count, from, to, date, source, null, null, evidence, component);
  }

  /** This movement reported inside claim {@code claim}, put with {@code certainty}. */
  public Movement withClaim(String claim, Certainty certainty) {
    return new Movement(who, count, from, to, date, source, claim, certainty, evidence, component);
  }
}
