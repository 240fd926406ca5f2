package org.sitrep.bench;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.process.CoreLabelTokenFactory;
import edu.stanford.nlp.process.PTBTokenizer;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The corpus ingest benchmark ({@code ./sitrep bench --corpus N}): generates N full-length articles
 * with planted copies and 5% malformed documents ({@link BenchCorpus}), runs the real {@code sitrep
 * ingest} on 2 threads into a fresh SQLite database in a child JVM, kills it with SIGKILL once a
 * share of the inputs is stored, resumes it, and checks that analysed + duplicates + failed equals
 * the input exactly. Reports counts, wall time, articles and tokens per second, the storage share
 * of analysis time, and peak memory (resident set of the ingest process, heap from its GC log).
 */
public final class IngestBench {
  private static final Pattern GC = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");
  private static final Pattern STORAGE =
      Pattern.compile("Analysis ([\\d.]+) s \\(summed over threads\\), storage ([\\d.]+) s");

  private final Path root;
  private final Path work;
  private final PrintStream out;
  private final long started = System.nanoTime();

  private IngestBench(Path root, Path work, PrintStream out) {
    this.root = root;
    this.work = work;
    this.out = out;
  }

  /**
   * Runs the benchmark: {@code --corpus N [--kill-at F] [--min-words W] [--dir D] [--xmx 3g]
   * [--threads 2] [--corpus-only]} (the last only writes the corpus).
   */
  public static void main(String[] args) throws Exception {
    Path root = Path.of(System.getProperty("sitrep.root", ".")).toAbsolutePath().normalize();
    Options o;
    try {
      o = Options.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("sitrep bench: " + e.getMessage() + "\n\n" + BenchOptions.USAGE);
      System.exit(2);
      return;
    }
    if (o.help()) {
      System.out.print(BenchOptions.USAGE);
      return;
    }
    Path work = o.dir() != null ? o.dir() : Files.createTempDirectory("sitrep-ingest-bench");
    Files.createDirectories(work);
    boolean ok =
        new IngestBench(root, work, System.out)
            .run(o.total(), o.killAt(), o.minWords(), o.threads(), o.xmx(), o.corpusOnly());
    System.exit(ok ? 0 : 1);
  }

