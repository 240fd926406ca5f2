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
  static final GazetteerEntry NORTH_MACEDONIA =
      new GazetteerEntry(
          null, "North Macedonia", 41.67, 21.75, "MK", "", FeatureKind.COUNTRY, "PCLI", 0);
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

  static final GazetteerEntry ALEXANDRIA_EG =
      new GazetteerEntry(
          null, "Alexandria", 31.2, 29.92, "EG", "06", FeatureKind.CITY, "PPLA", 5_263_542);
  static final GazetteerEntry ALEXANDRIA_VA =
      new GazetteerEntry(
          null, "Alexandria", 38.8, -77.05, "US", "VA", FeatureKind.CITY, "PPLA2", 159_467);
  static final GazetteerEntry VIRGINIA =
      new GazetteerEntry(null, "Virginia", 37.5, -78.5, "US", "VA", FeatureKind.ADMIN1, "ADM1", 0);
  static final GazetteerEntry VIRGINIA_MN = city("Virginia", 47.52, -92.54, "US", "MN", 8_000);
  static final GazetteerEntry PALESTINE =
      new GazetteerEntry(null, "Palestine", 31.9, 35.2, "PS", "", FeatureKind.COUNTRY, "PCLI", 0);
  static final GazetteerEntry PALESTINE_TX = city("Palestine", 31.76, -95.63, "US", "TX", 18_288);
  static final GazetteerEntry ANDERSON_TX =
      new GazetteerEntry(
          null, "Anderson County", 31.8, -95.65, "US", "TX", FeatureKind.ADMIN2, "ADM2", 58_000);
  static final GazetteerEntry CALIFORNIA =
      new GazetteerEntry(null, "California", 37, -120, "US", "CA", FeatureKind.ADMIN1, "ADM1", 0);
  static final GazetteerEntry MISSOURI =
      new GazetteerEntry(null, "Missouri", 38.25, -92.5, "US", "MO", FeatureKind.ADMIN1, "ADM1", 0);
  static final GazetteerEntry CALIFORNIA_MO = city("California", 38.63, -92.57, "US", "MO", 4_300);
  static final GazetteerEntry LAUREL_COUNTY =
      new GazetteerEntry(
          null, "Laurel County", 37.08, -84.1, "US", "KY", FeatureKind.ADMIN2, "ADM2", 10_615);
  static final GazetteerEntry LAUREL_IN = city("Laurel", 39.5, -85.19, "US", "IN", 500);
  static final GazetteerEntry DUBLIN_IE =
      new GazetteerEntry(
          null, "Dublin", 53.33, -6.25, "IE", "L", FeatureKind.CITY, "PPLC", 1_024_027);
  static final GazetteerEntry DUBLIN_OH = city("Dublin", 40.1, -83.11, "US", "OH", 41_751);
  static final GazetteerEntry FAO = city("Al Faw", 29.98, 48.47, "IQ", "02", 104_569);
  static final GazetteerEntry STREET = city("Street", 51.13, -2.74, "GB", "ENG", 11_805);
  static final GazetteerEntry HAMM =
      new GazetteerEntry(null, "Hamm", 51.68, 7.82, "DE", "07", FeatureKind.CITY, "PPLA3", 179_111);
  static final GazetteerEntry SRI_LANKA =
      new GazetteerEntry(null, "Sri Lanka", 7, 81, "LK", "", FeatureKind.COUNTRY, "PCLI", 0);
  static final GazetteerEntry NSW =
      new GazetteerEntry(
          null, "New South Wales", -33, 146, "AU", "02", FeatureKind.ADMIN1, "ADM1", 0);

  /** Surface text of each toponym found in {@code d}, with the entry it was resolved to. */
  static java.util.Map<String, GazetteerEntry> resolve(Gazetteer g, TestDoc d) {
    List<Toponym> ts = new ToponymFinder(g).find(d.text, d.tokens, d.sentences, d.ner);
    List<GazetteerEntry> es = new Resolver().resolve(d.text, ts);
    java.util.Map<String, GazetteerEntry> out = new java.util.LinkedHashMap<>();
    for (int i = 0; i < ts.size(); i++) {
      out.put(ts.get(i).text(), es.get(i));
    }
    return out;
  }

  static Gazetteer gazetteer() {
    return Gazetteer.builder()
        .add(SYRIA, List.of("Syrian Arab Republic"))
        .addWithDemonyms(TURKEY, List.of("Turkey"), List.of("Turkish"))
        .addWithDemonyms(US, List.of("U.S.", "US", "America"), List.of("American"))
        .addWithDemonyms(NORTH_MACEDONIA, List.of(), List.of("Macedonian"))
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
        .add(ALEXANDRIA_EG, List.of())
        .add(ALEXANDRIA_VA, List.of())
        .add(VIRGINIA, List.of())
        .add(VIRGINIA_MN, List.of())
        .add(PALESTINE, List.of())
        .add(PALESTINE_TX, List.of())
        .add(ANDERSON_TX, List.of())
        .add(CALIFORNIA, List.of())
        .add(MISSOURI, List.of())
        .add(CALIFORNIA_MO, List.of())
        .add(LAUREL_COUNTY, List.of())
        .add(LAUREL_IN, List.of())
        .add(DUBLIN_IE, List.of("Dublin City"))
        .add(DUBLIN_OH, List.of())
        .add(FAO, List.of("Fao"))
        .add(STREET, List.of())
        .add(HAMM, List.of("Hamas"))
        .addWithDemonyms(SRI_LANKA, List.of(), List.of("Sri Lankan"))
        .add(NSW, List.of())
        .build();
  }
}
