package org.sitrep.extract.place.gazetteer;

import java.util.Objects;

/**
 * One place of the gazetteer.
 *
 * @param geonamesId the GeoNames id, or null for entries without one (supplement, derived)
 * @param name the gazetteer's preferred name
 * @param countryCode ISO 3166 alpha-2, or "" (continents, cross-border regions)
 * @param admin1 the GeoNames admin1 code within the country, or ""
 * @param featureCode the GeoNames feature code (PPLA, PCLI, ADM1, RGN, ...)
 * @param population GeoNames population, 0 when unknown
 */
public record GazetteerEntry(
    Long geonamesId,
    String name,
    double lat,
    double lon,
    String countryCode,
    String admin1,
    FeatureKind kind,
    String featureCode,
    long population) {

  /** Checks the fields. */
  public GazetteerEntry {
    Objects.requireNonNull(name);
    Objects.requireNonNull(countryCode);
    Objects.requireNonNull(admin1);
    Objects.requireNonNull(kind);
    Objects.requireNonNull(featureCode);
    if (lat < -90 || lat > 90 || lon < -180 || lon > 180) {
      throw new IllegalArgumentException("bad coordinates for " + name + ": " + lat + "," + lon);
    }
  }

  /** Great-circle distance in km (haversine, mean Earth radius 6371 km). */
  public double distanceKm(GazetteerEntry o) {
    return distanceKm(lat, lon, o.lat, o.lon);
  }

  /** Great-circle distance in km between two points (haversine). */
  public static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
    double p1 = Math.toRadians(lat1);
    double p2 = Math.toRadians(lat2);
    double dp = p2 - p1;
    double dl = Math.toRadians(lon2 - lon1);
    double a =
        Math.sin(dp / 2) * Math.sin(dp / 2)
            + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
    return 2 * 6371.0 * Math.asin(Math.min(1, Math.sqrt(a)));
  }
}
