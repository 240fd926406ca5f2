package org.sitrep.store;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

/**
 * When two reported events are the same event: compatible type (same ACLED event type, and the same
 * sub-event type when both give one), dates that overlap or touch within {@link #DAY_TOLERANCE}
 * day, places within {@link #DEFAULT_KM} km (or the same GeoNames id or name when coordinates are
 * missing), and overlapping actors when both name any.
 */
final class EventMatch {
  /** Places this close are one place: a town and its outskirts, a city and its districts. */
  static final double DEFAULT_KM = 25;

  /** Reports a day apart may describe the same night's event (time-zone and "overnight"). */
  static final int DAY_TOLERANCE = 1;

  private static final double EARTH_KM = 6371.0088;

  private EventMatch() {}

  /** One stored event as far as matching is concerned. */
  record Candidate(
      long id,
      String type,
      String subType,
      LocalDate from,
      LocalDate to,
      String place,
      Double lat,
      Double lon,
      Long geonamesId,
      Set<String> actors) {}

  static boolean same(Candidate a, Candidate b, double km) {
    if (a.type() == null || !a.type().equalsIgnoreCase(b.type())) {
      return false;
    }
    if (a.subType() != null && b.subType() != null && !a.subType().equalsIgnoreCase(b.subType())) {
      return false;
    }
    if (a.from() == null || b.from() == null) {
      return false;
    }
    if (a.from().isAfter(b.to().plusDays(DAY_TOLERANCE))
        || b.from().isAfter(a.to().plusDays(DAY_TOLERANCE))) {
      return false;
    }
    if (!samePlace(a, b, km)) {
      return false;
    }
    if (!a.actors().isEmpty() && !b.actors().isEmpty()) {
      return a.actors().stream().anyMatch(b.actors()::contains);
    }
    return true;
  }

  private static boolean samePlace(Candidate a, Candidate b, double km) {
    if (a.lat() != null && a.lon() != null && b.lat() != null && b.lon() != null) {
      return kilometres(a.lat(), a.lon(), b.lat(), b.lon()) <= km;
    }
    if (a.geonamesId() != null && b.geonamesId() != null) {
      return a.geonamesId().equals(b.geonamesId());
    }
    return a.place() != null
        && b.place() != null
        && a.place().toLowerCase(Locale.ROOT).equals(b.place().toLowerCase(Locale.ROOT));
  }

  /** Great-circle distance by the haversine formula, mean Earth radius (IUGG). */
  static double kilometres(double lat1, double lon1, double lat2, double lon2) {
    double p1 = Math.toRadians(lat1);
    double p2 = Math.toRadians(lat2);
    double dp = p2 - p1;
    double dl = Math.toRadians(lon2 - lon1);
    double h =
        Math.sin(dp / 2) * Math.sin(dp / 2)
            + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
    return 2 * EARTH_KM * Math.asin(Math.min(1, Math.sqrt(h)));
  }
}
