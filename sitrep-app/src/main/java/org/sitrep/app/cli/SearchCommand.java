package org.sitrep.app.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.store.Queries;
import org.sitrep.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sitrep search}: full-text search of the analysed articles. */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    description = {
      "Full-text search of the analysed articles, best match first.",
      "SQLite FTS5 with bm25; PostgreSQL text search with ts_rank. Every word must occur."
    })
final class SearchCommand implements Callable<Integer> {
  @Mixin DbOption db;

  @Parameters(paramLabel = "TEXT", arity = "1..*", description = "Words to find.")
  List<String> words;

  @Option(
      names = "--limit",
      paramLabel = "N",
      description = "At most N (default: ${DEFAULT-VALUE}).")
  int limit = 20;

  @Option(names = "--json", description = "JSON instead of a table.")
  boolean json;

  @Override
  public Integer call() {
    try (Store store = db.openExisting()) {
      List<Queries.Hit> hits = new Queries(store).search(String.join(" ", words), limit);
      if (json) {
        JsonOut.print(System.out, hits);
        return 0;
      }
      Table t = new Table(List.of("PUBLISHED", "ARTICLE", "TITLE", "MATCH"), 10, 24, 40, 90);
      hits.forEach(h -> t.add(h.published(), h.docId(), h.title(), h.snippet()));
      t.print(System.out);
      System.out.printf("%d article(s).%n", hits.size());
    }
    return 0;
  }
}
