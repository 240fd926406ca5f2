package org.sitrep.app.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.core.model.Range;
import org.sitrep.store.Queries;
import org.sitrep.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code sitrep movements}: who went from where to where, across the corpus. */
@Command(
    name = "movements",
    mixinStandardHelpOptions = true,
    description = {
      "List movements across the corpus: who went from where to where, how many, when.",
      "Fighters fleeing, civilians returning home, a named person travelling: each with who says"
          + " so and how firmly."
    },
    footer = {
      "",
      "Examples:",
      "  sitrep movements --who fighters --place Syria",
      "  sitrep movements --from 2018-01-01 --to 2018-02-28 --json"
    })
final class MovementsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin DbOption db;

  @Option(names = "--who", paramLabel = "TEXT", description = "Who moved contains TEXT.")
  String who;

  @Option(
      names = "--place",
      paramLabel = "NAME",
      description = "The origin or the destination contains NAME.")
  String place;

  @Option(names = "--from", paramLabel = "DATE", description = "On or after DATE (YYYY-MM-DD).")
  LocalDate from;

  @Option(names = "--to", paramLabel = "DATE", description = "On or before DATE (YYYY-MM-DD).")
  LocalDate to;

  @Option(
      names = "--limit",
      paramLabel = "N",
      description = "At most N (default: ${DEFAULT-VALUE}).")
  int limit = 200;

  @Option(names = "--json", description = "JSON instead of a table.")
  boolean json;

  @Override
  public Integer call() {
    if (limit < 1) {
      throw new ParameterException(spec.commandLine(), "--limit must be at least 1, was " + limit);
    }
    try (Store store = db.openExisting()) {
      List<Queries.MovementRow> rows =
          new Queries(store).movements(new Queries.MovementFilter(who, place, from, to, limit));
      if (json) {
        JsonOut.print(System.out, rows);
        return 0;
      }
      Table t =
          new Table(
              List.of("DATE", "WHO", "HOW MANY", "FROM", "TO", "SOURCE", "CERTAINTY", "ARTICLE"),
              21,
              36,
              12,
              26,
              26,
              28,
              11,
              24);
      for (Queries.MovementRow m : rows) {
        t.add(
            m.date() != null ? m.date() : "(" + m.published() + ")",
            m.who(),
            m.countLow() == null && m.countHigh() == null
                ? ""
                : Summary.range(new Range(m.countLow(), m.countHigh())),
            m.from(),
            m.to(),
            m.source(),
            m.certainty(),
            m.docId());
      }
      t.print(System.out);
      System.out.printf(
          "%d movement(s). A date in parentheses is the article's: the text gives none.%n",
          rows.size());
      return 0;
    }
  }
}
