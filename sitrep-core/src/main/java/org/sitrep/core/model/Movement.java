package org.sitrep.core.model;

import java.util.List;
import org.sitrep.core.text.Span;

/** Who moved from where to where, how many, when, and who says so. */
public record Movement(
    String who,
    Range count,
    PlaceRef from,
    PlaceRef to,
    DateRef date,
    Source source,
    List<Span> evidence,
    String component) {

  /** Copies the evidence list. */
  public Movement {
    evidence = List.copyOf(evidence);
  }
}
