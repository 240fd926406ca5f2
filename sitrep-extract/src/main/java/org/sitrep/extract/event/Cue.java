package org.sitrep.extract.event;

import java.util.Map;
import java.util.Optional;

/**
 * What kind of event a trigger word announces, before the sentence refines it into an {@link
 * AcledType}. The lexicon is a general English one (ACLED codebook vocabulary, MUC-4 incident
 * definitions: attack, bombing, kidnapping, arson, robbery, forced work stoppage).
 */
enum Cue {
  ATTACK,
  KILL,
  HARM,
  BOMB,
  SUICIDE,
  AIRSTRIKE,
  SHELL,
  GRENADE,
  KIDNAP,
  ARSON,
  ROBBERY,
  CLASH,
  ARREST,
  SURRENDER,
  FALL,
  PROTEST,
  RIOT,
  STOPPAGE;

  // Lemmas (lower case) and the cue they announce. Sources: ACLED Codebook 2023 sub-event
  // definitions; MUC-4 task definition (incident types).
  private static final Map<String, Cue> LEMMAS =
      Map.ofEntries(
          Map.entry("attack", ATTACK),
          Map.entry("assault", ATTACK),
          Map.entry("ambush", ATTACK),
          Map.entry("raid", ATTACK),
          Map.entry("machinegun", ATTACK),
          Map.entry("machine-gun", ATTACK),
          Map.entry("shoot", ATTACK),
          Map.entry("shooting", ATTACK),
          Map.entry("gun", ATTACK),
          Map.entry("kill", KILL),
          Map.entry("killing", KILL),
          Map.entry("murder", KILL),
          Map.entry("assassinate", KILL),
          Map.entry("assassination", KILL),
          Map.entry("massacre", KILL),
          Map.entry("slay", KILL),
          Map.entry("slaying", KILL),
          Map.entry("execute", KILL),
          Map.entry("wound", HARM),
          Map.entry("injure", HARM),
          Map.entry("bomb", BOMB),
          Map.entry("bombing", BOMB),
          Map.entry("car-bomb", BOMB),
          Map.entry("explosion", BOMB),
          Map.entry("explode", BOMB),
          Map.entry("blast", BOMB),
          Map.entry("detonate", BOMB),
          Map.entry("dynamite", BOMB),
          Map.entry("airstrike", AIRSTRIKE),
          Map.entry("bombardment", AIRSTRIKE),
          Map.entry("bombard", AIRSTRIKE),
          Map.entry("strafe", AIRSTRIKE),
          Map.entry("shell", SHELL),
          Map.entry("shelling", SHELL),
          Map.entry("grenade", GRENADE),
          Map.entry("kidnap", KIDNAP),
          Map.entry("kidnapping", KIDNAP),
          Map.entry("abduct", KIDNAP),
          Map.entry("abduction", KIDNAP),
          Map.entry("arson", ARSON),
          Map.entry("burn", ARSON),
          Map.entry("torch", ARSON),
          // sabotage: destruction of property without a clash (ACLED Looting/property destruction)
          Map.entry("sabotage", ARSON),
          Map.entry("rob", ROBBERY),
          Map.entry("robbery", ROBBERY),
          Map.entry("steal", ROBBERY),
          Map.entry("loot", ROBBERY),
          Map.entry("looting", ROBBERY),
          Map.entry("clash", CLASH),
          Map.entry("fighting", CLASH),
          Map.entry("battle", CLASH),
          Map.entry("skirmish", CLASH),
          Map.entry("firefight", CLASH),
          Map.entry("offensive", CLASH),
          Map.entry("invasion", CLASH),
          Map.entry("arrest", ARREST),
          Map.entry("detain", ARREST),
          Map.entry("apprehend", ARREST),
          Map.entry("surrender", SURRENDER),
          Map.entry("defect", SURRENDER),
          Map.entry("fall", FALL),
          Map.entry("protest", PROTEST),
          Map.entry("demonstration", PROTEST),
          Map.entry("riot", RIOT),
          Map.entry("stoppage", STOPPAGE));

  /** The cue of a lemma, if it is a trigger. */
  static Optional<Cue> of(String lemma) {
    return Optional.ofNullable(LEMMAS.get(lemma.toLowerCase(java.util.Locale.ROOT)));
  }

  /** Whether the cue is violence (it may carry fatalities, perpetrators, victims, weapons). */
  boolean violent() {
    return switch (this) {
      case ATTACK,
              KILL,
              HARM,
              BOMB,
              SUICIDE,
              AIRSTRIKE,
              SHELL,
              GRENADE,
              KIDNAP,
              ARSON,
              ROBBERY,
              CLASH ->
          true;
      default -> false;
    };
  }

  /** Rank when several cues of one clause make one event: the most specific wins. */
  int specificity() {
    return switch (this) {
      case SUICIDE, AIRSTRIKE -> 9;
      case SHELL, GRENADE -> 8;
      case BOMB -> 7;
      case KIDNAP -> 6;
      case CLASH -> 5;
      case ARSON, ROBBERY -> 4;
      case ATTACK -> 3;
      case KILL -> 2;
      case HARM -> 1;
      default -> 0;
    };
  }
}
