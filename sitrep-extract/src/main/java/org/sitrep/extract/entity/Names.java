package org.sitrep.extract.entity;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Name normalisation: comparison keys, initials, titles. */
final class Names {
  /** Honorifics and ranks that precede a person's name and are not part of it. */
  static final Set<String> TITLES =
      Set.of(
          "mr",
          "mrs",
          "ms",
          "miss",
          "dr",
          "prof",
          "sir",
          "gen",
          "general",
          "lt",
          "lieutenant",
          "col",
          "colonel",
          "maj",
          "major",
          "capt",
          "captain",
          "sgt",
          "sergeant",
          "adm",
          "admiral",
          "cmdr",
          "commander",
          "brig",
          "brigadier",
          "cpl",
          "corporal",
          "pvt",
          "private",
          "gov",
          "governor",
          "sen",
          "senator",
          "rep",
          "representative",
          "president",
          "vice",
          "prime",
          "minister",
          "secretary",
          "chancellor",
          "king",
          "queen",
          "prince",
          "sheikh",
          "imam",
          "ayatollah",
          "judge",
          "justice",
          "mayor",
          "ambassador",
          "rev",
          "reverend",
          "father",
          "pope",
          "chief",
          "commissioner",
          "director",
          "spokesman",
          "spokeswoman",
          "officer",
          "deputy",
          "emir",
          "mullah",
          "sheik",
          "field",
          "marshal",
          "air",
          "chairman");

  private static final Set<String> FUNCTION_WORDS =
      Set.of("of", "the", "and", "for", "in", "on", "at", "de", "del", "la", "le", "al", "&");

  private Names() {}

  /** A comparison key: no accents, dots, apostrophe-s, case or leading "the". */
  static String key(String name) {
    String s = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    s = s.replace('’', '\'').replaceAll("'s$", "").replace(".", "").toLowerCase(Locale.ROOT);
    s = s.replaceAll("^the\\s+", "").replaceAll("[\\s-]+", " ").trim();
    return s;
  }

  /** Initials of the significant words: "Syrian Democratic Forces" gives "sdf". */
  static String initials(String name) {
    StringBuilder b = new StringBuilder();
    for (String w : words(name)) {
      if (!FUNCTION_WORDS.contains(w.toLowerCase(Locale.ROOT)) && Character.isLetter(w.charAt(0))) {
        b.append(Character.toLowerCase(w.charAt(0)));
      }
    }
    return b.toString();
  }

  /** Whether the text looks like an acronym: "SDF", "S.D.F.", "ISIS". */
  static boolean isAcronym(String text) {
    String letters = text.replace(".", "");
    return letters.length() >= 2
        && letters.length() <= 8
        && letters.chars().allMatch(Character::isUpperCase)
        && letters.chars().allMatch(Character::isLetter);
  }

  /** The words of a name. */
  static List<String> words(String name) {
    List<String> out = new ArrayList<>();
    for (String w : name.split("[\\s]+")) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }

  /**
   * A surname without the Arabic article that news writing keeps or drops at will: "al-Jubouri" and
   * "Jubouri", "el-Sisi" and "Sisi" are one name (the article's forms after the US Board on
   * Geographic Names romanisation: al, el and the assimilated ad, ar, as, ash, at, az, an).
   */
  static String surname(String lastName) {
    return lastName
        .toLowerCase(Locale.ROOT)
        .replaceFirst("^(al|el|ad|ar|as|ash|at|az|an)[-‐‑'’](?=\\p{L}{3})", "");
  }

  /** Whether {@code word} (with or without its dot) is a title or rank. */
  static boolean isTitle(String word) {
    return TITLES.contains(word.replace(".", "").toLowerCase(Locale.ROOT));
  }
}
