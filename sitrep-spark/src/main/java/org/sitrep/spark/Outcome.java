package org.sitrep.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Serializable;
import java.util.Objects;

/**
 * What became of one input line: an analysis record, or a failure record, each as one JSON line.
 *
 * @param analysed whether {@code json} is an analysis record (else a failure record)
 * @param json the record, one line of JSON
 */
record Outcome(boolean analysed, String json) implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Requires the JSON. */
  Outcome {
    Objects.requireNonNull(json, "json");
  }

  /** An analysed article's record. */
  static Outcome record(String json) {
    return new Outcome(true, json);
  }

  /**
   * A failure record: {@code {"line": N, "id": ..., "reason": ...}}; {@code id} only when the line
   * had one.
   *
   * @param line the 1-based line number in the input (over all input files, in Spark's order)
   */
  static Outcome failure(long line, String id, String reason) {
    ObjectNode node = JSON.createObjectNode();
    node.put("line", line);
    if (id != null) {
      node.put("id", id);
    }
    node.put("reason", reason);
    return new Outcome(false, node.toString());
  }
}
