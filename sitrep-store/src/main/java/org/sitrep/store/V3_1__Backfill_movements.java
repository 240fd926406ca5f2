package org.sitrep.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Fills in what migration V3 added for articles stored before it: their movements, and their
 * events' certainty and background flag, read back from each article's stored record. Flyway takes
 * the version and description from the class name, hence its form.
 */
final class V3_1__Backfill_movements extends BaseJavaMigration {
  /** Articles read per round trip. */
  private static final int BATCH = 200;

  @Override
  public void migrate(Context context) throws SQLException {
    Connection conn = context.getConnection();
    long after = 0;
    while (true) {
      List<Long> ids = new ArrayList<>();
      List<String> records = new ArrayList<>();
      try (PreparedStatement ps =
          conn.prepareStatement(
              "SELECT id, record_json FROM articles WHERE status = 'analysed' AND id > ?"
                  + " AND record_json IS NOT NULL ORDER BY id LIMIT "
                  + BATCH)) {
        ps.setLong(1, after);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            ids.add(rs.getLong(1));
            records.add(rs.getString(2));
          }
        }
      }
      if (ids.isEmpty()) {
        return;
      }
      for (int k = 0; k < ids.size(); k++) {
        long id = ids.get(k);
        JsonNode record = parse(records.get(k), id);
        MovementRows.insert(conn, id, record.get("movements"));
        updateEvents(conn, id, record.get("events"));
        after = id;
      }
    }
  }

  private static JsonNode parse(String json, long id) throws SQLException {
    try {
      return RecordJson.mapper().readTree(json);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new SQLException("article " + id + ": stored record is not JSON: " + e.getMessage(), e);
    }
  }

  private static void updateEvents(Connection conn, long id, JsonNode events) throws SQLException {
    if (events == null || !events.isArray()) {
      return;
    }
    try (PreparedStatement ps =
        conn.prepareStatement(
            "UPDATE events SET certainty = ?, background = ? WHERE article_id = ? AND ordinal = ?")) {
      int ordinal = 0;
      for (JsonNode e : events) {
        JsonNode certainty = e.get("certainty");
        ps.setString(1, certainty == null || certainty.isNull() ? null : certainty.asText());
        ps.setBoolean(2, e.path("background").asBoolean(false));
        ps.setLong(3, id);
        ps.setInt(4, ordinal++);
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }
}
