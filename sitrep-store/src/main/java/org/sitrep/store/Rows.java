package org.sitrep.store;

import java.sql.ResultSet;
import java.sql.SQLException;

/** Nullable column reads, which JDBC's primitive getters do not give. */
final class Rows {
  private Rows() {}

  static Double getDouble(ResultSet rs, int column) throws SQLException {
    double v = rs.getDouble(column);
    return rs.wasNull() ? null : v;
  }

  static Long getLong(ResultSet rs, int column) throws SQLException {
    long v = rs.getLong(column);
    return rs.wasNull() ? null : v;
  }
}
