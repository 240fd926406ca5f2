package org.sitrep.extract.quantity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.core.nlp.Token;

/**
 * What a count counts and what happened to it, read from the tagged tokens around the number:
 * "about 150 |fighters| were |killed|" gives counts "fighters killed", role "killed".
 *
 * @param counts the counted noun phrase with the role after it ("fighters killed"), or null
 * @param role the role a verb gives it, or null
 */
record CountedThing(String counts, String role) {

  /** Verb lemmas that give a counted group its role in a conflict report. */
  static final Map<String, String> ROLES =
      Map.ofEntries(
          Map.entry("kill", "killed"),
          Map.entry("die", "killed"),
          Map.entry("execute", "killed"),
          Map.entry("behead", "killed"),
          Map.entry("massacre", "killed"),
          Map.entry("injure", "injured"),
          Map.entry("wound", "injured"),
          Map.entry("hurt", "injured"),
          Map.entry("capture", "captured"),
          Map.entry("arrest", "captured"),
          Map.entry("detain", "captured"),
          Map.entry("imprison", "captured"),
          Map.entry("flee", "fled"),
          Map.entry("escape", "fled"),
          Map.entry("smuggle", "smuggled"),
          Map.entry("return", "returned"),
          Map.entry("surrender", "surrendered"),
          Map.entry("displace", "displaced"),
          Map.entry("abduct", "abducted"),
          Map.entry("kidnap", "abducted"),
          Map.entry("evacuate", "evacuated"),
          Map.entry("rescue", "rescued"),
          Map.entry("release", "released"));

  private static final Set<String> SKIP_BEFORE_NOUN =
      Set.of("the", "its", "their", "his", "her", "our", "those", "these", "them");

  private static final Set<String> AUXILIARIES =
      Set.of("be", "have", "also", "reportedly", "allegedly", "were", "was", "had", "been", "not");

  static final CountedThing NONE = new CountedThing(null, null);

  /** Reads the counted phrase after offset {@code nounFrom} and the role around the count. */
  static CountedThing read(List<Token> tokens, int start, int nounFrom) {
    int i = firstAt(tokens, nounFrom);
    int count = firstAt(tokens, start);
    if (i < 0 || count >= 0 && tokens.get(count).sentence() != tokens.get(i).sentence()) {
      // the count ends its sentence (a headline's "Killing at Least 19"): nothing counted after
      return NONE;
    }
    int sentence = tokens.get(i).sentence();
    int k = i;
    if (k < tokens.size() && tokens.get(k).word().equalsIgnoreCase("of")) {
      k++;
      while (k < tokens.size() && SKIP_BEFORE_NOUN.contains(tokens.get(k).word().toLowerCase())) {
        k++;
      }
    }
    List<Token> phrase = new ArrayList<>();
    int lastNoun = -1;
    for (int j = k; j < tokens.size() && j < k + 8; j++) {
      Token t = tokens.get(j);
      if (t.sentence() != sentence) {
        break;
      }
      boolean nounish =
          t.posStartsWith("NN")
              || t.posStartsWith("JJ") && !t.pos().equals("JJR")
              || t.pos().equals("HYPH")
              || t.pos().equals("VBN") && phrase.isEmpty()
              || t.pos().equals("CD") && !phrase.isEmpty();
      boolean coordination =
          (t.word().equals("and") || t.word().equals("or"))
              && lastNoun >= 0
              && j + 1 < tokens.size()
              && (tokens.get(j + 1).posStartsWith("NN") || tokens.get(j + 1).posStartsWith("JJ"));
      if (!nounish && !coordination) {
        break;
      }
      phrase.add(t);
      if (t.posStartsWith("NN")) {
        lastNoun = phrase.size();
      }
    }
    String counts = null;
    int after = k;
    if (lastNoun > 0) {
      List<Token> np = phrase.subList(0, lastNoun);
      counts = join(np);
      after = np.get(np.size() - 1).index() + 1;
    }
    String role = role(tokens, start, after, sentence);
    // the contract writes what is counted with its role: "people killed"
    return new CountedThing(counts != null && role != null ? counts + " " + role : counts, role);
  }

  /** The role from a verb right after the phrase ("were killed") or right before the count. */
  private static String role(List<Token> tokens, int start, int after, int sentence) {
    for (int j = after; j < tokens.size() && j < after + 5; j++) {
      Token t = tokens.get(j);
      if (t.sentence() != sentence) {
        break;
      }
      if (t.posStartsWith("VB") || t.posStartsWith("RB") || t.pos().equals("MD")) {
        String role = ROLES.get(t.lemma());
        if (role != null && t.posStartsWith("VB")) {
          return role;
        }
        if (t.posStartsWith("VB") && !AUXILIARIES.contains(t.lemma())) {
          break;
        }
        continue;
      }
      break;
    }
    int before = firstAt(tokens, start) - 1;
    if (before >= 0 && tokens.get(before).sentence() == sentence) {
      Token t = tokens.get(before);
      if (t.posStartsWith("VB")) {
        return ROLES.get(t.lemma());
      }
    }
    return null;
  }

  private static int firstAt(List<Token> tokens, int offset) {
    for (Token t : tokens) {
      if (t.start() >= offset) {
        return t.index();
      }
    }
    return -1;
  }

  private static String join(List<Token> np) {
    StringBuilder sb = new StringBuilder();
    Token prev = null;
    for (Token t : np) {
      if (prev != null && t.start() > prev.end()) {
        sb.append(' ');
      }
      sb.append(t.word());
      prev = t;
    }
    return sb.toString();
  }
}
