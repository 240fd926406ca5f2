package org.sitrep.app.io;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.sitrep.core.model.AnalysisRecord;

/**
 * The JSON form of analysis records; delegates to {@link org.sitrep.store.RecordJson}, where the
 * store shares it, so that {@code analyze} and the database write the same JSON.
 */
public final class RecordJson {
  private RecordJson() {}

  /** The configured mapper, shared (ObjectMapper is thread-safe once configured). */
  public static ObjectMapper mapper() {
    return org.sitrep.store.RecordJson.mapper();
  }

  /** One record as a single JSON line (no trailing newline). */
  public static String line(AnalysisRecord record) {
    return org.sitrep.store.RecordJson.line(record);
  }
}
