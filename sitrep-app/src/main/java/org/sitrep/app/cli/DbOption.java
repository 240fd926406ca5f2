package org.sitrep.app.cli;

import org.sitrep.store.Store;
import picocli.CommandLine.Option;

/** The {@code --db} option every corpus command shares. */
final class DbOption {
  @Option(
      names = "--db",
      paramLabel = "PATH|JDBC-URL",
      description =
          "The corpus database: a SQLite file (default: ${DEFAULT-VALUE} in the working"
              + " directory) or a PostgreSQL JDBC URL, jdbc:postgresql://HOST/DB?user=U&password=P.")
  String db = Store.DEFAULT_FILE;

  /** Opens the database, creating and migrating it when needed. */
  Store open() {
    return Store.open(db);
  }
}
