package org.sitrep.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import org.sitrep.app.io.RecordJson;

/** {@code --json} output of the query commands: pretty JSON, snake_case names. */
final class JsonOut {
  private JsonOut() {}

  static void print(PrintStream out, Object value) {
    try {
      out.println(RecordJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(value));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
