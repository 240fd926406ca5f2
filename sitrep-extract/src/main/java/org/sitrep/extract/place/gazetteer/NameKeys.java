package org.sitrep.extract.place.gazetteer;

import java.text.Normalizer;
import java.util.Set;

/**
 * Lookup keys for place names. {@link #key} is the exact key (case, diacritics, apostrophes and
 * punctuation removed); {@link #skeleton} is the looser key for transliterated Arabic, Persian and
 * Kurdish names, where the same town is spelt many ways (Deir ez-Zor, Dayr az Zawr, Deir Ezzor).
 */
public final class NameKeys {
  private NameKeys() {}

  /**
   * The Arabic definite article as English transliterations write it, assimilated or not (al-, el-,
   * ad-, ash-, ez-, ...): see the ALA-LC romanisation tables for Arabic, rule 18 (the article).
   */
  static final Set<String> ARTICLES =
      Set.of(
          "al", "el", "il", "ul", "ad", "ed", "ud", "ar", "er", "ur", "as", "es", "us", "ash",
          "esh", "ush", "at", "et", "ut", "ath", "az", "ez", "uz", "an", "en", "un", "adh", "ag");

  /** The exact key: lower case, no diacritics or apostrophes, other punctuation as one space. */
  public static String key(String name) {
    String s = Normalizer.normalize(name, Normalizer.Form.NFD);
    StringBuilder b = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      // lower case first, so that capitals map like their small letters ("Østfold", "Ærø")
      char c = Character.toLowerCase(s.charAt(i));
      int type = Character.getType(c);
      if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK) {
        continue;
      }
      if (c == '\'' || c == '’' || c == '‘' || c == 'ʻ' || c == 'ʼ' || c == '`' || c == '´'
          || c == 'ʿ' || c == 'ʾ') {
        continue;
      }
      if (c == 'ı') {
        c = 'i';
      } else if (c == 'ø') {
        c = 'o';
      } else if (c == 'ß') {
        b.append("ss");
        space = false;
        continue;
      } else if (c == 'æ') {
        b.append("ae");
        space = false;
        continue;
      } else if (c == 'đ') {
        c = 'd';
      } else if (c == 'ł') {
        c = 'l';
      }
      if (Character.isLetterOrDigit(c)) {
        if (space && b.length() > 0) {
          b.append(' ');
        }
        space = false;
        b.append(c);
      } else {
        space = true;
      }
    }
    return b.toString();
  }

  /** Whether a key is written in Latin letters, digits and spaces only. */
  public static boolean isLatin(String key) {
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == ' ')) {
        return false;
      }
    }
    return !key.isEmpty();
  }

  /** The key without Arabic articles, unless the article is the whole name. */
  public static String withoutArticles(String key) {
    String[] words = key.split(" ");
    if (words.length < 2) {
      return key;
    }
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < words.length; i++) {
      String w = words[i];
      if (ARTICLES.contains(w) && (i + 1 == words.length || assimilatesTo(w, words[i + 1]))) {
        continue;
      }
      if (b.length() > 0) {
        b.append(' ');
      }
      b.append(w);
    }
    return b.length() == 0 ? key : b.toString();
  }

  /**
   * Whether {@code article} may stand before {@code next}: "al", "el", "il", "ul" before any word;
   * an assimilated article only before its own sun letter ("an Najaf", "as Sulaymaniyah", "ash
   * Shaddadi", "ez Zor"), so the English "An Albany man" or "As Syria..." keeps its first word
   * (ALA-LC romanisation tables for Arabic, rule 18: the article is assimilated to a following sun
   * letter).
   */
  static boolean assimilatesTo(String article, String next) {
    if (article.length() == 2 && article.charAt(1) == 'l') {
      return true;
    }
    String consonant = article.substring(1);
    return next.startsWith(consonant) && next.length() > consonant.length();
  }

  /**
   * The transliteration skeleton: articles dropped (also when glued to a sun letter, as in
   * "Ezzor"), common consonant digraphs reduced (kh/k, gh/g, sh/s, th/t, dh/d, ph/f, q/k), every
   * vowel run (with y and w inside a word) written as one "a", double letters single, a final h
   * after a vowel dropped, words joined. Vowel positions are kept, so Busayra (basara) and Basra
   * (basra) stay apart.
   */
  public static String skeleton(String key) {
    String[] words = withoutArticles(key).split(" ");
    StringBuilder out = new StringBuilder();
    for (int wi = 0; wi < words.length; wi++) {
      String w = words[wi];
      if (wi > 0 && gluedArticle(w)) {
        w = w.substring(2);
      }
      w =
          w.replace("kh", "k")
              .replace("gh", "g")
              .replace("sh", "s")
              .replace("th", "t")
              .replace("dh", "d")
              .replace("ph", "f")
              .replace("dj", "j")
              .replace('q', 'k');
      StringBuilder s = new StringBuilder();
      for (int i = 0; i < w.length(); i++) {
        char c = w.charAt(i);
        boolean vowel = "aeiou".indexOf(c) >= 0 || (i > 0 && (c == 'y' || c == 'w'));
        char m = vowel ? 'a' : c;
        if (s.length() > 0 && s.charAt(s.length() - 1) == m) {
          continue;
        }
        s.append(m);
      }
      if (s.length() > 2 && s.charAt(s.length() - 1) == 'h' && s.charAt(s.length() - 2) == 'a') {
        s.setLength(s.length() - 1);
      }
      out.append(s);
    }
    return out.toString();
  }

  /**
   * "ezzor", "azzawiya", "ar-rutba" written as one word: an article assimilated to a sun letter.
   */
  private static boolean gluedArticle(String w) {
    return w.length() >= 5
        && (w.charAt(0) == 'a' || w.charAt(0) == 'e')
        && w.charAt(1) == w.charAt(2)
        && "tdrzsnl".indexOf(w.charAt(1)) >= 0;
  }
}
