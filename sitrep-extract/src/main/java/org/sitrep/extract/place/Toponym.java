package org.sitrep.extract.place;

import java.util.List;
import org.sitrep.extract.place.gazetteer.FeatureKind;
import org.sitrep.extract.place.gazetteer.GazetteerEntry;

/**
 * A place name found in the text with its gazetteer candidates.
 *
 * @param start offset of the name in the text
 * @param end offset after the name
 * @param key the lookup key of the name ({@link org.sitrep.extract.place.gazetteer.NameKeys#key})
 * @param candidates the gazetteer entries the name may denote, never empty
 * @param division the name was followed by a division word ("province", "county"), so a division is
 *     meant
 * @param strong the name came from a toponym-tagged mention or a locative context
 * @param demonym the name is a demonym ("Syrian") standing for its country
 * @param dateline the name qualifies the town of a dateline ("PARIS, Tenn. —", "ORLANDO, Fla.
 *     (AP)"): the article's own place, not another town's; marked by {@link ToponymFinder}
 * @param standIn the candidates are not the name's own but those of the place that contains it: a
 *     settlement the gazetteer lacks, defined in the text ("Padi is a locality in Chennai")
 */
record Toponym(
    int start,
    int end,
    String text,
    String key,
    List<GazetteerEntry> candidates,
    boolean division,
    boolean strong,
    boolean demonym,
    boolean dateline,
    boolean standIn) {

  Toponym {
    candidates = List.copyOf(candidates);
    if (candidates.isEmpty()) {
      throw new IllegalArgumentException("a toponym needs candidates: " + text);
    }
  }

  /** A toponym that qualifies no dateline. */
  Toponym(
      int start,
      int end,
      String text,
      String key,
      List<GazetteerEntry> candidates,
      boolean division,
      boolean strong,
      boolean demonym) {
    this(start, end, text, key, candidates, division, strong, demonym, false, false);
  }

  /** This toponym with the candidates of the place that contains it (see {@code standIn}). */
  Toponym asStandIn() {
    return new Toponym(
        start, end, text, key, candidates, division, strong, demonym, dateline, true);
  }

  /** This toponym marked as the qualifier of a dateline's town. */
  Toponym asDateline() {
    return new Toponym(start, end, text, key, candidates, division, strong, demonym, true, standIn);
  }

  /** Whether one of the candidates is of this kind. */
  boolean can(FeatureKind kind) {
    return candidates.stream().anyMatch(c -> c.kind() == kind);
  }
}
