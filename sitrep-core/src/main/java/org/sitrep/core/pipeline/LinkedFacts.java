package org.sitrep.core.pipeline;

import java.util.List;
import org.sitrep.core.model.Claim;
import org.sitrep.core.model.Event;
import org.sitrep.core.model.Movement;
import org.sitrep.core.model.Quantity;

/**
 * The claims, quantities, events and movements of an article after linking: each claim has its id
 * and the facts it contains, each fact the claim that holds it. Same lists, same order, as the
 * unlinked layers; {@link Layers#record} prefers these when present.
 */
public record LinkedFacts(
    List<Claim> claims, List<Quantity> quantities, List<Event> events, List<Movement> movements) {

  /** Copies the lists. */
  public LinkedFacts {
    claims = List.copyOf(claims);
    quantities = List.copyOf(quantities);
    events = List.copyOf(events);
    movements = List.copyOf(movements);
  }
}
