package org.sitrep.bench;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The corpus benchmark's command line ({@code ./sitrep bench [FILE.jsonl] [--docs N] [--repeat
 * N]}), checked before anything loads, so a bad flag stops with a message that says what is allowed
 * instead of a stack trace.
 *
 * @param input the articles, JSON Lines in the contract's input form
 * @param docs how many of them to read (from the start)
 * @param repeat how many one- and two-thread runs alternate
 * @param help whether the usage was asked for
 */
record BenchOptions(Path input, int docs, int repeat, boolean help) {

  /** What {@code ./sitrep bench --help} prints. */
  static final String USAGE =
      """
      Usage: ./sitrep bench [FILE.jsonl] [--docs N] [--repeat N]
             ./sitrep bench --corpus N [--kill-at F] [--min-words N] [--threads N] [--xmx SIZE]
                            [--dir DIR] [--corpus-only]
             ./sitrep bench --jmh [JMH options]

      The corpus benchmark: tokens/s of Sitrep's full analysis and of CoreNLP's
      tokenize,ssplit,pos,lemma,ner on the same texts, the ratio, the scaling from one to two
      threads, each annotator's share, peak heap and start-up time.
        FILE.jsonl   articles in the contract's input form
                     (default: ../shared/data/quotes/dev.input.jsonl)
        --docs N     read the first N articles (default 40)
        --repeat N   alternate N one- and two-thread runs and report medians (default 3)
      --corpus N: ingest N generated articles into a fresh corpus, kill the run at --kill-at
      (default 0.3) of the way and resume it; --jmh: the JMH micro-benchmarks.
      Set the heap with SITREP_JAVA_OPTS (default -Xmx6g).
      """;

  /**
   * Reads the arguments.
   *
   * @throws IllegalArgumentException naming the bad argument and what is allowed
   */
  static BenchOptions parse(String[] args, Path defaultInput) {
    Path input = defaultInput;
    int docs = 40;
    int repeat = 3;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      switch (a) {
        case "-h", "--help" -> {
          return new BenchOptions(input, docs, repeat, true);
        }
        case "--docs" -> docs = positive(a, value(args, ++i, a));
        case "--repeat" -> repeat = positive(a, value(args, ++i, a));
        default -> {
          if (a.startsWith("-")) {
            throw new IllegalArgumentException(
                "unknown option "
                    + a
                    + " (allowed: FILE.jsonl, --docs N, --repeat N, --corpus N ..., --jmh ...,"
                    + " --help)");
          }
          input = Path.of(a);
        }
      }
    }
    if (!Files.isRegularFile(input)) {
      throw new IllegalArgumentException("no such input file: " + input);
    }
    return new BenchOptions(input, docs, repeat, false);
  }

  private static String value(String[] args, int i, String option) {
    if (i >= args.length) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args[i];
  }

  /** A whole number of at least 1, or an error naming the option and the value. */
  static int positive(String option, String value) {
    try {
      int n = Integer.parseInt(value);
      if (n > 0) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(
        option + " must be a whole number of at least 1, not \"" + value + "\"");
  }
}
