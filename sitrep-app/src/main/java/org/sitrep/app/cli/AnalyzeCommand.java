package org.sitrep.app.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.app.io.Input;
import org.sitrep.app.io.InputReader;
import org.sitrep.app.io.RecordJson;
import org.sitrep.app.io.TextDecoder;
import org.sitrep.core.pipeline.Pipeline;
import org.sitrep.extract.PipelineOptions;
import org.sitrep.extract.StandardPipeline;
import org.sitrep.extract.TimeTagger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sitrep analyze}: articles in, one analysis record per line out, in input order. */
@Command(
    name = "analyze",
    mixinStandardHelpOptions = true,
    description = {
      "Analyse articles: entities, quotes, times, quantities, places, events, movements, claims.",
      "Prints one JSON record per article (JSON Lines), in input order. A document that cannot be analysed is reported on standard error with its reason; the run goes on and exits with status 1 and a count at the end."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:every document was analysed",
      "1:some documents could not be analysed: each is reported on standard error with"
          + " its reason, the count at the end; the others are written",
      "2:bad arguments or missing inputs"
    },
    footer = {
      "",
      "Examples:",
      "  sitrep analyze article.txt --published 2018-02-04",
      "  sitrep analyze --input articles.jsonl --output records.jsonl --threads 2",
      "  cat article.txt | sitrep analyze -"
    })
final class AnalyzeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "PATH",
      arity = "0..*",
      description = "Plain-text files or directories of them; '-' reads standard input.")
  List<Path> paths = new ArrayList<>();

  @Option(
      names = "--input",
      paramLabel = "FILE.jsonl",
      description =
          "JSON Lines in the contract's input form: {\"id\", \"text\", \"published\", ...}.")
  Path jsonl;

  @Option(
      names = "--published",
      paramLabel = "DATE",
      description = "Publication date (YYYY-MM-DD) for plain-text inputs; anchors 'last month'.")
  LocalDate published;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Where to write the records (default: standard output).")
  Path output;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Worker threads (default: all cores, ${DEFAULT-VALUE}).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(
      names = "--max-bytes",
      paramLabel = "N",
      description = "Refuse documents larger than this (default: ${DEFAULT-VALUE}).")
  long maxBytes = TextDecoder.DEFAULT_MAX_BYTES;

  @Option(
      names = "--time-tagger",
      paramLabel = "NAME",
      description =
          "Time tagger: sitrep (default) or sutime (CoreNLP's SUTime unchanged, as a baseline).")
  String timeTagger = TimeTagger.SITREP.id();

  @Option(
      names = "--nlp-cache",
      paramLabel = "DIR",
      description =
          "Keep CoreNLP's tokens, sentences and entity tags in DIR and reuse them: re-analysing the"
              + " same articles after an extractor changes then skips parsing (about 95%% of the"
              + " time).")
  Path nlpCache;

  @Option(names = "--no-progress", description = "No progress report on standard error.")
  boolean noProgress;

  @Override
  public Integer call() throws IOException {
    if (threads < 1) {
      throw new ParameterException(
          spec.commandLine(), "--threads must be 1 or more, got " + threads);
    }
    if (maxBytes < 1) {
      throw new ParameterException(
          spec.commandLine(), "--max-bytes must be 1 or more, got " + maxBytes);
    }
    TimeTagger tagger;
    try {
      tagger = TimeTagger.parse(timeTagger);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--time-tagger: " + e.getMessage());
    }
    if (jsonl == null && paths.isEmpty()) {
      throw new ParameterException(
          spec.commandLine(),
          "nothing to analyse: give files or directories, --input FILE.jsonl, or '-' for standard"
              + " input");
    }
    if (jsonl != null && !Files.isRegularFile(jsonl)) {
      throw new ParameterException(spec.commandLine(), "--input: no such file: " + jsonl);
    }
    PrintStream err = System.err;
    InputReader reader = new InputReader(new TextDecoder(maxBytes), published);
    List<Iterator<Input>> sources = new ArrayList<>();
    long total = 0;
    List<Path> files = new ArrayList<>();
    boolean stdin = paths.remove(Path.of("-"));
    try {
      files.addAll(reader.expand(paths));
    } catch (IOException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    total += files.size();
    sources.add(files.stream().map(reader::readFile).iterator());
    if (stdin) {
      total++;
      sources.add(List.of(reader.readStream("stdin", System.in)).iterator());
    }
    if (jsonl != null) {
      total += countLines(jsonl);
      sources.add(reader.readJsonLines(jsonl));
    }
    Iterator<Input> all = sources.stream().flatMap(Analyze::stream).iterator();

    Pipeline pipeline =
        StandardPipeline.create(
            PipelineOptions.defaults(Paths.root()).withTimeTagger(tagger).withNlpCache(nlpCache));
    Writer out =
        output == null
            ? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))
            : Files.newBufferedWriter(output, StandardCharsets.UTF_8);
    Analyzer.Counts counts;
    try (Progress progress = new Progress("analyze", total, !noProgress, err)) {
      counts =
          new Analyzer(pipeline, threads, err)
              .run(
                  all,
                  r -> {
                    try {
                      out.write(RecordJson.line(r));
                      out.write('\n');
                    } catch (IOException e) {
                      throw new UncheckedIOException(e);
                    }
                  },
                  progress);
    } finally {
      if (output == null) {
        out.flush();
      } else {
        out.close();
      }
    }
    if (counts.failed() > 0) {
      err.printf(
          "sitrep: %d of %d documents could not be analysed (reasons above)%n",
          counts.failed(), counts.failed() + counts.analysed());
      return 1;
    }
    return 0;
  }

  private static long countLines(Path file) throws IOException {
    try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
      return lines.filter(l -> !l.isBlank()).count();
    } catch (UncheckedIOException e) {
      return 0;
    }
  }

  /** Stream adapters. */
  static final class Analyze {
    private Analyze() {}

    static <T> java.util.stream.Stream<T> stream(Iterator<T> it) {
      return java.util.stream.StreamSupport.stream(
          java.util.Spliterators.spliteratorUnknownSize(it, java.util.Spliterator.ORDERED), false);
    }
  }
}