  /**
   * The ingest benchmark's flags; counts are whole numbers ({@code --corpus 2.5} is an error, not
   * 2), {@code --kill-at} a share in (0, 1).
   */
  record Options(
      int total,
      double killAt,
      int minWords,
      int threads,
      String xmx,
      Path dir,
      boolean corpusOnly,
      boolean help) {

    /** Parses the flags, or throws an error that names the flag and what it allows. */
    static Options parse(String[] args) {
      int total = 10_000;
      double killAt = 0.3;
      int minWords = 500;
      int threads = 2;
      String xmx = "3g";
      Path dir = null;
      boolean corpusOnly = false;
      for (int i = 0; i < args.length; i++) {
        String option = args[i];
        switch (option) {
          case "--corpus" -> total = BenchOptions.positive(option, value(args, ++i, option));
          case "--kill-at" -> killAt = share(option, value(args, ++i, option));
          case "--min-words" -> minWords = BenchOptions.positive(option, value(args, ++i, option));
          case "--threads" -> threads = BenchOptions.positive(option, value(args, ++i, option));
          case "--xmx" -> xmx = value(args, ++i, option);
          case "--dir" -> dir = Path.of(value(args, ++i, option));
          case "--corpus-only" -> corpusOnly = true;
          case "-h", "--help" -> {
            return new Options(total, killAt, minWords, threads, xmx, dir, corpusOnly, true);
          }
          default -> throw new IllegalArgumentException("unknown option " + option);
        }
      }
      if (total < 100) {
        throw new IllegalArgumentException("--corpus must be at least 100, not " + total);
      }
      return new Options(total, killAt, minWords, threads, xmx, dir, corpusOnly, false);
    }

    private static String value(String[] args, int i, String option) {
      if (i >= args.length) {
        throw new IllegalArgumentException(option + " needs a value");
      }
      return args[i];
    }

    private static double share(String option, String value) {
      try {
        double d = Double.parseDouble(value);
        if (d > 0 && d < 1) {
          return d;
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      throw new IllegalArgumentException(
          option + " must be a share between 0 and 1 (exclusive), not \"" + value + "\"");
    }
  }

  private void log(String format, Object... args) {
    out.printf(
        Locale.ROOT,
        "[%s +%4.0fs] %s%n",
        Instant.now().toString().substring(11, 19),
        (System.nanoTime() - started) / 1e9,
        String.format(Locale.ROOT, format, args));
    out.flush();
  }

  private boolean run(
      int total, double killAt, int minWords, int threads, String xmx, boolean corpusOnly)
      throws Exception {
    Path jar = root.resolve("sitrep-app/target/sitrep-app.jar");
    if (!Files.exists(jar)) {
      throw new IOException("build first: no " + jar);
    }
    Path data = root.resolve("../shared/data").normalize();
    Path corpus = work.resolve("corpus");
    Path db = work.resolve("corpus.db");
    Files.deleteIfExists(db);
    Files.deleteIfExists(work.resolve("corpus.db-wal"));
    Files.deleteIfExists(work.resolve("corpus.db-shm"));
    if (Files.exists(corpus)) {
      throw new IOException("the work directory already holds a corpus: " + corpus);
    }

    long t = System.nanoTime();
    BenchCorpus gen = BenchCorpus.from(data, 42, minWords);
    BenchCorpus.Plan plan = gen.write(corpus, total);
    log(
        "corpus: %,d documents in %,d files (%,d distinct source paragraphs; %,d words in the"
            + " readable documents, %.0f per document); planted %d exact + %d near copies,"
            + " %d malformed; %d article(s) redrawn; written in %.1f s",
        plan.documents(),
        plan.files(),
        gen.paragraphs(),
        plan.words(),
        (double) plan.words() / (plan.documents() - plan.malformed()),
        plan.exact(),
        plan.near(),
        plan.malformed(),
        plan.redrawn(),
        (System.nanoTime() - t) / 1e9);

    if (corpusOnly) {
      return true;
    }
    // Run 1: killed with SIGKILL once killAt of the inputs are stored.
    long killCount = Math.round(total * killAt);
    Run first = start(jar, corpus, db, threads, xmx, 1);
    Watch w1 = watch(first, db, killCount);
    if (!first.process.isAlive()) {
      log("run 1 ended by itself before the kill point:%n%s", Files.readString(first.log));
      return false;
    }
    first.process.destroyForcibly(); // SIGKILL on Unix: no shutdown hooks, no rollback by the JVM
    first.process.waitFor(60, TimeUnit.SECONDS);
    long afterKill = count(db, null);
    log("run 1 killed (SIGKILL) at %,d stored after %.0f s", afterKill, w1.seconds);

    // Run 2: resumes and finishes.
    Run second = start(jar, corpus, db, threads, xmx, 2);
    Watch w2 = watch(second, db, Long.MAX_VALUE);
    int status = second.process.waitFor();
    String log2 = Files.readString(second.log, StandardCharsets.UTF_8);
    log("run 2 exited with status %d after %.0f s:%n%s", status, w2.seconds, log2.strip());

    long analysed = count(db, "analysed");
    long duplicates = count(db, "duplicate");
    long failed = count(db, "failed");
    long all = count(db, null);
    boolean exact =
        all == total
            && failed == plan.malformed()
            && duplicates == plan.exact() + plan.near()
            && analysed == plan.analysed();
    // Status 1: some documents failed (the malformed ones), as documented.
    boolean statusOk = status == (failed > 0 ? 1 : 0);

    long tokens = tokens(db);
    double analysisMs = sum(db, "SELECT SUM(analysis_ms) FROM articles WHERE status='analysed'");
    Matcher m = STORAGE.matcher(log2);
    String storage =
        m.find()
            ? String.format(
                Locale.ROOT,
                "%.1f s for %.1f s of analysis (summed over threads), %.1f%%",
                Double.parseDouble(m.group(2)),
                Double.parseDouble(m.group(1)),
                100 * Double.parseDouble(m.group(2)) / Double.parseDouble(m.group(1)))
            : "not reported";
    double wall = w1.seconds + w2.seconds;
    Gc gc1 = gc(work.resolve("gc-1.log"));
    Gc gc2 = gc(work.resolve("gc-2.log"));
    StringBuilder r = new StringBuilder();
    r.append(String.format(Locale.ROOT, "%n== ingest benchmark: %,d documents ==%n", total));
    r.append(
        String.format(
            Locale.ROOT,
            "input: %,d documents in %,d files; planted %d exact + %d near copies, %d malformed%n",
            plan.documents(),
            plan.files(),
            plan.exact(),
            plan.near(),
            plan.malformed()));
    r.append(
        String.format(
            Locale.ROOT,
            "run 1: killed (SIGKILL) at %,d stored after %.0f s; run 2 (resumed): %.0f s, exit"
                + " status %d%n",
            afterKill,
            w1.seconds,
            w2.seconds,
            status));
    r.append(
        String.format(
            Locale.ROOT,
            "analysed %,d + duplicates %,d + failed %,d = %,d; input %,d: %s%n",
            analysed,
            duplicates,
            failed,
            all,
            total,
            exact ? "EXACT" : "MISMATCH (expected " + plan.analysed() + " analysed)"));
    r.append(
        String.format(
            Locale.ROOT,
            "wall time (both runs, model loading included): %.0f s; %.2f analysed articles/s;"
                + " %,.0f tokens/s (%,d tokens in the analysed articles, CoreNLP's PTB"
                + " tokenizer)%n",
            wall,
            analysed / wall,
            tokens / wall,
            tokens));
    r.append(
        String.format(
            Locale.ROOT,
            "analysis time summed over threads (both runs): %.0f s, %.2f s per article%n",
            analysisMs / 1000,
            analysisMs / 1000 / Math.max(1, analysed)));
    r.append("storage (run 2): ").append(storage).append('\n');
    r.append(
        String.format(
            Locale.ROOT,
            "peak memory of the ingest process (-Xmx%s): resident set %,d MB (run 1), %,d MB"
                + " (run 2); heap used before a collection at most %,d MB / %,d MB; live heap"
                + " after a collection at most %,d MB / %,d MB, at the end %,d MB / %,d MB%n",
            xmx,
            w1.peakRssKb >> 10,
            w2.peakRssKb >> 10,
            gc1.maxBefore,
            gc2.maxBefore,
            gc1.maxAfter,
            gc2.maxAfter,
            gc1.lastAfter,
            gc2.lastAfter));
    r.append(
        String.format(
            Locale.ROOT,
            "exit status of the resumed run: %d (%s)%n",
            status,
            statusOk ? "as documented" : "NOT as documented"));
    out.print(r);
    Files.writeString(work.resolve("report.txt"), r.toString());
    return exact && statusOk;
  }

  private record Run(Process process, Path log) {}

  private Run start(Path jar, Path corpus, Path db, int threads, String xmx, int n)
      throws IOException {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Xmx" + xmx);
    cmd.add("-Xlog:gc:file=" + work.resolve("gc-" + n + ".log"));
    cmd.add("-Dsitrep.root=" + root);
    cmd.addAll(
        List.of(
            "-jar",
            jar.toString(),
            "ingest",
            corpus.toString(),
            "--db",
            db.toString(),
            "--threads",
            Integer.toString(threads),
            "--no-progress"));
    Path log = work.resolve("run-" + n + ".log");
    log("run %d: %s", n, String.join(" ", cmd));
    Process p =
        new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    return new Run(p, log);
  }

  /** What watching a run saw. */
  private static final class Watch {
    double seconds;
    long peakRssKb;
  }

  /**
   * Polls the database and the process until it ends or {@code stopAt} inputs are stored; logs
   * progress every minute.
   */
  private Watch watch(Run run, Path db, long stopAt) throws InterruptedException {
    Watch w = new Watch();
    long t0 = System.nanoTime();
    long lastLog = t0;
    long lastCount = count(db, null);
    while (run.process.isAlive()) {
      w.peakRssKb = Math.max(w.peakRssKb, rssKb(run.process.pid()));
      long now = System.nanoTime();
      if (stopAt != Long.MAX_VALUE || now - lastLog >= 60_000_000_000L) {
        long stored = count(db, null);
        if (stored >= stopAt) {
          break;
        }
        if (now - lastLog >= 60_000_000_000L) {
          log(
              "stored %,d (%.2f/s over the last minute); resident set %,d MB (peak %,d MB)",
              stored,
              (stored - lastCount) / ((now - lastLog) / 1e9),
              currentRssKb(run.process.pid()) >> 10,
              w.peakRssKb >> 10);
          lastLog = now;
          lastCount = stored;
        }
      }
      Thread.sleep(1000);
    }
    w.seconds = (System.nanoTime() - t0) / 1e9;
    return w;
  }

  /** The process's peak resident set (VmHWM), in kB; 0 when unknown. */
  private static long rssKb(long pid) {
    return status(pid, "VmHWM:");
  }

  private static long currentRssKb(long pid) {
    return status(pid, "VmRSS:");
  }

  private static long status(long pid, String key) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
        if (line.startsWith(key)) {
          return Long.parseLong(line.substring(key.length()).replace("kB", "").strip());
        }
      }
    } catch (IOException | NumberFormatException e) {
      return 0;
    }
    return 0;
  }

  /** Heap figures from a GC log: the most used before and after a collection, the last after. */
  private record Gc(long maxBefore, long maxAfter, long lastAfter) {}

  private static Gc gc(Path log) throws IOException {
    long before = 0;
    long after = 0;
    long last = 0;
    if (Files.exists(log)) {
      for (String line : Files.readAllLines(log)) {
        Matcher m = GC.matcher(line);
        if (m.find()) {
          before = Math.max(before, Long.parseLong(m.group(1)));
          last = Long.parseLong(m.group(2));
          after = Math.max(after, last);
        }
      }
    }
    return new Gc(before, after, last);
  }

  private static long count(Path db, String status) {
    if (!Files.exists(db)) {
      return 0;
    }
    String sql =
        "SELECT COUNT(*) FROM articles"
            + (status == null ? "" : " WHERE status = '" + status + "'");
    return (long) sum(db, sql);
  }

  private static double sum(Path db, String sql) {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      return rs.next() ? rs.getDouble(1) : 0;
    } catch (SQLException e) {
      return 0;
    }
  }

  /** Tokens in the analysed articles, by CoreNLP's tokenizer (the pipeline's first step). */
  private static long tokens(Path db) throws SQLException {
    long n = 0;
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT text FROM articles WHERE status = 'analysed'")) {
      while (rs.next()) {
        PTBTokenizer<CoreLabel> tok =
            new PTBTokenizer<>(new StringReader(rs.getString(1)), new CoreLabelTokenFactory(), "");
        while (tok.hasNext()) {
          tok.next();
          n++;
        }
      }
    }
    return n;
  }
}
