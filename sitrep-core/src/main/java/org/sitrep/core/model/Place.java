package org.sitrep.core.model;

import java.util.List;
import org.sitrep.core.text.Span;

/**
 * A place resolved against the gazetteer, with every mention of it.
 *
 * @param name the gazetteer's name
 * @param feature country, admin1, city, region, ...
 * @param within for a place the gazetteer lacks, the name of the place that contains it, whose
 *     point and codes it carries ("Padi is a locality in Chennai"); null for a gazetteer place
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
    String component,
    String within) {

  /** Copies the mention list. */
  public Place {
    mentions = List.copyOf(mentions);
  }
}
