package org.sitrep.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** Writes the corpus out: contract records (JSON Lines), ACLED-style CSV, GeoJSON. */
public final class Exporter {
  /**
   * ACLED's column names (ACLED Codebook, 2023, "Data columns"); the columns Sitrep cannot fill
   * (inter codes, interaction, region, admin2/3, ...) are present and empty.
   */
  static final List<String> ACLED_COLUMNS =
      List.of(
          "event_id_cnty",
          "event_date",
          "year",
          "time_precision",
          "disorder_type",
          "event_type",
          "sub_event_type",
          "actor1",
          "assoc_actor_1",
          "inter1",
          "actor2",
          "assoc_actor_2",
          "inter2",
          "interaction",
          "civilian_targeting",
          "iso",
          "region",
          "country",
          "admin1",
          "admin2",
          "admin3",
          "location",
          "latitude",
          "longitude",
          "geo_precision",
          "source",
          "source_scale",
          "notes",
          "fatalities",
          "tags",
          "timestamp");

  private static final ObjectMapper JSON = new ObjectMapper();
  private final Store store;

  /** An exporter of {@code store}. */
  public Exporter(Store store) {
    this.store = store;
  }

  /** The export formats. */
  public enum Format {
    /** The contract's analysis records, one per analysed article. */
    JSONL,
    /** One row per reconciled event, ACLED's columns. */
    ACLED_CSV,
    /** Events as points and movements as lines, a GeoJSON FeatureCollection (RFC 7946). */
    GEOJSON
  }

  /** Writes the corpus in {@code format}; returns how many records/rows/features. */
  public int write(Format format, Writer out) throws IOException {
    return switch (format) {
      case JSONL -> jsonl(out);
      case ACLED_CSV -> acled(out);
      case GEOJSON -> geojson(out);
    };
  }

