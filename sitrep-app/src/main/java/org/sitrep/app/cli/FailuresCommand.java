package org.sitrep.app.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.store.Queries;
import org.sitrep.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code sitrep failures}: the inputs that could not be ingested, and why. */
@Command(
    name = "failures",
    mixinStandardHelpOptions = true,
    description = "List the documents that could not be ingested or analysed, with the reason.")
final class FailuresCommand implements Callable<Integer> {
  @Mixin DbOption db;

  @Option(names = "--json", description = "JSON instead of a table.")
  boolean json;

  @Override
  public Integer call() {
    try (Store store = db.openExisting()) {
      List<Queries.Failure> failures = new Queries(store).failures();
      if (json) {
        JsonOut.print(System.out, failures);
        return 0;
      }
      Table t = new Table(List.of("INPUT", "REASON"), 60, 100);
      failures.forEach(f -> t.add(f.input(), f.reason()));
      t.print(System.out);
      System.out.printf("%d failed document(s).%n", failures.size());
    }
    return 0;
  }
}
