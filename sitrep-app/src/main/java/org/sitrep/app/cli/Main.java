package org.sitrep.app.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the {@code sitrep} command. */
@Command(
    name = "sitrep",
    mixinStandardHelpOptions = true,
    version = "sitrep 0.1.0",
    description = {
      "Turns news reporting on armed conflict into a sourced, geocoded record: what happened, where, when, to whom, how many, and who says so."
    },
    subcommands = {
      AnalyzeCommand.class,
      DemoCommand.class,
      IngestCommand.class,
      FailuresCommand.class,
      EventsCommand.class,
      QuotesCommand.class,
      MovementsCommand.class,
      EstimatesCommand.class,
      SearchCommand.class,
      ExportCommand.class,
      ServeCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main implements Runnable {

  /** Runs the command line and exits with its status. */
  public static void main(String[] args) {
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    System.exit(commandLine().execute(args));
  }

  /** The configured command line, for tests. */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new Main());
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.registerConverter(LocalDate.class, Main::date);
    return cl;
  }

  /** A date option's value: ISO 8601, with a message that says so instead of a parser's. */
  static LocalDate date(String value) {
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new CommandLine.TypeConversionException(
          "'" + value + "' is not a date: use YYYY-MM-DD, e.g. 2018-02-04");
    }
  }

  @Override
  public void run() {
    CommandLine.usage(this, System.err);
  }
}
