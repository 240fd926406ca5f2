package org.sitrep.extract.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.core.nlp.Sentence;
import org.sitrep.core.nlp.Token;

/**
 * Roles and affiliations the text gives a name: an apposition after it ("Paul J. Selva, the vice
 * chairman of the Joint Chiefs of Staff,"), a noun phrase before it ("the homeland security
 * secretary, Kirstjen Nielsen") or an office title ("Defense Secretary Jim Mattis").
 */
final class Descriptions {
  private static final int MAX_AFTER = 25;
  private static final int MAX_BEFORE = 12;
  private static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "miss", "dr", "sir");
  private static final Set<String> OFFICES =
      Set.of(
          "president",
          "secretary",
          "minister",
          "senator",
          "governor",
          "mayor",
          "ambassador",
          "chancellor",
          "king",
          "queen",
          "prince",
          "pope",
          "spokesman",
          "spokeswoman",
          "judge",
          "commissioner",
          "premier",
          "emir",
          "ayatollah");
  private static final Set<String> STARTS =
      Set.of("the", "a", "an", "his", "her", "its", "their", "our", "whose");

  private final String text;
  private final List<Token> tokens;
  private final List<Sentence> sentences;

  Descriptions(String text, List<Token> tokens, List<Sentence> sentences) {
    this.text = text;
    this.tokens = tokens;
    this.sentences = sentences;
  }

  /** The descriptions attached to the mention on tokens [from, to). */
  List<String> of(int from, int to, boolean person) {
    List<String> out = new ArrayList<>();
    Sentence s = sentences.get(tokens.get(from).sentence());
    after(s, to, person, out);
    before(s, from, out);
    title(s, from, out);
    return out;
  }

  private void after(Sentence s, int to, boolean person, List<String> out) {
    if (to >= s.tokenTo() || !tokens.get(to).word().equals(",")) {
      return;
    }
    int start = to + 1;
    int end = start;
    while (end < s.tokenTo() && end - start < MAX_AFTER) {
      Token t = tokens.get(end);
      if (t.word().equals(",")
          || t.word().equals(".")
          || t.word().equals(";")
          || t.word().equals(")")
          || t.word().equals("—")
          || t.word().equals("--")) {
        break;
      }
      if (isFiniteVerb(t) || t.pos().startsWith("W")) {
        return;
      }
      end++;
    }
    if (end == start || end - start >= MAX_AFTER) {
      return;
    }
    Token first = tokens.get(start);
    String w = first.word().toLowerCase(Locale.ROOT);
    boolean nominal =
        STARTS.contains(w)
            || first.pos().startsWith("PRP$")
            || (person
                && Character.isLowerCase(first.word().charAt(0))
                && (first.pos().startsWith("NN")
                    || first.pos().startsWith("JJ")
                    || first.pos().equals("VBG")));
    boolean hasNoun = false;
    for (int i = start; i < end; i++) {
      hasNoun |= tokens.get(i).pos().startsWith("NN");
    }
    if (!person && !STARTS.contains(w)) {
      return;
    }
    if (nominal && hasNoun && !first.pos().equals("CC")) {
      out.add(clean(start, end));
    }
  }

  private void before(Sentence s, int from, List<String> out) {
    int comma = from - 1;
    if (comma <= s.tokenFrom() || !tokens.get(comma).word().equals(",")) {
      return;
    }
    int j = comma - 1;
    while (j >= s.tokenFrom() && comma - j <= MAX_BEFORE) {
      Token t = tokens.get(j);
      String w = t.word().toLowerCase(Locale.ROOT);
      if (STARTS.contains(w) && t.pos().matches("DT|PRP\\$")) {
        boolean hasNoun = false;
        for (int i = j + 1; i < comma; i++) {
          hasNoun |= tokens.get(i).pos().startsWith("NN");
        }
        boolean opens = j == s.tokenFrom() || !tokens.get(j - 1).pos().matches("NN.*|JJ.*|CD|DT");
        if (hasNoun && opens && comma - j > 1) {
          out.add(clean(j, comma));
        }
        return;
      }
      if (isFiniteVerb(t) || t.word().equals(",") || t.pos().startsWith("W")) {
        return;
      }
      j--;
    }
  }

  private void title(Sentence s, int from, List<String> out) {
    int j = from - 1;
    while (j >= s.tokenFrom()
        && from - j <= 4
        && tokens.get(j).pos().startsWith("NNP")
        && Character.isUpperCase(tokens.get(j).word().charAt(0))) {
      j--;
    }
    int start = j + 1;
    if (start == from) {
      return;
    }
    boolean office = false;
    for (int i = start; i < from; i++) {
      String w = tokens.get(i).word();
      boolean rank =
          Names.isTitle(w) && !w.endsWith(".") && !HONORIFICS.contains(w.toLowerCase(Locale.ROOT));
      if (OFFICES.contains(w.toLowerCase(Locale.ROOT)) || (rank && from - start > 1)) {
        office = true;
      }
    }
    if (office) {
      out.add(text.substring(tokens.get(start).start(), tokens.get(from - 1).end()));
    }
  }

  private static boolean isFiniteVerb(Token t) {
    return t.pos().equals("VBD")
        || t.pos().equals("VBZ")
        || t.pos().equals("VBP")
        || t.pos().equals("MD");
  }

  private String clean(int from, int to) {
    int start = from;
    String w = tokens.get(start).word().toLowerCase(Locale.ROOT);
    if ((w.equals("the") || w.equals("a") || w.equals("an")) && to - start > 1) {
      start++;
    }
    return text.substring(tokens.get(start).start(), tokens.get(to - 1).end());
  }
}
