package org.sitrep.store;

/** The database engines the store runs on; each has its own migration folder. */
public enum Dialect {
  /** Embedded SQLite, one file (the default). */
  SQLITE("sqlite"),
  /** A PostgreSQL server, for a shared corpus. */
  POSTGRESQL("postgresql");

  private final String folder;

  Dialect(String folder) {
    this.folder = folder;
  }

  /** The Flyway location of this dialect's migrations. */
  String migrations() {
    return "classpath:db/migration/" + folder;
  }

  /** The dialect of a JDBC URL. */
  static Dialect of(String jdbcUrl) {
    if (jdbcUrl.startsWith("jdbc:sqlite:")) {
      return SQLITE;
    }
    if (jdbcUrl.startsWith("jdbc:postgresql:")) {
      return POSTGRESQL;
    }
    throw new IllegalArgumentException(
        "unsupported database (use a file path, jdbc:sqlite:FILE or jdbc:postgresql://...): "
            + jdbcUrl);
  }
}
