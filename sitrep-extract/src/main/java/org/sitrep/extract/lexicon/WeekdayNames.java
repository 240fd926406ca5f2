package org.sitrep.extract.lexicon;

import java.util.Set;

/** English weekday names, shared by the extractors that read dates around their own findings. */
public final class WeekdayNames {
  private WeekdayNames() {}

  /** The seven full names, lower case. */
  public static final Set<String> FULL =
      Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");
}
