package org.sitrep.spark;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.sitrep.extract.TimeTagger;
import org.sitrep.ingest.SourceReader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep spark}: the standard pipeline as a Spark job, also the main class for {@code
 * spark-submit}. Exit status 0 when every line was analysed, 1 when some became failure records, 2
 * for bad arguments, 3 when records and failures do not add up to the input.
 */
@Command(
    name = "sitrep spark",
    mixinStandardHelpOptions = true,
    description = {
      "Analyse JSON Lines articles on Apache Spark, one pipeline per executor JVM.",
      "Writes OUT/records/part-* (one analysis record per line, as sitrep analyze writes them) and"
          + " OUT/failures/part-* (one {\"line\", \"id\", \"reason\"} per malformed or failing"
          + " article), then prints 'analysed A + failed F = input N'."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:every article was analysed",
      "1:some articles could not be analysed: each has a record in OUT/failures",
      "2:bad arguments, or OUT exists without --overwrite",
      "3:records and failures do not add up to the input lines"
    },
    footer = {
      "",
      "Examples:",
      "  sitrep spark --input articles.jsonl --output out --master local[2]",
      "  spark-submit --class org.sitrep.spark.SparkAnalyze ... sitrep-spark.jar --input 'in/*.jsonl'"
          + " --output hdfs:///sitrep/out --gazetteer /opt/sitrep/data/gazetteer"
    })
public final class SparkAnalyze implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--input",
      required = true,
      paramLabel = "PATH",
      description =
          "JSON Lines in the contract's input form ({\"id\", \"text\", \"published\", ...}): a file,"
              + " a directory or a glob, any file system Spark reads.")
  String input;

  @Option(
      names = "--output",
      required = true,
      paramLabel = "DIR",
      description = "Output directory; must not exist unless --overwrite.")
  String output;

  @Option(names = "--overwrite", description = "Delete an existing output directory first.")
  boolean overwrite;

  @Option(
      names = "--master",
      paramLabel = "URL",
      description =
          "Spark master (default: spark-submit's, else local[*]): local[N], spark://host:port,"
              + " yarn, k8s://...")
  String master;

  @Option(
      names = "--partitions",
      paramLabel = "N",
      description = "Repartition the input into N partitions (default: the input's own splits).")
  Integer partitions;

  @Option(
      names = "--time-tagger",
      paramLabel = "NAME",
      description = "Time tagger: sitrep (default) or sutime (CoreNLP's SUTime, a baseline).")
  String timeTagger = TimeTagger.SITREP.id();

  @Option(
      names = "--nlp-cache",
      paramLabel = "DIR",
      description =
          "Keep CoreNLP's layers in DIR and reuse them (safe to share between JVMs: entries are"
              + " written to a temporary file and moved). A local path on every node.")
  Path nlpCache;

  @Option(
      names = "--gazetteer",
      paramLabel = "DIR",
      description =
          "The built gazetteer index, at the same path on every node (default: data/gazetteer"
              + " under the Sitrep root, -Dsitrep.root or the working directory).")
  Path gazetteer;

  @Option(
      names = "--max-bytes",
      paramLabel = "N",
      description = "Refuse articles larger than this (default: ${DEFAULT-VALUE}).")
  long maxBytes = SourceReader.DEFAULT_MAX_BYTES;

  /** Runs the command line and exits with its status. */
  public static void main(String[] args) {
    System.exit(execute(args));
  }

  /** Runs the command line and returns its exit status. */
  public static int execute(String... args) {
    return new CommandLine(new SparkAnalyze()).execute(args);
  }

  /** Runs the command line with its output and messages going to {@code out} and {@code err}. */
  static int execute(PrintWriter out, PrintWriter err, String... args) {
    return new CommandLine(new SparkAnalyze()).setOut(out).setErr(err).execute(args);
  }

  @Override
  public Integer call() throws IOException {
    if (partitions != null && partitions < 1) {
      throw new ParameterException(
          spec.commandLine(), "--partitions must be 1 or more, got " + partitions);
    }
    if (maxBytes < 1) {
      throw new ParameterException(
          spec.commandLine(), "--max-bytes must be 1 or more, got " + maxBytes);
    }
    try {
      TimeTagger.parse(timeTagger);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--time-tagger: " + e.getMessage());
    }
    Path gaz = gazetteer != null ? gazetteer : root().resolve("data").resolve("gazetteer");
    JobSettings settings =
        new JobSettings(
            gaz.toAbsolutePath().toString(),
            timeTagger,
            nlpCache == null ? null : nlpCache.toAbsolutePath().toString(),
            maxBytes);
    org.apache.hadoop.fs.Path out = new org.apache.hadoop.fs.Path(output);
    FileSystem fs = out.getFileSystem(new Configuration());
    if (fs.exists(out)) {
      if (!overwrite) {
        throw new ParameterException(
            spec.commandLine(),
            "--output: " + output + " exists; choose another or add --overwrite");
      }
      fs.delete(out, true);
    }
    SparkConf conf = new SparkConf().setAppName("sitrep-analyze");
    if (master != null || !conf.contains("spark.master")) {
      conf.setMaster(master != null ? master : "local[*]");
    }
    if (conf.get("spark.master").startsWith("local")) {
      conf.setIfMissing("spark.ui.enabled", "false");
    }
    conf.setIfMissing("spark.ui.showConsoleProgress", "false");
    AnalyzeJob.Counts counts;
    try (JavaSparkContext sc = new JavaSparkContext(conf)) {
      counts = AnalyzeJob.run(sc, input, output, partitions == null ? 0 : partitions, settings);
    }
    PrintWriter o = spec.commandLine().getOut();
    o.printf(
        "analysed %d + failed %d = input %d%s%n",
        counts.analysed(),
        counts.failed(),
        counts.input(),
        counts.balanced() ? "" : " DOES NOT HOLD: records were lost");
    o.flush();
    if (!counts.balanced()) {
      return 3;
    }
    return counts.failed() > 0 ? 1 : 0;
  }

  private static Path root() {
    String root = System.getProperty("sitrep.root");
    return root != null ? Path.of(root) : Path.of("").toAbsolutePath();
  }
}
