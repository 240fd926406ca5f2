package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The store contract on a real PostgreSQL server, named by the environment variable or system
 * property {@code SITREP_TEST_PG_URL} (CI sets it with {@code .ci/postgres.sh}). Every test starts
 * from an empty schema. Skipped, with a message, only when no server is configured.
 */
class StorePostgresIT extends StoreContract {
  static String url() {
    String url = System.getProperty("SITREP_TEST_PG_URL", System.getenv("SITREP_TEST_PG_URL"));
    Assumptions.assumeTrue(
        url != null && !url.isBlank(),
        "SITREP_TEST_PG_URL is not set: PostgreSQL store tests skipped (run .ci/postgres.sh)");
    return url;
  }

  @BeforeEach
  void emptySchema() throws SQLException {
    try (Connection c = DriverManager.getConnection(url());
        Statement s = c.createStatement()) {
      s.execute("DROP SCHEMA IF EXISTS public CASCADE");
      s.execute("CREATE SCHEMA public");
    }
  }

  @Override
  Store open() {
    return Store.open(url());
  }

  @Test
  void aJdbcUrlOpensPostgresql() {
    try (Store s = open()) {
      assertThat(s.dialect()).isEqualTo(Dialect.POSTGRESQL);
    }
  }
}
