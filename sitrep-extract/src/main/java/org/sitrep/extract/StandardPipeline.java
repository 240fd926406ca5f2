package org.sitrep.extract;

import org.sitrep.core.pipeline.Annotator;
import org.sitrep.core.pipeline.Pipeline;
import org.sitrep.extract.claim.ClaimAnnotator;
import org.sitrep.extract.entity.EntityAnnotator;
import org.sitrep.extract.event.EventAnnotator;
import org.sitrep.extract.link.ClaimLinker;
import org.sitrep.extract.movement.MovementAnnotator;
import org.sitrep.extract.place.PlaceAnnotator;
import org.sitrep.extract.quantity.QuantityAnnotator;
import org.sitrep.extract.quote.QuoteAnnotator;
import org.sitrep.extract.time.SuTimeBaseline;
import org.sitrep.extract.time.TimeAnnotator;
import org.sitrep.nlp.CachedNlpAnnotator;
import org.sitrep.nlp.CoreNlpAnnotator;
import org.sitrep.nlp.CoreNlpConfig;

/** The pipeline {@code sitrep analyze} runs: CoreNLP, then every Sitrep extractor in order. */
public final class StandardPipeline {
  private StandardPipeline() {}

  /** Builds (and checks) the standard pipeline. */
  public static Pipeline create(PipelineOptions options) {
    return Pipeline.builder()
        .add(
            options.nlpCache() == null
                ? new CoreNlpAnnotator()
                : new CachedNlpAnnotator(options.nlpCache(), CoreNlpConfig.DEFAULT))
        .add(timeTagger(options))
        .add(PlaceAnnotator.load(options.gazetteerDir()))
        .add(new EntityAnnotator())
        .add(new QuoteAnnotator())
        .add(new ClaimAnnotator())
        // after the time, quote and claim extractors: it reads their layers when present
        .add(new QuantityAnnotator())
        // Events and movements read every other layer: keep them last.
        .add(new EventAnnotator())
        .add(new MovementAnnotator())
        // Reads claims, quantities, events and movements: links each fact to its claim.
        .add(new ClaimLinker())
        .build();
  }

  private static Annotator timeTagger(PipelineOptions options) {
    return switch (options.timeTagger()) {
      case SITREP -> new TimeAnnotator();
      case SUTIME -> new SuTimeBaseline();
    };
  }
}
