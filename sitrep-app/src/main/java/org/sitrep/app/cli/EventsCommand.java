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

/** {@code sitrep events}: events reconciled across every article that reports them. */
@Command(
    name = "events",
    mixinStandardHelpOptions = true,
    description = {
      "List events, each merged across every article that reports it, with its sources.",
      "Two reports are one event when their types are compatible, their dates overlap, their"
          + " places lie within 25 km and their actors overlap."
    },
    footer = {
      "",
      "Examples:",
      "  sitrep events --type \"air/drone strike\" --from 2018-01-01 --to 2018-02-28",
      "  sitrep events --near Raqqa --within 50",
      "  sitrep events --near 35.95,39.01 --actor coalition --json"
    })
final class EventsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin DbOption db;

  @Option(
      names = "--type",
      paramLabel = "TYPE",
      description = "Event type or sub-type contains TYPE.")
  String type;

  @Option(names = "--from", paramLabel = "DATE", description = "On or after DATE (YYYY-MM-DD).")
  LocalDate from;

  @Option(names = "--to", paramLabel = "DATE", description = "On or before DATE (YYYY-MM-DD).")
  LocalDate to;

  @Option(names = "--place", paramLabel = "NAME", description = "Place name contains NAME.")
  String place;

  @Option(
      names = "--near",
      paramLabel = "PLACE|LAT,LON",
      description = "Within --within km of a place in the corpus or of coordinates.")
  String near;

  @Option(
      names = "--within",
      paramLabel = "KM",
      description = "Distance for --near (default: ${DEFAULT-VALUE}).")
  double within = 25;

  @Option(names = "--actor", paramLabel = "NAME", description = "An actor's name contains NAME.")
  String actor;

  @Option(names = "--json", description = "JSON instead of a table.")
  boolean json;

  @Override
  public Integer call() {
    try (Store store = db.openExisting()) {
      Queries queries = new Queries(store);
      Double lat = null;
      Double lon = null;
      if (near != null) {
        double[] point = queries.point(near);
        if (point == null) {
          throw new ParameterException(
              spec.commandLine(),
              "--near: no place with coordinates named '" + near + "' in the corpus");
        }
        lat = point[0];
        lon = point[1];
      }
      List<Queries.ReconciledEvent> events =
          queries.events(new Queries.EventFilter(type, from, to, place, lat, lon, within, actor));
      if (json) {
        JsonOut.print(System.out, events);
        return 0;
      }
      Table t =
          new Table(
              List.of("DATE", "TYPE", "WHERE", "ACTORS", "KILLED", "SOURCES"),
              23,
              44,
              24,
              40,
              10,
              7);
      for (Queries.ReconciledEvent e : events) {
        String date =
            e.dateFrom() == null
                ? "?"
                : e.dateFrom().equals(e.dateTo()) ? e.dateFrom() : e.dateFrom() + ".." + e.dateTo();
        t.add(
            date,
            e.subType() != null ? e.type() + " / " + e.subType() : e.type(),
            e.place(),
            String.join(", ", e.actors()),
            e.fatalitiesLow() == null && e.fatalitiesHigh() == null
                ? ""
                : Summary.range(new Range(e.fatalitiesLow(), e.fatalitiesHigh())),
            e.reports().size());
      }
      t.print(System.out);
      System.out.printf(
          "%d event(s) from %d report(s).%n",
          events.size(), events.stream().mapToInt(e -> e.reports().size()).sum());
      return 0;
    }
  }
}
