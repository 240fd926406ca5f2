package org.sitrep.core.model;

import java.util.List;
import org.sitrep.core.text.Span;

/**
 * A place resolved against the gazetteer, with every mention of it.
 *
 * @param name the gazetteer's name
 * @param feature country, admin1, city, region, ...
 */
public record Place(
    String id,
    String name,
    Long geonamesId,
    Double lat,
    Double lon,
    String countryCode,
    String admin1,
    String feature,
    List<Span> mentions,
    String component) {

  /** Copies the mention list. */
  public Place {
    mentions = List.copyOf(mentions);
  }
}
