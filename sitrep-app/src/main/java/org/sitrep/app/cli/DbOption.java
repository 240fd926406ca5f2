package org.sitrep.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.sitrep.store.Store;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The {@code --db} option every corpus command shares. */
final class DbOption {
  @Spec(Spec.Target.MIXEE)
  CommandSpec command;

  @Option(
      names = "--db",
      paramLabel = "PATH|JDBC-URL",
      description =
          "The corpus database: a SQLite file (default: ${DEFAULT-VALUE} in the working"
              + " directory) or a PostgreSQL JDBC URL, jdbc:postgresql://HOST/DB?user=U&password=P.")
  String db = Store.DEFAULT_FILE;

  /** Opens the database, creating and migrating it when needed (for commands that write). */
  Store open() {
    return Store.open(db);
  }

  /**
   * Opens a corpus that must exist already (for commands that only read): a SQLite file that is not
   * there is a usage error naming the file and how to create it, not a new empty corpus.
   */
  Store openExisting() {
    if (!db.startsWith("jdbc:") && !Files.isRegularFile(Path.of(db))) {
      throw new ParameterException(
          command.commandLine(),
          "--db: no corpus at "
              + db
              + " (create one with: sitrep ingest FILE... --db "
              + db
              + ", or try sitrep demo)");
    }
    return open();
  }
}
