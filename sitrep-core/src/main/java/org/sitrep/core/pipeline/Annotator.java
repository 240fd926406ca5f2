package org.sitrep.core.pipeline;

import java.util.Set;

/**
 * One step of the pipeline. It reads the layers it {@link #requires()} and writes the layers it
 * {@link #provides()}. Implementations are stateless with respect to articles and safe to call from
 * several threads at once.
 */
public interface Annotator {

  /** The versioned component name stored with every extraction, such as {@code time.v1}. */
  String name();

  /** The layers that must be present before this annotator runs. */
  Set<Layer<?>> requires();

  /** The layers this annotator adds. */
  Set<Layer<?>> provides();

  /** Adds this annotator's layers to {@code article}. */
  void annotate(AnnotatedArticle article);
}
