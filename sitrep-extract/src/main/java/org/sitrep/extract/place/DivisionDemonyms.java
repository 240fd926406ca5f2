package org.sitrep.extract.place;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sitrep.extract.place.gazetteer.FeatureKind;
import org.sitrep.extract.place.gazetteer.Gazetteer;
import org.sitrep.extract.place.gazetteer.GazetteerEntry;
import org.sitrep.extract.place.gazetteer.NameKeys;

/**
 * Demonyms of first-level divisions and breakaway regions ("Ohioans", "Ontarians", "South
 * Ossetian", "Abkhaz"), which the country table of the gazetteer lacks. LGL annotates them as
 * toponyms of their division, like a country's demonym.
 *
 * <p>Sources: US states from the U.S. Government Publishing Office Style Manual (2016), 5.23,
 * "Demonyms"; Canadian provinces, Russian republics and Georgia's breakaway regions from Wikipedia,
 * "List of adjectival and demonymic forms of place names". Left out on purpose: forms that are also
 * a country's demonym ("Georgian"), a newspaper's or magazine's title ("New Yorker", "Tennessean",
 * "Oklahoman", "Oregonian"), a geological period ("Mississippian"), a district of the capital
 * ("Washingtonian"), a nickname ("Hoosier") or mainly an ethnic group or language ("Hawaiian",
 * "Chechen", "Tamil").
 */
final class DivisionDemonyms {
  private DivisionDemonyms() {}

  /** Where a demonym points: an admin1 code of a country, or a region's name in a country. */
  private record Target(String country, String admin1, String region) {}

  private static final Map<String, Target> BY_KEY = new HashMap<>();

  static {
    String[][] us = {
      {"Alabamian", "AL"},
      {"Alaskan", "AK"},
      {"Arizonan", "AZ"},
      {"Arkansan", "AR"},
      {"Californian", "CA"},
      {"Coloradan", "CO"},
      {"Floridian", "FL"},
      {"Idahoan", "ID"},
      {"Illinoisan", "IL"},
      {"Iowan", "IA"},
      {"Kansan", "KS"},
      {"Kentuckian", "KY"},
      {"Louisianian", "LA"},
      {"Marylander", "MD"},
      {"Michigander", "MI"},
      {"Michiganian", "MI"},
      {"Minnesotan", "MN"},
      {"Missourian", "MO"},
      {"Montanan", "MT"},
      {"Nebraskan", "NE"},
      {"Nevadan", "NV"},
      {"New Jerseyan", "NJ"},
      {"New Mexican", "NM"},
      {"North Carolinian", "NC"},
      {"North Dakotan", "ND"},
      {"Ohioan", "OH"},
      {"Pennsylvanian", "PA"},
      {"Rhode Islander", "RI"},
      {"South Carolinian", "SC"},
      {"South Dakotan", "SD"},
      {"Texan", "TX"},
      {"Utahn", "UT"},
      {"Vermonter", "VT"},
      {"West Virginian", "WV"},
      {"Wisconsinite", "WI"},
      {"Wyomingite", "WY"}
    };
    for (String[] d : us) {
      put(d[0], new Target("US", d[1], ""));
    }
    String[][] ca = {
      {"Albertan", "01"},
      {"British Columbian", "02"},
      {"Manitoban", "03"},
      {"Newfoundlander", "05"},
      {"Nova Scotian", "07"},
      {"Ontarian", "08"},
      {"Quebecer", "10"},
      {"Quebecker", "10"},
      {"Saskatchewanian", "11"}
    };
    for (String[] d : ca) {
      put(d[0], new Target("CA", d[1], ""));
    }
    put("Dagestani", new Target("RU", "17", ""));
    put("North Ossetian", new Target("RU", "68", ""));
    put("Abkhazian", new Target("GE", "02", ""));
    BY_KEY.put(NameKeys.key("Abkhaz"), new Target("GE", "02", ""));
    put("South Ossetian", new Target("GE", "", "South Ossetia"));
  }

  /** The singular and the plural in -s. */
  private static void put(String demonym, Target target) {
    BY_KEY.put(NameKeys.key(demonym), target);
    BY_KEY.put(NameKeys.key(demonym + "s"), target);
  }

  /** The division or region a demonym (one or two words, as written) stands for, if listed. */
  static Optional<GazetteerEntry> lookup(Gazetteer gazetteer, String demonym) {
    Target t = BY_KEY.get(NameKeys.key(demonym));
    if (t == null) {
      return Optional.empty();
    }
    if (!t.admin1().isEmpty()) {
      return gazetteer.admin1(t.country(), t.admin1());
    }
    List<GazetteerEntry> named = gazetteer.exact(NameKeys.key(t.region()));
    return named.stream()
        .filter(e -> e.countryCode().equals(t.country()))
        .filter(e -> e.kind() == FeatureKind.REGION || e.kind() == FeatureKind.ADMIN1)
        .findFirst();
  }
}
