package org.sitrep.app.serve;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The evidence of a stored analysis record as flat, typed spans over the article's text, so the UI
 * can colour each one and say what was extracted from it and by which component.
 */
final class Highlights {
  private Highlights() {}

  /** What a highlight marks; the UI gives each kind its own colour. */
  enum Kind {
    QUOTE,
    SPEAKER,
    TIME,
    PLACE,
    QUANTITY,
    EVENT,
    MOVEMENT;

    String json() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * One highlighted span: {@code text} is the string the extraction recorded for it, which equals
   * the article's text from {@code start} to {@code end}.
   */
  record Highlight(String kind, int start, int end, String text, String label, String component) {}

  /**
   * Every span of {@code record} (the contract's JSON) that lies inside {@code text}, once, ordered
   * by start and then longest first; spans whose offsets fall outside the text are left out.
   */
  static List<Highlight> of(JsonNode record, String text) {
    List<Highlight> out = new ArrayList<>();
    Map<String, JsonNode> entities = new HashMap<>();
    for (JsonNode e : record.path("entities")) {
      entities.put(e.path("id").asText(), e);
    }
    for (JsonNode q : record.path("quotes")) {
      JsonNode speaker = q.path("speaker");
      String who = source(speaker);
      String label =
          q.path("kind").asText("quote").toLowerCase(Locale.ROOT)
              + " quote"
              + (who.isEmpty() ? ", speaker unknown" : " by " + who)
              + (q.hasNonNull("cue") ? " (cue: " + q.path("cue").asText() + ")" : "");
      String component = q.path("component").asText();
      JsonNode parts = q.path("parts");
      if (parts.isArray() && parts.size() > 0) {
        for (JsonNode p : parts) {
          add(out, text, Kind.QUOTE, p, label, component);
        }
      } else {
        add(out, text, Kind.QUOTE, q, label, component);
      }
      JsonNode entity = entities.get(speaker.path("entity").asText(""));
      if (entity != null) {
        for (JsonNode m : entity.path("mentions")) {
          add(
              out,
              text,
              Kind.SPEAKER,
              m,
              "speaker: "
                  + entity.path("name").asText()
                  + " ("
                  + entity.path("type").asText()
                  + ")",
              entity.path("component").asText());
        }
      }
    }
    for (JsonNode t : record.path("times")) {
      add(
          out,
          text,
          Kind.TIME,
          t,
          "time " + t.path("type").asText() + " = " + t.path("value").asText("?"),
          t.path("component").asText());
    }
    for (JsonNode p : record.path("places")) {
      String label =
          "place: "
              + p.path("name").asText()
              + (p.hasNonNull("country_code") ? ", " + p.path("country_code").asText() : "")
              + (p.hasNonNull("geonames_id")
                  ? " (GeoNames " + p.path("geonames_id").asText() + ")"
                  : "")
              + (p.hasNonNull("lat")
                  ? String.format(
                      Locale.ROOT,
                      " at %.4f, %.4f",
                      p.path("lat").asDouble(),
                      p.path("lon").asDouble())
                  : ", not geocoded");
      for (JsonNode m : p.path("mentions")) {
        add(out, text, Kind.PLACE, m, label, p.path("component").asText());
      }
    }
    for (JsonNode q : record.path("quantities")) {
      String who = source(q.path("source"));
      String label =
          "quantity: "
              + range(q.path("low"), q.path("high"))
              + (q.hasNonNull("unit") ? " " + q.path("unit").asText() : "")
              + (q.hasNonNull("counts") ? " " + q.path("counts").asText() : "")
              + (q.hasNonNull("role")
                      && !q.path("counts").asText("").contains(q.path("role").asText())
                  ? " (" + q.path("role").asText() + ")"
                  : "")
              + (who.isEmpty() ? "" : ", according to " + who)
              + (q.hasNonNull("certainty") ? ", " + q.path("certainty").asText() : "");
      add(out, text, Kind.QUANTITY, q, label, q.path("component").asText());
    }
    for (JsonNode e : record.path("events")) {
      String label =
          "event: "
              + e.path("type").asText()
              + (e.hasNonNull("sub_type") ? " / " + e.path("sub_type").asText() : "")
              + (e.path("date").hasNonNull("value")
                  ? " on " + e.path("date").path("value").asText()
                  : "")
              + (e.path("place").hasNonNull("name")
                  ? " in " + e.path("place").path("name").asText()
                  : "")
              + (e.path("background").asBoolean() ? " (background)" : "");
      for (JsonNode s : e.path("evidence")) {
        add(out, text, Kind.EVENT, s, label, e.path("component").asText());
      }
    }
    for (JsonNode m : record.path("movements")) {
      String label =
          "movement: "
              + m.path("who").asText("?")
              + (m.path("from").hasNonNull("name")
                  ? " from " + m.path("from").path("name").asText()
                  : "")
              + (m.path("to").hasNonNull("name")
                  ? " to " + m.path("to").path("name").asText()
                  : "");
      for (JsonNode s : m.path("evidence")) {
        add(out, text, Kind.MOVEMENT, s, label, m.path("component").asText());
      }
    }
    out.sort(
        Comparator.comparingInt(Highlight::start)
            .thenComparing(Comparator.comparingInt(Highlight::end).reversed()));
    // a speaker quoted twice has its mentions collected twice: one highlight each
    return out.stream().distinct().toList();
  }

  private static void add(
      List<Highlight> out, String text, Kind kind, JsonNode span, String label, String component) {
    if (!span.path("start").isInt() || !span.path("end").isInt()) {
      return;
    }
    int start = span.path("start").asInt();
    int end = span.path("end").asInt();
    if (start < 0 || end <= start || end > text.length()) {
      return;
    }
    String recorded =
        span.hasNonNull("text") ? span.path("text").asText() : text.substring(start, end);
    out.add(new Highlight(kind.json(), start, end, recorded, label, component));
  }

  private static String source(JsonNode s) {
    if (s == null || s.isMissingNode() || s.isNull()) {
      return "";
    }
    String name = s.path("name").asText("");
    String description = s.path("description").asText("");
    if (!name.isEmpty() && !description.isEmpty()) {
      return name + ", " + description;
    }
    return name.isEmpty() ? description : name;
  }

  private static String range(JsonNode low, JsonNode high) {
    if (!high.isNumber()) {
      return low.isNumber() ? "at least " + number(low.asDouble()) : "?";
    }
    if (!low.isNumber()) {
      return "at most " + number(high.asDouble());
    }
    String l = number(low.asDouble());
    String h = number(high.asDouble());
    return l.equals(h) ? l : l + "–" + h;
  }

  private static String number(double d) {
    return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
  }
}
