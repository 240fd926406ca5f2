package org.sitrep.app.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.core.model.Range;
import org.sitrep.store.Estimates;
import org.sitrep.store.Queries;
import org.sitrep.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code sitrep estimates}: how figures for the same quantity differ by source and over time. */
@Command(
    name = "estimates",
    mixinStandardHelpOptions = true,
    description = {
      "Show the figures articles give for the same quantity, side by side by source.",
      "Figures are grouped by what is counted and where, each source's figure in publication order, with the range they span and outliers (*)."
    })
final class EstimatesCommand implements Callable<Integer> {
  @Mixin DbOption db;

  @Option(
      names = "--counts",
      paramLabel = "WHAT",
      description = "What is counted contains WHAT (e.g. fighters).")
  String counts;

  @Option(
      names = "--min-sources",
      paramLabel = "N",
      description = "Only quantities with at least N estimates (default: ${DEFAULT-VALUE}).")
  int minSources = 1;

  @Option(names = "--json", description = "JSON instead of a table.")
  boolean json;

  @Override
  public Integer call() {
    try (Store store = db.openExisting()) {
      List<Estimates.Group> groups =
          new Queries(store)
              .estimates(counts).stream().filter(g -> g.estimates().size() >= minSources).toList();
      if (json) {
        JsonOut.print(System.out, groups);
        return 0;
      }
      PrintStream out = System.out;
      for (Estimates.Group g : groups) {
        out.printf(
            "%n%s%s: %s, %d estimate(s)%s%n",
            g.counts(),
            g.place() == null ? "" : " in " + g.place(),
            Summary.range(new Range(g.low(), g.high())),
            g.estimates().size(),
            g.outliers() > 0 ? ", " + g.outliers() + " outlier(s) marked *" : "");
        Table t =
            new Table(
                List.of("PUBLISHED", "ESTIMATE", "ACCORDING TO", "TEXT", "ARTICLE"),
                10,
                14,
                28,
                40,
                30);
        for (Estimates.Estimate e : g.estimates()) {
          t.add(
              e.published(),
              (e.outlier() ? "* " : "") + Summary.range(new Range(e.low(), e.high())),
              according(e),
              e.text(),
              e.docId());
        }
        t.print(out);
      }
      out.printf("%n%d quantit(ies) estimated.%n", groups.size());
    }
    return 0;
  }

  /** The source with how firmly its claim puts the figure: "Ryan Dillon (believed)". */
  static String according(Estimates.Estimate e) {
    if (e.certainty() == null) {
      return e.source();
    }
    return (e.source() == null ? "" : e.source() + " ") + "(" + e.certainty() + ")";
  }
}
