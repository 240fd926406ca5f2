package org.sitrep.core.model;

/**
 * An attributed statement with its source and how firmly the text puts it.
 *
 * @param id the claim's identifier within its record ("c1", "c2", ... in text order); null until
 *     the claims are linked to the facts they contain
 * @param facts the quantities, events and movements stated inside this claim; null until linked
 */
public record Claim(
    String id,
    int start,
    int end,
    String text,
    Source source,
    String cue,
    Certainty certainty,
    ClaimFacts facts,
    String component) {

  /** A claim not yet linked: no id, no facts. */
  public Claim(
      int start,
      int end,
      String text,
      Source source,
      String cue,
      Certainty certainty,
      String component) {
    this(null, start, end, text, source, cue, certainty, null, component);
  }

  /** This claim with {@code id} and the {@code facts} it contains. */
  public Claim linked(String id, ClaimFacts facts) {
    return new Claim(id, start, end, text, source, cue, certainty, facts, component);
  }
}
