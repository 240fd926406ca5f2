package org.sitrep.extract;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Settings of the standard pipeline that come from outside the code.
 *
 * @param gazetteerDir folder of the built gazetteer index (see the place extractor)
 * @param timeTagger which tagger fills the times layer (Sitrep's by default)
 * @param nlpCache folder where CoreNLP's layers are kept between runs, or null to parse every time
 */
public record PipelineOptions(Path gazetteerDir, TimeTagger timeTagger, Path nlpCache) {

  /** Requires a time tagger. */
  public PipelineOptions {
    Objects.requireNonNull(timeTagger, "timeTagger");
  }

  /** Sitrep's own time tagger. */
  public PipelineOptions(Path gazetteerDir) {
    this(gazetteerDir, TimeTagger.SITREP, null);
  }

  /** The gazetteer at its default place below the repository root. */
  public static PipelineOptions defaults(Path root) {
    return new PipelineOptions(root.resolve("data").resolve("gazetteer"));
  }

  /** These options with another time tagger. */
  public PipelineOptions withTimeTagger(TimeTagger tagger) {
    return new PipelineOptions(gazetteerDir, tagger, nlpCache);
  }

  /** These options with CoreNLP's layers cached in {@code dir} (null: no cache). */
  public PipelineOptions withNlpCache(Path dir) {
    return new PipelineOptions(gazetteerDir, timeTagger, dir);
  }
}