  private int jsonl(Writer out) throws IOException {
    int n = 0;
    try (PreparedStatement ps =
            store
                .connection()
                .prepareStatement(
                    "SELECT record_json FROM articles WHERE status = 'analysed' ORDER BY id");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.write(rs.getString(1));
        out.write('\n');
        n++;
      }
    } catch (SQLException e) {
      throw new StoreException("exporting records", e);
    }
    return n;
  }

  /**
   * One row per reconciled event. Fatalities follow ACLED's conservative coding: where sources
   * differ or are vague, the most conservative (lowest) estimate is coded, and 0 when none is given
   * (ACLED, "Fatalities", Uses and limitations of ACLED data, 2023: "If source reports differ or a
   * vague estimate is provided, ACLED uses the most conservative estimate available").
   */
  private int acled(Writer out) throws IOException {
    out.write(String.join(",", ACLED_COLUMNS));
    out.write("\r\n");
    int n = 0;
    for (Queries.ReconciledEvent e :
        new Queries(store)
            .events(new Queries.EventFilter(null, null, null, null, null, null, null, null))) {
      String date = e.dateFrom();
      String precision = "";
      if (e.dateFrom() != null) {
        long days =
            LocalDate.parse(e.dateTo()).toEpochDay() - LocalDate.parse(e.dateFrom()).toEpochDay();
        // ACLED time precision: 1 = the day is known, 2 = the week, 3 = the month or wider.
        precision = days == 0 ? "1" : days <= 7 ? "2" : "3";
      }
      String sources =
          String.join(
              "; ",
              e.reports().stream()
                  .map(r -> r.outlet() != null ? r.outlet() : r.docId())
                  .filter(s -> s != null)
                  .distinct()
                  .toList());
      String notes =
          String.join(
              " | ",
              e.reports().stream()
                  .map(r -> (r.published() == null ? "" : r.published() + " ") + r.docId())
                  .toList());
      long fatalities =
          e.reports().stream()
              .map(Queries.EventReport::fatalitiesLow)
              .filter(x -> x != null)
              .mapToLong(Double::longValue)
              .min()
              .orElse(0);
      String[] row = new String[ACLED_COLUMNS.size()];
      java.util.Arrays.fill(row, "");
      set(row, "event_id_cnty", "SITREP" + e.id());
      set(row, "event_date", date);
      set(row, "year", date == null ? "" : date.substring(0, 4));
      set(row, "time_precision", precision);
      set(row, "event_type", e.type());
      set(row, "sub_event_type", e.subType());
      set(row, "actor1", e.actor1());
      set(row, "actor2", e.actor2());
      set(row, "location", e.place());
      set(row, "latitude", e.lat() == null ? "" : String.format(Locale.ROOT, "%.4f", e.lat()));
      set(row, "longitude", e.lon() == null ? "" : String.format(Locale.ROOT, "%.4f", e.lon()));
      set(row, "source", sources);
      set(row, "notes", notes);
      set(row, "fatalities", Long.toString(fatalities));
      out.write(String.join(",", java.util.Arrays.stream(row).map(Exporter::csv).toList()));
      out.write("\r\n");
      n++;
    }
    return n;
  }

  private static void set(String[] row, String column, String value) {
    row[ACLED_COLUMNS.indexOf(column)] = value == null ? "" : value;
  }

  /** RFC 4180 quoting. */
  static String csv(String v) {
    if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
      return "\"" + v.replace("\"", "\"\"") + "\"";
    }
    return v;
  }

  private int geojson(Writer out) throws IOException {
    ObjectNode fc = JSON.createObjectNode();
    fc.put("type", "FeatureCollection");
    ArrayNode features = fc.putArray("features");
    for (Queries.ReconciledEvent e :
        new Queries(store)
            .events(new Queries.EventFilter(null, null, null, null, null, null, null, null))) {
      if (e.lat() == null || e.lon() == null) {
        continue;
      }
      ObjectNode f = features.addObject();
      f.put("type", "Feature");
      ObjectNode g = f.putObject("geometry");
      g.put("type", "Point");
      g.putArray("coordinates").add(e.lon()).add(e.lat());
      ObjectNode p = f.putObject("properties");
      p.put("kind", "event");
      p.put("id", e.id());
      p.put("type", e.type());
      p.put("sub_type", e.subType());
      p.put("date_from", e.dateFrom());
      p.put("date_to", e.dateTo());
      p.put("place", e.place());
      if (e.fatalitiesLow() != null) {
        p.put("fatalities_low", e.fatalitiesLow());
      }
      if (e.fatalitiesHigh() != null) {
        p.put("fatalities_high", e.fatalitiesHigh());
      }
      p.put("sources", e.reports().size());
      ArrayNode actors = p.putArray("actors");
      e.actors().forEach(actors::add);
      ArrayNode targets = p.putArray("targets");
      e.targets().forEach(targets::add);
    }
    try (PreparedStatement ps =
            store
                .connection()
                .prepareStatement(
                    "SELECT doc_id, published, record_json FROM articles WHERE status = 'analysed'"
                        + " ORDER BY id");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        JsonNode record = JSON.readTree(rs.getString(3));
        for (JsonNode m : record.path("movements")) {
          JsonNode from = m.path("from");
          JsonNode to = m.path("to");
          if (!hasPoint(from) || !hasPoint(to)) {
            continue;
          }
          ObjectNode f = features.addObject();
          f.put("type", "Feature");
          ObjectNode g = f.putObject("geometry");
          g.put("type", "LineString");
          ArrayNode coords = g.putArray("coordinates");
          coords.addArray().add(from.get("lon").asDouble()).add(from.get("lat").asDouble());
          coords.addArray().add(to.get("lon").asDouble()).add(to.get("lat").asDouble());
          ObjectNode p = f.putObject("properties");
          p.put("kind", "movement");
          p.put("who", m.path("who").asText(null));
          p.put("from", from.path("name").asText(null));
          p.put("to", to.path("name").asText(null));
          p.set("count", m.path("count"));
          p.set("date", m.path("date"));
          p.put("doc_id", rs.getString(1));
          p.put("published", rs.getString(2));
        }
      }
    } catch (SQLException e) {
      throw new StoreException("exporting movements", e);
    }
    JSON.writerWithDefaultPrettyPrinter()
        .without(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET)
        .writeValue(out, fc);
    return features.size();
  }

  private static boolean hasPoint(JsonNode place) {
    return place.isObject() && place.path("lat").isNumber() && place.path("lon").isNumber();
  }
}
