package org.sitrep.extract.time;

import java.util.List;
import java.util.Locale;
import org.sitrep.core.nlp.Sentence;
import org.sitrep.core.nlp.Token;

/**
 * The tense of the clause a time expression sits in, read from Penn Treebank tags: it decides
 * whether "Friday" or "the fall" is the previous or the next one (HeidelTime's tense-sensitive
 * resolution, Strötgen and Gertz 2013).
 */
enum Tense {
  PAST,
  PRESENT,
  FUTURE,
  UNKNOWN;

  private static final int WINDOW = 15;

  /** The tense of the verb nearest to tokens {@code [from, to)} within their sentence. */
  static Tense around(List<Token> tokens, Sentence sentence, int from, int to) {
    int best = -1;
    int bestDistance = Integer.MAX_VALUE;
    for (int i = sentence.tokenFrom(); i < sentence.tokenTo(); i++) {
      if (i >= from && i < to) {
        continue;
      }
      Token t = tokens.get(i);
      // "American-led", "Russian-backed": a participle inside a compound adjective is no verb.
      if (!isVerb(t) || (i > 0 && "HYPH".equals(tokens.get(i - 1).pos()))) {
        continue;
      }
      int d = i < from ? from - i : i - to + 1;
      // A verb before the expression governs it slightly more often than one after it.
      int weighted = i < from ? 2 * d : 2 * d + 1;
      if (weighted < bestDistance && d <= WINDOW) {
        best = i;
        bestDistance = weighted;
      }
    }
    if (best < 0) {
      // No verb nearby ("In December, Col. Ryan Dillon, the chief spokesman for ..., said"):
      // the sentence's first finite verb governs the fronted adverbial.
      for (int i = sentence.tokenFrom(); i < sentence.tokenTo(); i++) {
        Token t = tokens.get(i);
        if ((i < from || i >= to)
            && (t.pos().equals("VBD")
                || t.pos().equals("VBZ")
                || t.pos().equals("VBP")
                || t.pos().equals("MD"))) {
          return of(tokens, sentence, i);
        }
      }
    }
    return best < 0 ? UNKNOWN : of(tokens, sentence, best);
  }

  /**
   * Whether the words right before token {@code i} set a point the clause looks forward to: "until
   * Tuesday", "till Friday", "as early as Tuesday", "as soon as Monday", "effective Feb. 1". The
   * reported event lies after the report even when the verb is past ("postponed until Tuesday
   * morning"), as TimeBank and AQUAINT resolve them.
   */
  static boolean deadlineBefore(List<Token> tokens, int i) {
    if (i < 1) {
      return false;
    }
    String prev = tokens.get(i - 1).word().toLowerCase(Locale.ROOT);
    if (prev.equals("until") || prev.equals("till") || prev.equals("effective")) {
      return true;
    }
    if (i >= 3 && prev.equals("as") && tokens.get(i - 3).word().equalsIgnoreCase("as")) {
      String mid = tokens.get(i - 2).word().toLowerCase(Locale.ROOT);
      return mid.equals("early") || mid.equals("soon");
    }
    return false;
  }

  /**
   * Whether the sentence is told in the past perfect ("Until Thursday, they had not called him a
   * suspect"): a deadline there lies behind the report, not ahead of it.
   */
  static boolean pastPerfect(List<Token> tokens, Sentence sentence) {
    for (int i = sentence.tokenFrom(); i < sentence.tokenTo() - 1; i++) {
      if (tokens.get(i).word().equalsIgnoreCase("had")
          && nextVerbIsParticiple(tokens, i, Math.min(sentence.tokenTo() - 1, i + 3))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isVerb(Token t) {
    return t.posStartsWith("VB") || "MD".equals(t.pos());
  }

  /** The tense of the verb group whose (last or only) verb is token {@code i}. */
  static Tense of(List<Token> tokens, Sentence sentence, int i) {
    // Walk left over the auxiliaries of the verb group: "will be held", "had been", "is to meet".
    for (int j = i; j >= Math.max(sentence.tokenFrom(), i - 4); j--) {
      Token t = tokens.get(j);
      String w = t.word().toLowerCase(Locale.ROOT);
      if ("MD".equals(t.pos())) {
        return switch (w) {
          case "will", "'ll", "wo", "shall" -> FUTURE;
          case "would", "could", "might" -> j == i ? PAST : PRESENT;
          default -> UNKNOWN;
        };
      }
      if (j < i && isFutureFrame(w) && tokens.get(j + 1).word().equalsIgnoreCase("to")) {
        // "was expected to", "had been due to": a future seen from the past.
        for (int k = j - 1; k >= Math.max(sentence.tokenFrom(), j - 3); k--) {
          // "did not plan to": do-support is the simple past of the frame, a future seen from the
          // past like "planned to", not a past-perfect frame like "had been due to"
          if ("VBD".equals(tokens.get(k).pos()) && !tokens.get(k).word().equalsIgnoreCase("did")) {
            return PAST;
          }
        }
        return "VBD".equals(t.pos()) ? PRESENT : FUTURE;
      }
      if (j < i && "to".equals(w)) {
        continue;
      }
      if (j < i && !isVerb(t) && !"RB".equals(t.pos()) && !"TO".equals(t.pos())) {
        break;
      }
    }
    // Then the verb group's first finite verb decides.
    for (int j = Math.max(sentence.tokenFrom(), i - 4); j <= i; j++) {
      Token t = tokens.get(j);
      if (!isVerb(t) || (j < i && !isAuxiliaryChain(tokens, j, i))) {
        continue;
      }
      String w = t.word().toLowerCase(Locale.ROOT);
      switch (t.pos()) {
        case "VBD":
          return PAST;
        case "VBZ", "VBP":
          // "has said", "have fled": the present perfect reports the past.
          if ((w.equals("has") || w.equals("have") || w.equals("'ve"))
              && nextVerbIsParticiple(
                  tokens, j, Math.min(sentence.tokenTo() - 1, Math.max(i, j + 3)))) {
            return PAST;
          }
          return PRESENT;
        case "VBN":
          return PAST;
        case "VBG", "VB":
          return PRESENT;
        default:
          break;
      }
    }
    return UNKNOWN;
  }

  private static boolean isFutureFrame(String w) {
    return switch (w) {
      case "scheduled",
              "expected",
              "due",
              "plans",
              "plan",
              "planned",
              "going",
              "set",
              "is",
              "are" ->
          true;
      default -> false;
    };
  }

  private static boolean isAuxiliaryChain(List<Token> tokens, int j, int i) {
    for (int k = j + 1; k < i; k++) {
      Token t = tokens.get(k);
      if (!isVerb(t) && !t.posStartsWith("RB")) {
        return false;
      }
    }
    return true;
  }

  private static boolean nextVerbIsParticiple(List<Token> tokens, int j, int i) {
    for (int k = j + 1; k <= i; k++) {
      if (tokens.get(k).posStartsWith("VBN")) {
        return true;
      }
    }
    return false;
  }
}
