package org.sitrep.extract;

import java.nio.file.Path;

/**
 * Settings of the standard pipeline that come from outside the code.
 *
 * @param gazetteerDir folder of the built gazetteer index (see the place extractor)
 */
public record PipelineOptions(Path gazetteerDir) {

  /** The gazetteer at its default place below the repository root. */
  public static PipelineOptions defaults(Path root) {
    return new PipelineOptions(root.resolve("data").resolve("gazetteer"));
  }
}
