package org.sitrep.extract.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.sitrep.core.model.Claim;
import org.sitrep.core.model.ClaimFacts;
import org.sitrep.core.model.Event;
import org.sitrep.core.model.Movement;
import org.sitrep.core.model.Quantity;
import org.sitrep.core.model.Source;
import org.sitrep.core.pipeline.AnnotatedArticle;
import org.sitrep.core.pipeline.Annotator;
import org.sitrep.core.pipeline.Layer;
import org.sitrep.core.pipeline.Layers;
import org.sitrep.core.pipeline.LinkedFacts;
import org.sitrep.core.text.Span;

/**
 * Points every quantity, event and movement stated inside a claim to that claim ({@code link.v1}):
 * the fact gets the claim's id and certainty, the claim lists the facts it contains. Claims get ids
 * "c1", "c2", ... in text order.
 *
 * <p>A quantity is inside a claim when its span lies within the claim's span. Events and movements
 * carry only their evidence sentences, which usually hold the attribution too ("..., officials
 * said"); their extractors take the source from the claim around the event's trigger word, so a
 * claim holds an event or movement when it overlaps one of its evidence sentences and has the same
 * source, or when it contains a whole evidence sentence. The first evidence sentence with such a
 * claim decides. Among several claims the one with the fact's own source wins, then the innermost
 * (shortest), then the first.
 */
public final class ClaimLinker implements Annotator {
  /** The component name of the linker. */
  public static final String NAME = "link.v1";

  private static final Comparator<Claim> TEXT_ORDER =
      Comparator.comparingInt(Claim::start).thenComparing(Claim::end, Comparator.reverseOrder());

  /** Creates the linker; it holds no state. */
  public ClaimLinker() {}

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of(Layers.CLAIMS, Layers.QUANTITIES, Layers.EVENTS, Layers.MOVEMENTS);
  }

  @Override
  public Set<Layer<?>> provides() {
    return Set.of(Layers.LINKED_FACTS);
  }

  @Override
  public void annotate(AnnotatedArticle article) {
    List<Claim> claims = article.get(Layers.CLAIMS).stream().sorted(TEXT_ORDER).toList();
    List<String> ids = new ArrayList<>();
    List<List<Integer>> quantitiesOf = new ArrayList<>();
    List<List<String>> eventsOf = new ArrayList<>();
    List<List<Integer>> movementsOf = new ArrayList<>();
    for (int i = 0; i < claims.size(); i++) {
      ids.add("c" + (i + 1));
      quantitiesOf.add(new ArrayList<>());
      eventsOf.add(new ArrayList<>());
      movementsOf.add(new ArrayList<>());
    }

    List<Quantity> quantities = new ArrayList<>();
    for (Quantity q : article.get(Layers.QUANTITIES)) {
      int c = holder(claims, new Span(q.start(), q.end(), q.text()), q.source(), false);
      if (c < 0) {
        quantities.add(q);
      } else {
        quantitiesOf.get(c).add(quantities.size());
        quantities.add(q.withClaim(ids.get(c), claims.get(c).certainty()));
      }
    }

    List<Event> events = new ArrayList<>();
    for (Event e : article.get(Layers.EVENTS)) {
      int c = holder(claims, e.evidence(), e.source());
      if (c < 0) {
        events.add(e);
      } else {
        eventsOf.get(c).add(e.id());
        events.add(e.withClaim(ids.get(c), claims.get(c).certainty()));
      }
    }

    List<Movement> movements = new ArrayList<>();
    for (Movement m : article.get(Layers.MOVEMENTS)) {
      int c = holder(claims, m.evidence(), m.source());
      if (c < 0) {
        movements.add(m);
      } else {
        movementsOf.get(c).add(movements.size());
        movements.add(m.withClaim(ids.get(c), claims.get(c).certainty()));
      }
    }

    List<Claim> linked = new ArrayList<>();
    for (int i = 0; i < claims.size(); i++) {
      linked.add(
          claims
              .get(i)
              .linked(
                  ids.get(i),
                  new ClaimFacts(quantitiesOf.get(i), eventsOf.get(i), movementsOf.get(i))));
    }
    article.put(Layers.LINKED_FACTS, new LinkedFacts(linked, quantities, events, movements));
  }

  /** The index of the claim holding a fact with these evidence sentences, or -1. */
  private static int holder(List<Claim> claims, List<Span> evidence, Source source) {
    for (Span s : evidence) {
      int c = holder(claims, s, source, true);
      if (c >= 0) {
        return c;
      }
    }
    return -1;
  }

  /**
   * The index of the claim holding {@code span}, or -1: a claim containing it, or, for an evidence
   * {@code sentence}, also a claim overlapping it with the fact's (non-null) source.
   */
  static int holder(List<Claim> claims, Span span, Source source, boolean sentence) {
    int best = -1;
    for (int i = 0; i < claims.size(); i++) {
      Claim c = claims.get(i);
      boolean contains = c.start() <= span.start() && span.end() <= c.end();
      boolean sameSource = source != null && Objects.equals(source, c.source());
      boolean overlaps = c.start() < span.end() && span.start() < c.end();
      if (!(contains || sentence && sameSource && overlaps)) {
        continue;
      }
      if (best < 0 || better(c, claims.get(best), source)) {
        best = i;
      }
    }
    return best;
  }

  /** Whether {@code a} is a better holder than {@code b}: the fact's own source, then innermost. */
  private static boolean better(Claim a, Claim b, Source source) {
    boolean aSame = source != null && source.equals(a.source());
    boolean bSame = source != null && source.equals(b.source());
    if (aSame != bSame) {
      return aSame;
    }
    // ties keep the earlier claim (text order)
    return a.end() - a.start() < b.end() - b.start();
  }
}
