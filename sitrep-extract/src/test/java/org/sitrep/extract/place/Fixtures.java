package org.sitrep.extract.place;

import java.util.List;
import org.sitrep.extract.place.gazetteer.FeatureKind;
import org.sitrep.extract.place.gazetteer.Gazetteer;
import org.sitrep.extract.place.gazetteer.GazetteerEntry;

/** A small gazetteer with the ambiguities the place tests need (GeoNames-like values). */
final class Fixtures {
  private Fixtures() {}

  static GazetteerEntry city(String name, double lat, double lon, String cc, String a1, long pop) {
    return new GazetteerEntry(null, name, lat, lon, cc, a1, FeatureKind.CITY, "PPL", pop);
  }

  static final GazetteerEntry SYRIA =
      new GazetteerEntry(null, "Syria", 35, 38, "SY", "", FeatureKind.COUNTRY, "PCLI", 0);
  static final GazetteerEntry TURKEY =
      new GazetteerEntry(null, "Türkiye", 39, 35, "TR", "", FeatureKind.COUNTRY, "PCLI", 0);
  static final GazetteerEntry US =
      new GazetteerEntry(
          null, "United States", 39.76, -98.5, "US", "", FeatureKind.COUNTRY, "PCLI", 0);
  static final GazetteerEntry OREGON =
      new GazetteerEntry(null, "Oregon", 44, -120.5, "US", "OR", FeatureKind.ADMIN1, "ADM1", 0);
  static final GazetteerEntry TEXAS =
      new GazetteerEntry(null, "Texas", 31.25, -99.25, "US", "TX", FeatureKind.ADMIN1, "ADM1", 0);
  static final GazetteerEntry DAMASCUS_SY =
      new GazetteerEntry(
          null, "Damascus", 33.51, 36.29, "SY", "13", FeatureKind.CITY, "PPLC", 1_569_394);
  static final GazetteerEntry DAMASCUS_OR = city("Damascus", 45.42, -122.46, "US", "OR", 10_539);
  static final GazetteerEntry PARIS_FR =
      new GazetteerEntry(
          null, "Paris", 48.85, 2.35, "FR", "11", FeatureKind.CITY, "PPLC", 2_138_551);
  static final GazetteerEntry PARIS_TX = city("Paris", 33.66, -95.56, "US", "TX", 24_782);
  static final GazetteerEntry DALLAS = city("Dallas", 32.78, -96.81, "US", "TX", 1_300_092);
  static final GazetteerEntry NEW_PROVIDENCE =
      city("New Providence", 40.70, -74.40, "US", "NJ", 12_171);
  static final GazetteerEntry SHAFAH = city("Al-Shaafah", 34.568, 40.934, "SY", "07", 18_956);
  static final GazetteerEntry AL = city("Al", 60.63, 8.56, "NO", "08", 1_000);
  static final GazetteerEntry DEIR =
      new GazetteerEntry(
          170794L, "Deir ez-Zor", 35.336, 40.141, "SY", "07", FeatureKind.CITY, "PPLA", 242_565);
  static final GazetteerEntry THEODORE = city("Theodore", 30.55, -88.17, "US", "AL", 6_130);
  static final GazetteerEntry ROOSEVELT = city("Roosevelt", 40.68, -73.58, "US", "NY", 16_258);
  static final GazetteerEntry AFRIN = city("‘Afrīn", 36.51, 36.87, "SY", "09", 36_562);

  static final GazetteerEntry HUNTSVILLE_AL =
      new GazetteerEntry(
          null, "Huntsville", 34.73, -86.59, "US", "AL", FeatureKind.CITY, "PPLA2", 190_582);
  static final GazetteerEntry HUNTSVILLE_TX = city("Huntsville", 30.72, -95.55, "US", "TX", 40_220);
  static final GazetteerEntry WALKER_GA =
      new GazetteerEntry(
          null, "Walker County", 34.73, -85.30, "US", "GA", FeatureKind.ADMIN2, "ADM2", 68_000);
  static final GazetteerEntry WALKER_TX =
      new GazetteerEntry(
          null, "Walker County", 30.74, -95.57, "US", "TX", FeatureKind.ADMIN2, "ADM2", 67_000);

  static Gazetteer gazetteer() {
    return Gazetteer.builder()
        .add(SYRIA, List.of("Syrian Arab Republic"))
        .addWithDemonyms(TURKEY, List.of("Turkey"), List.of("Turkish"))
        .add(US, List.of("U.S.", "America"))
        .add(OREGON, List.of())
        .add(TEXAS, List.of())
        .add(DAMASCUS_SY, List.of("Dimashq"))
        .add(DAMASCUS_OR, List.of())
        .add(PARIS_FR, List.of())
        .add(PARIS_TX, List.of())
        .add(DALLAS, List.of())
        .add(NEW_PROVIDENCE, List.of("Turkey"))
        .add(SHAFAH, List.of("Al Shafah"))
        .add(AL, List.of())
        .add(DEIR, List.of("Deir al-Zour", "Dayr az Zawr"))
        .add(THEODORE, List.of())
        .add(ROOSEVELT, List.of())
        .add(AFRIN, List.of("Afrin"))
        .add(HUNTSVILLE_AL, List.of())
        .add(HUNTSVILLE_TX, List.of())
        .add(WALKER_GA, List.of())
        .add(WALKER_TX, List.of())
        .build();
  }
}
