package org.sitrep.extract.place;

import java.util.HashMap;
import java.util.Map;

/**
 * US state abbreviations as datelines and "City, State" patterns write them: AP Stylebook
 * abbreviations ("Ga.", "Tenn.") and USPS codes ("GA"). GeoNames' US admin1 codes are the USPS
 * codes.
 */
final class UsStates {
  private UsStates() {}

  private static final Map<String, String> CODES = new HashMap<>();

  static {
    String[][] ap = {
      {"Ala.", "AL"}, {"Ariz.", "AZ"}, {"Ark.", "AR"}, {"Calif.", "CA"}, {"Colo.", "CO"},
      {"Conn.", "CT"}, {"Del.", "DE"}, {"Fla.", "FL"}, {"Ga.", "GA"}, {"Ill.", "IL"},
      {"Ind.", "IN"}, {"Kan.", "KS"}, {"Kans.", "KS"}, {"Ky.", "KY"}, {"La.", "LA"},
      {"Md.", "MD"}, {"Mass.", "MA"}, {"Mich.", "MI"}, {"Minn.", "MN"}, {"Miss.", "MS"},
      {"Mo.", "MO"}, {"Mont.", "MT"}, {"Neb.", "NE"}, {"Nebr.", "NE"}, {"Nev.", "NV"},
      {"N.H.", "NH"}, {"N.J.", "NJ"}, {"N.M.", "NM"}, {"N.Y.", "NY"}, {"N.C.", "NC"},
      {"N.D.", "ND"}, {"Okla.", "OK"}, {"Ore.", "OR"}, {"Oreg.", "OR"}, {"Pa.", "PA"},
      {"R.I.", "RI"}, {"S.C.", "SC"}, {"S.D.", "SD"}, {"Tenn.", "TN"}, {"Tex.", "TX"},
      {"Vt.", "VT"}, {"Va.", "VA"}, {"Wash.", "WA"}, {"W.Va.", "WV"}, {"Wis.", "WI"},
      {"Wyo.", "WY"}, {"D.C.", "DC"}
    };
    for (String[] p : ap) {
      CODES.put(p[0], p[1]);
    }
    String usps =
        "AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ"
            + " NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC";
    for (String c : usps.split(" ")) {
      CODES.put(c, c);
    }
  }

  /**
   * AP abbreviations that are no English word or title, so that they name the state anywhere
   * ("Western Mass. stargazers", "3 Ind. fugitives"), not only after a comma; "Miss.", "Pa.",
   * "La.", "Mo.", "Del.", "Wash." and "Ore." are titles or words too.
   */
  private static final java.util.Set<String> DISTINCT =
      java.util.Set.of(
          "Ala.", "Ariz.", "Ark.", "Calif.", "Colo.", "Conn.", "Fla.", "Ga.", "Ill.", "Ind.",
          "Kan.", "Kans.", "Ky.", "Mass.", "Mich.", "Minn.", "Neb.", "Nebr.", "Nev.", "Okla.",
          "Oreg.", "Tenn.", "Tex.", "Wis.", "Wyo.");

  /** Whether the AP abbreviation names its state wherever it stands. */
  static boolean distinct(String word) {
    return DISTINCT.contains(word);
  }

  /** The GeoNames admin1 code of a US state abbreviation, or null. */
  static String admin1(String word) {
    return CODES.get(word);
  }
}
