package org.sitrep.extract.time;

import java.util.Objects;
import org.sitrep.core.model.TimexType;

/**
 * A TIMEX3 type and value.
 *
 * @param value the TIMEX3 value; may be unresolved ({@code XXXX-12}) but never null
 */
record Timex(TimexType type, String value) {
  Timex {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(value, "value");
  }

  static Timex date(String value) {
    return new Timex(TimexType.DATE, value);
  }
}
