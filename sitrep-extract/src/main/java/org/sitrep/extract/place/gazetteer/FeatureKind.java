package org.sitrep.extract.place.gazetteer;

/** The kind of a gazetteer entry, from GeoNames feature class and code. */
public enum FeatureKind {
  /** A continent (GeoNames L.CONT). */
  CONTINENT("continent"),
  /** A country or dependency (GeoNames A.PCLI and kin). */
  COUNTRY("country"),
  /** A first-level division: state, province, governorate (GeoNames A.ADM1). */
  ADMIN1("admin1"),
  /** A second-level division: county, district (GeoNames A.ADM2). */
  ADMIN2("admin2"),
  /** A populated place (GeoNames class P). */
  CITY("city"),
  /** A region, valley, plain or other named area (GeoNames classes L, T, H). */
  REGION("region");

  private final String label;

  FeatureKind(String label) {
    this.label = label;
  }

  /** The label written to the output's {@code feature}. */
  public String label() {
    return label;
  }
}
