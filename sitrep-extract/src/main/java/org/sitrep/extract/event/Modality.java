package org.sitrep.extract.event;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.core.nlp.Sentence;
import org.sitrep.core.nlp.Token;

/**
 * Whether a trigger word reports something that happened, or only a plan, threat, ability or
 * hypothesis. Follows TimeML's modality and ACLED's rule that only events that took place are
 * coded; a modal with a perfect ("may have slipped") reports a past event and stays real.
 */
public final class Modality {
  private Modality() {}

  private static final Set<String> UNREAL =
      Set.of(
          "will",
          "would",
          "could",
          "might",
          "may",
          "should",
          "must",
          "can",
          "shall",
          "plan",
          "threaten",
          "intend",
          "want",
          "able",
          "prepare",
          "seek",
          "vow",
          "aim",
          "prevent",
          "avoid",
          "fear",
          "risk",
          "possible",
          "possibility",
          "threat",
          "warn",
          "if",
          "unless",
          "try",
          "attempt",
          "plot",
          "leeway",
          "chance",
          "goal");

  /** Whether the trigger at token {@code i} of sentence {@code s} is planned or hypothetical. */
  public static boolean unreal(List<Token> tokens, Sentence s, int i) {
    for (int k = i - 1; k >= Math.max(s.tokenFrom(), i - 4); k--) {
      Token t = tokens.get(k);
      String l = t.lemma().toLowerCase(Locale.ROOT);
      if (t.pos().equals(",") || t.pos().equals(":") || l.equals("and") && k < i - 1) {
        break;
      }
      if (t.pos().equals("MD") && k + 1 < i && tokens.get(k + 1).lemma().equals("have")) {
        return false; // "may have slipped": a past event, reported with hedging
      }
      if (UNREAL.contains(l) || t.pos().equals("MD")) {
        return true;
      }
      if (t.pos().equals("TO") && k == i - 1 && tokens.get(i).posStartsWith("VB")) {
        return true;
      }
    }
    return false;
  }
}
