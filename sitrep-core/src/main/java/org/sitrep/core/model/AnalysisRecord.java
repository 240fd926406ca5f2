package org.sitrep.core.model;

import java.util.List;

/** One analysed article: the record {@code sitrep analyze} prints, one per line. */
public record AnalysisRecord(
    Document document,
    List<Entity> entities,
    List<Quote> quotes,
    List<TimeExpression> times,
    List<Quantity> quantities,
    List<Place> places,
    List<Event> events,
    List<Movement> movements,
    List<Claim> claims) {

  /** Copies every list; all are present, empty when nothing was found. */
  public AnalysisRecord {
    entities = List.copyOf(entities);
    quotes = List.copyOf(quotes);
    times = List.copyOf(times);
    quantities = List.copyOf(quantities);
    places = List.copyOf(places);
    events = List.copyOf(events);
    movements = List.copyOf(movements);
    claims = List.copyOf(claims);
  }
}
