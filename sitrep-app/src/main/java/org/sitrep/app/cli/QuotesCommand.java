package org.sitrep.app.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.store.Queries;
import org.sitrep.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code sitrep quotes}: who said what, across the corpus. */
@Command(
    name = "quotes",
    mixinStandardHelpOptions = true,
    description = "List quotations across the corpus, optionally by speaker.")
final class QuotesCommand implements Callable<Integer> {
  @Mixin DbOption db;

  @Option(
      names = "--speaker",
      paramLabel = "NAME",
      description = "Speakers whose name or role contains NAME.")
  String speaker;

  @Option(
      names = "--limit",
      paramLabel = "N",
      description = "At most N (default: ${DEFAULT-VALUE}).")
  int limit = 200;

  @Option(names = "--json", description = "JSON instead of a table.")
  boolean json;

  @Override
  public Integer call() {
    try (Store store = db.openExisting()) {
      List<Queries.QuoteRow> rows = new Queries(store).quotes(speaker, limit);
      if (json) {
        JsonOut.print(System.out, rows);
        return 0;
      }
      Table t = new Table(List.of("PUBLISHED", "SPEAKER", "QUOTE", "ARTICLE"), 10, 28, 80, 30);
      rows.forEach(
          q ->
              t.add(
                  q.published(),
                  q.speaker() != null ? q.speaker() : q.description(),
                  "“" + q.text() + "”",
                  q.docId()));
      t.print(System.out);
      System.out.printf("%d quotation(s).%n", rows.size());
    }
    return 0;
  }
}
