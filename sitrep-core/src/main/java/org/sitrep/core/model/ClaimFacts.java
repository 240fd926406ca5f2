package org.sitrep.core.model;

import java.util.List;

/**
 * The facts a claim contains, as the record lists them: quantities and movements by their index in
 * the record's {@code quantities} and {@code movements} (they have no id), events by their id.
 */
public record ClaimFacts(List<Integer> quantities, List<String> events, List<Integer> movements) {

  /** Copies the lists. */
  public ClaimFacts {
    quantities = List.copyOf(quantities);
    events = List.copyOf(events);
    movements = List.copyOf(movements);
  }
}
