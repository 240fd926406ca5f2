package org.sitrep.app.serve;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * A request's query parameters, checked against the names its endpoint accepts: an unknown name or
 * a malformed value is a 400 whose message names what is allowed, the way the CLI's options do.
 */
final class Params {
  private final Map<String, String> values;

  private Params(Map<String, String> values) {
    this.values = values;
  }

  /** Parses {@code rawQuery} (may be null), refusing names outside {@code allowed}. */
  static Params parse(String rawQuery, List<String> allowed) {
    Map<String, String> values = new LinkedHashMap<>();
    if (rawQuery != null && !rawQuery.isEmpty()) {
      for (String pair : rawQuery.split("&")) {
        if (pair.isEmpty()) {
          continue;
        }
        int eq = pair.indexOf('=');
        String name = decode(eq < 0 ? pair : pair.substring(0, eq));
        String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
        if (!allowed.contains(name)) {
          throw HttpError.badRequest(
              "unknown parameter '"
                  + name
                  + "' (allowed: "
                  + (allowed.isEmpty() ? "none" : String.join(", ", new TreeSet<>(allowed)))
                  + ")");
        }
        if (values.containsKey(name)) {
          throw HttpError.badRequest("parameter '" + name + "' is given twice; give it once");
        }
        values.put(name, value);
      }
    }
    return new Params(values);
  }

  private static String decode(String s) {
    try {
      return URLDecoder.decode(s, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw HttpError.badRequest("malformed percent-encoding in '" + s + "'");
    }
  }

  /** The parameter's text, stripped; null when absent or blank (no filter). */
  String text(String name) {
    String v = values.get(name);
    return v == null || v.isBlank() ? null : v.strip();
  }

  /** An ISO date (YYYY-MM-DD), or null when absent. */
  LocalDate date(String name) {
    String v = text(name);
    if (v == null) {
      return null;
    }
    try {
      return LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      throw HttpError.badRequest(
          name + ": '" + v + "' is not a date (allowed: YYYY-MM-DD, e.g. 2018-02-04)");
    }
  }

  /** A whole number in {@code min..max}, {@code fallback} when absent. */
  int integer(String name, int fallback, int min, int max) {
    String v = text(name);
    if (v == null) {
      return fallback;
    }
    try {
      int n = Integer.parseInt(v);
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below with the allowed range
    }
    throw HttpError.badRequest(
        name
            + ": '"
            + v
            + "' is not allowed (allowed: a whole number from "
            + min
            + " to "
            + max
            + ")");
  }

  /** A number in {@code min..max}, or null when absent. */
  Double number(String name, double min, double max) {
    String v = text(name);
    if (v == null) {
      return null;
    }
    try {
      double d = Double.parseDouble(v);
      if (d >= min && d <= max) {
        return d;
      }
    } catch (NumberFormatException e) {
      // reported below with the allowed range
    }
    throw HttpError.badRequest(
        name + ": '" + v + "' is not allowed (allowed: a number from " + min + " to " + max + ")");
  }
}
