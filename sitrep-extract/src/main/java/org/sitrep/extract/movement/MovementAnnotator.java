package org.sitrep.extract.movement;

import java.util.Set;
import org.sitrep.core.pipeline.AnnotatedArticle;
import org.sitrep.core.pipeline.Annotator;
import org.sitrep.core.pipeline.Layer;
import org.sitrep.core.pipeline.Layers;

/** Sitrep's movement extractor ({@code movement.v1}): who moved from where to where. */
public final class MovementAnnotator implements Annotator {
  private final MovementFinder finder = new MovementFinder(name());

  @Override
  public String name() {
    return "movement.v1";
  }

  @Override
  public Set<Layer<?>> requires() {
    return Layers.BEFORE_EVENTS;
  }

  @Override
  public Set<Layer<?>> provides() {
    return Set.of(Layers.MOVEMENTS);
  }

  @Override
  public void annotate(AnnotatedArticle article) {
    article.put(Layers.MOVEMENTS, finder.find(article));
  }
}
