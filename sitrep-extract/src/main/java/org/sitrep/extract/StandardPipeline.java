package org.sitrep.extract;

import org.sitrep.core.pipeline.Pipeline;
import org.sitrep.extract.entity.EntityAnnotator;
import org.sitrep.extract.place.PlaceAnnotator;
import org.sitrep.nlp.CoreNlpAnnotator;

/** The pipeline {@code sitrep analyze} runs: CoreNLP, then every Sitrep extractor in order. */
public final class StandardPipeline {
  private StandardPipeline() {}

  /** Builds (and checks) the standard pipeline. */
  public static Pipeline create(PipelineOptions options) {
    return Pipeline.builder()
        .add(new CoreNlpAnnotator())
        .add(PlaceAnnotator.load(options.gazetteerDir()))
        .add(new EntityAnnotator())
        .build();
  }
}
