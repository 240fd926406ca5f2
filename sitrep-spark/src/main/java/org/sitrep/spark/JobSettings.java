package org.sitrep.spark;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.Objects;
import org.sitrep.extract.PipelineOptions;
import org.sitrep.extract.TimeTagger;

/**
 * The pipeline settings shipped from the driver to every executor, as plain strings (a {@link Path}
 * is not serialisable).
 *
 * @param gazetteerDir folder of the built gazetteer index, the same path on every node
 * @param timeTagger the time tagger's id ({@link TimeTagger#id()})
 * @param nlpCache folder of CoreNLP's layer cache, or null for none
 * @param maxBytes documents larger than this (UTF-8) are refused
 */
record JobSettings(String gazetteerDir, String timeTagger, String nlpCache, long maxBytes)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Requires a gazetteer, a known time tagger and a positive size limit. */
  JobSettings {
    Objects.requireNonNull(gazetteerDir, "gazetteerDir");
    TimeTagger.parse(timeTagger);
    if (maxBytes < 1) {
      throw new IllegalArgumentException("maxBytes must be 1 or more, got " + maxBytes);
    }
  }

  /** The standard pipeline's options these settings describe. */
  PipelineOptions pipelineOptions() {
    return new PipelineOptions(
        Path.of(gazetteerDir),
        TimeTagger.parse(timeTagger),
        nlpCache == null ? null : Path.of(nlpCache));
  }
}
