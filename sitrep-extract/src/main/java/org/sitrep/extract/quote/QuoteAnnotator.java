package org.sitrep.extract.quote;

import java.util.List;
import java.util.Set;
import org.sitrep.core.model.Quote;
import org.sitrep.core.pipeline.AnnotatedArticle;
import org.sitrep.core.pipeline.Annotator;
import org.sitrep.core.pipeline.Layer;
import org.sitrep.core.pipeline.Layers;

/**
 * Finds direct, partial and indirect quotations and ties each to its speaker, cue and channel
 * ({@code quote.v1}). Rule-based over CoreNLP tokens and the entities of {@code entity.v1}; see
 * {@code docs/quotes.md}.
 */
public final class QuoteAnnotator implements Annotator {
  /** The component name stored with every quote. */
  public static final String NAME = "quote.v1";

  /** Creates the annotator; it holds no state. */
  public QuoteAnnotator() {}

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of(Layers.TOKENS, Layers.SENTENCES, Layers.NER, Layers.ENTITIES);
  }

  @Override
  public Set<Layer<?>> provides() {
    return Set.of(Layers.QUOTES);
  }

  @Override
  public void annotate(AnnotatedArticle article) {
    List<Quote> quotes =
        new AttributionFinder(
                article.text(),
                article.get(Layers.TOKENS),
                article.get(Layers.SENTENCES),
                article.get(Layers.NER),
                article.get(Layers.ENTITIES),
                NAME)
            .find();
    article.put(Layers.QUOTES, List.copyOf(quotes));
  }
}
