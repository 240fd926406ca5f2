package org.sitrep.extract.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sitrep.core.model.Claim;
import org.sitrep.core.model.Quote;
import org.sitrep.core.pipeline.AnnotatedArticle;
import org.sitrep.core.pipeline.Annotator;
import org.sitrep.core.pipeline.Layer;
import org.sitrep.core.pipeline.Layers;

/**
 * Turns every attributed statement (each quote, direct or reported) into a claim with its source
 * and certainty ({@code claim.v1}). Other extractors can find the claim that contains a quantity or
 * an event by offsets in {@link Layers#CLAIMS}.
 */
public final class ClaimAnnotator implements Annotator {
  /** The component name stored with every claim. */
  public static final String NAME = "claim.v1";

  /** Creates the annotator; it holds no state. */
  public ClaimAnnotator() {}

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of(Layers.QUOTES);
  }

  @Override
  public Set<Layer<?>> provides() {
    return Set.of(Layers.CLAIMS);
  }

  @Override
  public void annotate(AnnotatedArticle article) {
    List<Claim> claims = new ArrayList<>();
    for (Quote q : article.get(Layers.QUOTES)) {
      claims.add(
          new Claim(
              q.start(),
              q.end(),
              q.text(),
              q.speaker(),
              q.cue(),
              CertaintyRules.of(q.cue(), q.text()),
              NAME));
    }
    article.put(Layers.CLAIMS, List.copyOf(claims));
  }
}
