package org.sitrep.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;

/**
 * Writes a record's movements as rows of {@code movements}, from the record's JSON form, so that
 * new articles and the migration that fills in articles stored before the table existed share one
 * mapping.
 */
final class MovementRows {
  private MovementRows() {}

  /** Inserts {@code movements} (the record's JSON array) for article {@code articleId}. */
  static void insert(Connection conn, long articleId, JsonNode movements) throws SQLException {
    if (movements == null || !movements.isArray() || movements.isEmpty()) {
      return;
    }
    try (PreparedStatement ps =
        conn.prepareStatement(
            "INSERT INTO movements (article_id, ordinal, who, count_low, count_high, from_name,"
                + " from_lat, from_lon, from_geonames_id, to_name, to_lat, to_lon, to_geonames_id,"
                + " date_value, date_text, day_from, day_to, source_name, certainty, evidence)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      int ordinal = 0;
      for (JsonNode m : movements) {
        int i = 0;
        ps.setLong(++i, articleId);
        ps.setInt(++i, ordinal++);
        ps.setString(++i, text(m.get("who")));
        setNumber(ps, ++i, m.path("count").get("low"));
        setNumber(ps, ++i, m.path("count").get("high"));
        i = setPlace(ps, i, m.get("from"));
        i = setPlace(ps, i, m.get("to"));
        String value = text(m.path("date").get("value"));
        Timex.Days days = value == null ? null : Timex.days(value);
        ps.setString(++i, value);
        ps.setString(++i, text(m.path("date").get("text")));
        ps.setString(++i, days == null ? null : days.from().toString());
        ps.setString(++i, days == null ? null : days.to().toString());
        JsonNode source = m.path("source");
        String name = text(source.get("name"));
        ps.setString(++i, name != null ? name : text(source.get("description")));
        ps.setString(++i, text(m.get("certainty")));
        JsonNode evidence = m.get("evidence");
        ps.setString(++i, evidence == null || evidence.isNull() ? "[]" : evidence.toString());
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  private static int setPlace(PreparedStatement ps, int i, JsonNode place) throws SQLException {
    JsonNode p = place == null ? com.fasterxml.jackson.databind.node.NullNode.instance : place;
    ps.setString(++i, text(p.get("name")));
    setNumber(ps, ++i, p.get("lat"));
    setNumber(ps, ++i, p.get("lon"));
    JsonNode id = p.get("geonames_id");
    if (id == null || !id.isNumber()) {
      ps.setNull(++i, Types.BIGINT);
    } else {
      ps.setLong(++i, id.longValue());
    }
    return i;
  }

  private static void setNumber(PreparedStatement ps, int i, JsonNode n) throws SQLException {
    if (n == null || !n.isNumber()) {
      ps.setNull(i, Types.DOUBLE);
    } else {
      ps.setDouble(i, n.doubleValue());
    }
  }

  private static String text(JsonNode n) {
    return n == null || n.isNull() ? null : n.asText();
  }
}
