package org.sitrep.app.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.extract.PipelineOptions;
import org.sitrep.extract.StandardPipeline;
import org.sitrep.ingest.Documents;
import org.sitrep.ingest.SourceReader;
import org.sitrep.ingest.dedup.NearDuplicates;
import org.sitrep.store.Queries;
import org.sitrep.store.Reconciler;
import org.sitrep.store.Store;
import org.sitrep.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sitrep ingest}: analyse sources into the corpus database, once each. */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Analyse articles into the corpus database.",
      "Reads plain text, HTML pages, RSS/Atom feeds, WARC archives, JSON Lines (the contract's input form), and directories of any of these. Exact and near duplicates (syndicated copies) are linked to their original, not analysed again. Sources are read as the run goes (files, JSON lines and WARC records one at a time), so memory stays bounded however large they are. Each article commits atomically: an interrupted run resumes where it stopped. Failed documents are stored with their reason (sitrep failures); the batch goes on."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:every document was analysed or linked as a duplicate",
      "1:some documents failed: stored with their reasons (sitrep failures) and counted in"
          + " the summary, the batch finished; a resumed run counts those an earlier run"
          + " stored",
      "2:bad arguments, missing sources, or a database that cannot be opened"
    },
    footer = {
      "",
      "Examples:",
      "  sitrep ingest samples/articles.jsonl",
      "  sitrep ingest crawl.warc.gz feeds/ --db jdbc:postgresql://db/sitrep?user=me"
    })
final class IngestCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin DbOption db;

  @Parameters(paramLabel = "SOURCE", arity = "1..*", description = "Files or directories.")
  List<Path> sources = new ArrayList<>();

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Analysis threads (default: all cores, ${DEFAULT-VALUE}).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(
      names = "--max-bytes",
      paramLabel = "N",
      description = "Refuse documents larger than this (default: ${DEFAULT-VALUE}).")
  long maxBytes = SourceReader.DEFAULT_MAX_BYTES;

  @Option(
      names = "--near-threshold",
      paramLabel = "J",
      description =
          "Estimated shingle Jaccard similarity at which an article is a near duplicate"
              + " (default: ${DEFAULT-VALUE}).")
  double nearThreshold = NearDuplicates.DEFAULT_THRESHOLD;

  @Option(names = "--no-progress", description = "No progress bar on standard error.")
  boolean noProgress;

  @Override
  public Integer call() {
    if (threads < 1) {
      throw new ParameterException(spec.commandLine(), "--threads must be 1 or more");
    }
    if (maxBytes < 1) {
      throw new ParameterException(spec.commandLine(), "--max-bytes must be 1 or more");
    }
    if (nearThreshold <= 0 || nearThreshold > 1) {
      throw new ParameterException(spec.commandLine(), "--near-threshold must be in (0, 1]");
    }
    SourceReader reader = new SourceReader(maxBytes);
    long estimate;
    Documents docs;
    try {
      estimate = noProgress ? 0 : SourceReader.estimate(sources);
      docs = reader.documents(sources);
    } catch (IOException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    PrintStream err = System.err;
    Ingester.Summary summary;
    Store opened;
    try {
      opened = db.open();
    } catch (StoreException e) {
      docs.close();
      throw new ParameterException(spec.commandLine(), "--db: " + e.getMessage());
    }
    try (Store store = opened;
        Documents documents = docs) {
      if (!noProgress) {
        err.printf("sitrep: about %d document(s) to read%n", estimate);
      }
      java.util.function.Supplier<org.sitrep.core.pipeline.Pipeline> pipeline =
          () -> {
            err.println("sitrep: loading the language models...");
            return StandardPipeline.create(PipelineOptions.defaults(Paths.root()));
          };
      try (Progress progress = new Progress("ingest", estimate, !noProgress, err)) {
        summary = new Ingester(pipeline, store, threads, nearThreshold).run(documents, progress);
      }
      err.printf("sitrep: %d document(s) in %d file(s)%n", summary.total(), documents.files());
      int clusters = new Reconciler(store).run();
      PrintStream out = System.out;
      summary.print(out);
      Store.Totals t = store.totals();
      out.printf(
          "Database %s: %d analysed, %d duplicates, %d failed; %d reconciled event(s).%n",
          db.db.startsWith("jdbc:") ? "(JDBC)" : db.db,
          t.analysed(),
          t.duplicates(),
          t.failed(),
          clusters);
      Queries.Overview o = new Queries(store).overview();
      out.printf(
          "Found: %d event(s) (from %d report(s)), %d quotation(s), %d figure(s), %d place(s).%n",
          o.events(), o.eventReports(), o.quotes(), o.quantities(), o.places());
      if (!o.topPlaces().isEmpty()) {
        out.println("  Places most mentioned: " + String.join(", ", o.topPlaces()));
      }
      if (!o.topSpeakers().isEmpty()) {
        out.println("  Most quoted: " + String.join(", ", o.topSpeakers()));
      }
      out.println(
          "Next: sitrep serve (map, timeline and articles in the browser) | sitrep events"
              + " | sitrep movements | sitrep quotes | sitrep estimates | sitrep search TEXT"
              + " | sitrep export --format geojson");
    }
    if (summary.failures() > 0) {
      err.printf(
          "sitrep: %d of %d documents failed (stored with their reasons: sitrep failures)%n",
          summary.failures(), summary.total());
      return 1;
    }
    return 0;
  }
}
