package org.sitrep.extract.quote;

import java.util.List;
import java.util.Set;
import org.sitrep.core.nlp.Sentence;
import org.sitrep.core.nlp.Token;

/**
 * Uses of cue verbs that report no statement, common in conflict reporting: the physical sense of
 * verbal-attack verbs ("gunmen attacked a village", "missiles hit the base"), performative
 * declarations of a state ("declared three days of mourning") and claims of lives ("the blast
 * claimed the lives of"). PolNeAR annotates verbal attacks, claims of responsibility, declarations
 * of war and negative sources ("No one expected"), so those stay cues.
 */
final class NonSpeech {
  private NonSpeech() {}

  /** Verbs of verbal attack that also describe physical violence. */
  private static final Set<String> ASSAULT =
      Set.of("attack", "blast", "slam", "hit", "assail", "strike", "target", "press", "push");

  /** Physical targets: places, installations, positions, vehicles. */
  private static final Set<String> PHYSICAL =
      Set.of(
          "village",
          "villages",
          "town",
          "towns",
          "city",
          "cities",
          "base",
          "bases",
          "checkpoint",
          "checkpoints",
          "convoy",
          "convoys",
          "market",
          "camp",
          "camps",
          "post",
          "posts",
          "position",
          "positions",
          "building",
          "buildings",
          "school",
          "hospital",
          "station",
          "stations",
          "bridge",
          "headquarters",
          "district",
          "neighbourhood",
          "neighborhood",
          "outpost",
          "barracks",
          "airport",
          "port",
          "mosque",
          "church",
          "compound",
          "patrol",
          "vehicle",
          "vehicles",
          "truck",
          "bus",
          "ship",
          "tanker",
          "plant",
          "facility",
          "facilities",
          "depot",
          "homes",
          "houses",
          "targets",
          "troops",
          "soldiers",
          "forces",
          "police",
          "offensive");

  /** Armed or mechanical subjects whose "attack" is violence, not speech. */
  private static final Set<String> ARMED_SUBJECTS =
      Set.of(
          "gunmen",
          "gunman",
          "militants",
          "militant",
          "fighters",
          "troops",
          "soldiers",
          "rebels",
          "insurgents",
          "jihadists",
          "attackers",
          "assailants",
          "warplanes",
          "jets",
          "drones",
          "missiles",
          "rockets",
          "motorcycles",
          "bombers",
          "army",
          "guerrillas");

  /** What a state is declared: a performative, not a statement. */
  private static final Set<String> DECLARED_STATES =
      Set.of(
          "mourning",
          "emergency",
          "curfew",
          "ceasefire",
          "cease-fire",
          "truce",
          "holiday",
          "lockdown",
          "martial",
          "disaster");

  /** What a disaster or an attack claims: lives. */
  private static final Set<String> CLAIMED_ACTS = Set.of("lives", "life");

  /** Whether the verb cue at {@code i} in {@code s} reports no statement. */
  static boolean at(List<Token> tokens, Sentence s, int i) {
    if (attributive(tokens, s, i)) {
      return true;
    }
    String lemma = CueLexicon.lemma(tokens.get(i));
    if (ASSAULT.contains(lemma)) {
      return armedSubject(tokens, s, i) || objectIn(tokens, s, i, PHYSICAL);
    }
    if (lemma.equals("declare") && !CueLexicon.followedBy(tokens, i, "that")) {
      return objectIn(tokens, s, i, DECLARED_STATES);
    }
    if (lemma.equals("claim") && !CueLexicon.followedBy(tokens, i, "that")) {
      return objectIn(tokens, s, i, CLAIMED_ACTS);
    }
    return false;
  }

  /** Words before an attributive participle: articles (a demonstrative may be a subject). */
  private static final Set<String> ARTICLES = Set.of("the", "a", "an");

  /**
   * A participle between an article, possessive, number, comparative or preposition and its noun
   * modifies the noun and reports nothing: "the pledged delegates", "Trump's reported net worth",
   * "an estimated 55 million", "his proposed ban" (Quirk et al. 1985, *A Comprehensive Grammar*,
   * 7.15: participial adjectives in attributive position).
   */
  private static boolean attributive(List<Token> tokens, Sentence s, int i) {
    Token t = tokens.get(i);
    if (!(t.pos().equals("VBN") || t.pos().equals("VBD"))
        || i - 1 < s.tokenFrom()
        || i + 1 >= s.tokenTo()) {
      return false;
    }
    Token before = tokens.get(i - 1);
    Token after = tokens.get(i + 1);
    boolean determined =
        ARTICLES.contains(CueLexicon.word(before))
            || before.pos().equals("PRP$")
            || before.pos().equals("POS")
            // "270 pledged delegates": the number counts the plural noun; not "4 in 10 said X"
            || (before.pos().equals("CD") && (t.pos().equals("VBN") || after.pos().equals("NNS")))
            || before.pos().equals("JJR")
            || before.pos().equals("JJS")
            // "her lead in pledged delegates", "a majority of pledged delegates": a preposition
            // before the participle leaves it no subject
            || (before.pos().equals("IN")
                && !Set.of("that", "since").contains(CueLexicon.word(before))
                && after.posStartsWith("NN"));
    return determined && (after.posStartsWith("NN") || after.pos().equals("CD"));
  }

  /** Whether a head in {@code heads} is within the few words after the verb, in its object. */
  private static boolean objectIn(List<Token> tokens, Sentence s, int i, Set<String> heads) {
    for (int k = i + 1; k < Math.min(s.tokenTo(), i + 6); k++) {
      Token t = tokens.get(k);
      String w = CueLexicon.word(t);
      if (w.equals("that")
          || w.equals(",")
          || w.equals(":")
          || t.posStartsWith("VB")
          || t.pos().equals("IN") && !w.equals("of")) {
        return false;
      }
      if (heads.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the subject right before the verb is armed or a weapon ("gunmen on motorcycles"). */
  private static boolean armedSubject(List<Token> tokens, Sentence s, int i) {
    for (int k = i - 1; k >= Math.max(s.tokenFrom(), i - 4); k--) {
      Token t = tokens.get(k);
      if (t.posStartsWith("VB") || CueLexicon.word(t).equals(",")) {
        return false;
      }
      if (ARMED_SUBJECTS.contains(CueLexicon.word(t))) {
        return true;
      }
    }
    return false;
  }
}
