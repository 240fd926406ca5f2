package org.sitrep.extract.event;

import java.util.Set;
import org.sitrep.core.pipeline.AnnotatedArticle;
import org.sitrep.core.pipeline.Annotator;
import org.sitrep.core.pipeline.Layer;
import org.sitrep.core.pipeline.Layers;

/** Sitrep's event extractor ({@code event.v1}): ACLED-coded events with their evidence. */
public final class EventAnnotator implements Annotator {
  private final EventCoder coder = new EventCoder(name());

  @Override
  public String name() {
    return "event.v1";
  }

  @Override
  public Set<Layer<?>> requires() {
    return Layers.BEFORE_EVENTS;
  }

  @Override
  public Set<Layer<?>> provides() {
    return Set.of(Layers.EVENTS);
  }

  @Override
  public void annotate(AnnotatedArticle article) {
    article.put(Layers.EVENTS, coder.code(article));
  }
}
