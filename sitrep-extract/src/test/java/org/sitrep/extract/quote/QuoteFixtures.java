package org.sitrep.extract.quote;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.sitrep.core.article.Article;
import org.sitrep.core.model.Quote;
import org.sitrep.core.pipeline.Layers;
import org.sitrep.core.pipeline.Pipeline;
import org.sitrep.extract.PipelineOptions;
import org.sitrep.extract.entity.EntityAnnotator;
import org.sitrep.extract.place.PlaceAnnotator;
import org.sitrep.nlp.CoreNlpAnnotator;

/** Runs the quote extractor on a text written for a test, over CoreNLP, places and entities. */
final class QuoteFixtures {
  private static final Pipeline PIPELINE =
      Pipeline.builder()
          .add(new CoreNlpAnnotator())
          .add(
              PlaceAnnotator.load(
                  PipelineOptions.defaults(Path.of(System.getProperty("sitrep.root", "..")))
                      .gazetteerDir()))
          .add(new EntityAnnotator())
          .add(new QuoteAnnotator())
          .build();

  private QuoteFixtures() {}

  /** The quotes of {@code text}, published on 4 February 2018 (the example article's date). */
  static List<Quote> quotes(String text) {
    return PIPELINE.run(Article.of("t", text, LocalDate.of(2018, 2, 4))).list(Layers.QUOTES);
  }
}
