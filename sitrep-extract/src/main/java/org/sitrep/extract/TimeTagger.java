package org.sitrep.extract;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Which time tagger fills the times layer: Sitrep's own, or SUTime's raw output as a baseline. */
public enum TimeTagger {
  /** Sitrep's time extractor, {@code time.v1}. */
  SITREP,
  /** CoreNLP's SUTime, unchanged ({@code sutime.baseline}). */
  SUTIME;

  /** The lower-case name used on the command line. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The allowed names, comma-separated, for messages. */
  public static String allowed() {
    return Arrays.stream(values()).map(TimeTagger::id).collect(Collectors.joining(", "));
  }

  /** Parses a command-line name; fails with the list of allowed names. */
  public static TimeTagger parse(String name) {
    for (TimeTagger t : values()) {
      if (t.id().equalsIgnoreCase(name == null ? "" : name.trim())) {
        return t;
      }
    }
    throw new IllegalArgumentException(
        "unknown time tagger '" + name + "'; allowed values: " + allowed());
  }
}
