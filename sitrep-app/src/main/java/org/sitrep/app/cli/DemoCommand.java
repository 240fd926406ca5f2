package org.sitrep.app.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.app.io.InputReader;
import org.sitrep.app.io.TextDecoder;
import org.sitrep.core.model.AnalysisRecord;
import org.sitrep.extract.PipelineOptions;
import org.sitrep.extract.StandardPipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code sitrep demo}: analyse the bundled sample articles and summarise what was found. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Analyse the bundled sample articles and print a readable summary of what was found.",
      "The samples (samples/articles.jsonl) are written by the project, illustrative only. They are also stored in the embedded corpus database (sitrep.db) for the query commands."
    })
final class DemoCommand implements Callable<Integer> {

  @Option(
      names = "--samples",
      paramLabel = "FILE.jsonl",
      description = "Articles to use instead of the bundled samples.")
  Path samples;

  @Mixin DbOption db;

  @Option(names = "--no-store", description = "Only analyse and summarise; store nothing.")
  boolean noStore;

  @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Override
  public Integer call() throws IOException {
    Path file = samples != null ? samples : Paths.root().resolve("samples/articles.jsonl");
    if (!Files.isRegularFile(file)) {
      System.err.println("sitrep demo: no samples at " + file);
      return 2;
    }
    PrintStream out = System.out;
    out.println("Loading the language models (first start takes 10-20 s)...");
    var pipeline = StandardPipeline.create(PipelineOptions.defaults(Paths.root()));
    InputReader reader = new InputReader(new TextDecoder(TextDecoder.DEFAULT_MAX_BYTES), null);
    List<AnalysisRecord> records = new ArrayList<>();
    long n;
    try (var lines = Files.lines(file)) {
      n = lines.filter(l -> !l.isBlank()).count();
    }
    Analyzer.Counts counts;
    try (Progress progress = new Progress("demo", n, true, System.err)) {
      counts =
          new Analyzer(pipeline, threads, System.err)
              .run(reader.readJsonLines(file), records::add, progress);
    }
    Summary summary = new Summary(out);
    records.forEach(summary::print);
    out.printf(
        "Analysed %d sample article(s)%s. For the full records: sitrep analyze --input %s%n",
        counts.analysed(), counts.failed() > 0 ? ", " + counts.failed() + " failed" : "", file);
    if (noStore) {
      return counts.failed() > 0 ? 1 : 0;
    }
    out.println();
    out.println(
        "Storing them in the corpus database (" + db.db + "); already stored articles are kept:");
    out.flush();
    int stored =
        Main.commandLine().execute("ingest", file.toString(), "--db", db.db, "--no-progress");
    return counts.failed() > 0 || stored != 0 ? 1 : 0;
  }
}
