package org.sitrep.app.cli;

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
    return cl;
  }

  @Override
  public void run() {
    CommandLine.usage(this, System.err);
  }
}
