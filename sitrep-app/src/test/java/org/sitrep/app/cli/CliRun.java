package org.sitrep.app.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** One in-process run of the CLI: its exit status and what it printed on standard output. */
record CliRun(int status, String out) {
  /** Runs {@code sitrep ARGS...}, capturing standard output (one run at a time). */
  static synchronized CliRun of(String... args) {
    PrintStream saved = System.out;
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    try (PrintStream capture = new PrintStream(buf, true, StandardCharsets.UTF_8)) {
      System.setOut(capture);
      int status = Main.commandLine().execute(args);
      capture.flush();
      return new CliRun(status, buf.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(saved);
    }
  }
}
